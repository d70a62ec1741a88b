using System;
using System.Threading;

namespace SpecAnalyzers
{
    /// <summary>
    /// A value of one compilation read on first need, once, however many threads ask. A cancelled read publishes
    /// nothing, so the next caller reads again instead of inheriting the cancellation.
    /// </summary>
    internal sealed class ReadOnce<T>
        where T : class
    {
        private readonly Func<CancellationToken, T> _read;
        private readonly object _gate = new();
        private T? _value;

        public ReadOnce(Func<CancellationToken, T> read)
        {
            _read = read;
        }

        /// <summary>The value when it has been read already; null otherwise.</summary>
        public T? ValueIfRead => Volatile.Read(ref _value);

        public T Get(CancellationToken cancellationToken)
        {
            if (Volatile.Read(ref _value) is { } value)
            {
                return value;
            }

            lock (_gate)
            {
                if (_value is null)
                {
                    Volatile.Write(ref _value, _read(cancellationToken));
                }

                return _value!;
            }
        }
    }
}

using System.Collections.Immutable;

namespace SpecAnalyzers.Catalog.Reading
{
    /// <summary>
    /// One SpecAnalyzers attribute on a type, decoded: its name (<c>OwnerAttribute</c>), its constructor arguments
    /// and its named arguments. <see cref="Readable"/> is false when the blob could not be decoded; then both are empty.
    /// </summary>
    internal sealed record WrittenAttribute(
        string Name,
        bool Readable,
        ImmutableArray<object?> Arguments,
        ImmutableDictionary<string, object?> NamedArguments)
    {
        public object? Argument => Arguments.IsDefaultOrEmpty ? null : Arguments[0];

        public object? Named(string name) => NamedArguments.TryGetValue(name, out var value) ? value : null;

        public string? NamedString(string name) => Named(name) as string;
    }
}

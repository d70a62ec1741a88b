using System.Collections.Generic;

namespace SpecAnalyzers.CodeFixes.Editing
{
    /// <summary>
    /// The type names one fix (or one Fix All, across all its documents) has generated, by container, so that
    /// two stubs never take the same name and a metric missing in two files is generated once.
    /// </summary>
    internal sealed class GeneratedTypeNames
    {
        private readonly HashSet<string> _claimed = new();

        /// <summary>False when the name was already generated in <paramref name="container"/>.</summary>
        public bool TryClaim(string container, string typeName)
        {
            lock (_claimed)
            {
                return _claimed.Add(container + "|" + typeName);
            }
        }
    }
}

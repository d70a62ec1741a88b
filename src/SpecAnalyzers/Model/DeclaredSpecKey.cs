using Microsoft.CodeAnalysis;

namespace SpecAnalyzers.Model
{
    /// <summary>A spec's key and where it is written: in this compilation's source, or in a referenced assembly.</summary>
    internal sealed class DeclaredSpecKey
    {
        public DeclaredSpecKey(string key, string description, Location location)
        {
            Key = key;
            Description = description;
            Location = location;
        }

        public string Key { get; }

        /// <summary>The spec as messages name it; for a referenced spec with its assembly: <c>… in MusicLibrary</c>.</summary>
        public string Description { get; }

        /// <summary>The key argument, for a spec in source; <see cref="Location.None"/> or a metadata location otherwise.</summary>
        public Location Location { get; }
    }
}

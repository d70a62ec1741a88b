using Microsoft.CodeAnalysis;

namespace SpecAnalyzers.Specs
{
    /// <summary>A spec's key and where it is written: in this compilation's source, or in a referenced assembly.</summary>
    /// <param name="Description">The spec as messages name it; for a referenced spec with its assembly: <c>… in MusicLibrary</c>.</param>
    /// <param name="Location">The key argument, for a spec in source; <see cref="Location.None"/> for a referenced one.</param>
    internal sealed record DeclaredSpecKey(string Key, string Description, Location Location);
}

using System.Collections.Immutable;

namespace SpecAnalyzers.Evaluations
{
    /// <summary>A spec's <c>Key</c> constant as the SPEC2xx fixes need it.</summary>
    /// <param name="Properties">The diagnostic properties that tell the fix which constant to write.</param>
    /// <param name="Display">The constant as a user writes it: <c>LyricsCardShare.Key</c>.</param>
    internal sealed record KeyConstant(ImmutableDictionary<string, string?> Properties, string Display);
}

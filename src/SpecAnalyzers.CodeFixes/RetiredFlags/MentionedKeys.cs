using System.Collections.Generic;

namespace SpecAnalyzers.CodeFixes.RetiredFlags
{
    /// <summary>What a project's text says about some keys (<see cref="KeyMentions"/>).</summary>
    /// <param name="Possible">The keys some code may evaluate: the call-site analysis settles them.</param>
    /// <param name="InGeneratedCode">
    /// The keys a token of generated code could make (a generated file, a source generator's output, a member marked
    /// <c>[GeneratedCode]</c>). The analysis skips generated code, so nothing can settle these: they count as evaluated.
    /// </param>
    internal sealed record MentionedKeys(IReadOnlyList<string> Possible, IReadOnlyCollection<string> InGeneratedCode);
}

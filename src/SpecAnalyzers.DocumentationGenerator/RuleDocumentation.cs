using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SpecAnalyzers.CodeFixes;

namespace SpecAnalyzers.DocumentationGenerator;

/// <summary>What the generated files say about one rule: its descriptor and the code actions offered on it.</summary>
public sealed record RuleDocumentation(
    string Id,
    string Title,
    string Description,
    string Category,
    DiagnosticSeverity DefaultSeverity,
    bool IsEnabledByDefault,
    bool IsInformationOnly,
    ImmutableArray<CodeActionDescription> Fixes)
{
    /// <summary>The page the descriptor's help link points at, relative to the repository root.</summary>
    public string PagePath => $"docs/rules/{Id}.md";
}

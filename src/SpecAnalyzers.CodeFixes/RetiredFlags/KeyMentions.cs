using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SpecAnalyzers.Evaluations;

namespace SpecAnalyzers.CodeFixes.RetiredFlags
{
    /// <summary>
    /// Which keys some code of a project might still evaluate, judged from the tokens alone, before anything is bound.
    /// A key is ruled out only when the project's C# writes it solely as the key of a <c>[FeatureFlag]</c> /
    /// <c>[Experiment]</c> attribute (the spec itself) and no Razor view names it. Any other token that could make the
    /// key keeps it in: a string with the key as its value (escapes read as the compiler reads them), an identifier
    /// spelled like the key (<c>nameof</c>, an enum member), a string of two or more characters that is part of the key
    /// (a constant built from pieces: <c>Prefix + "-player"</c>, <c>$"{Prefix}-player"</c>). A key the project's C#
    /// never declares is kept too: its spec, and maybe a constant holding it, come from a referenced assembly.
    /// Names compare ignoring case, whatever the library: the filter may only err towards the analysis.
    /// </summary>
    internal static class KeyMentions
    {
        public static async Task<List<string>> MayBeEvaluatedAsync(Project project, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
        {
            var declared = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var mentioned = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var document in project.Documents)
            {
                if (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not { } root)
                {
                    continue;
                }

                foreach (var token in root.DescendantTokens())
                {
                    if (Written(token) is { Length: > 0 } value)
                    {
                        Classify(token, value, keys, declared, mentioned);
                    }
                }
            }

            foreach (var view in project.AdditionalDocuments)
            {
                if (view.FilePath is { } path && RazorFeatureTags.IsRazorView(path))
                {
                    var text = (await view.GetTextAsync(cancellationToken).ConfigureAwait(false)).ToString();
                    foreach (var key in keys)
                    {
                        if (text.IndexOf(key, StringComparison.OrdinalIgnoreCase) >= 0)
                        {
                            mentioned.Add(key);
                        }
                    }
                }
            }

            var possible = new List<string>();
            foreach (var key in keys)
            {
                if (mentioned.Contains(key) || !declared.Contains(key))
                {
                    possible.Add(key);
                }
            }

            return possible;
        }

        private static void Classify(SyntaxToken token, string value, IReadOnlyCollection<string> keys, HashSet<string> declared, HashSet<string> mentioned)
        {
            var isString = !token.IsKind(SyntaxKind.IdentifierToken);
            foreach (var key in keys)
            {
                if (string.Equals(value, key, StringComparison.OrdinalIgnoreCase))
                {
                    if (isString && IsSpecKey(token))
                    {
                        declared.Add(key);
                    }
                    else
                    {
                        mentioned.Add(key);
                    }
                }
                else if (isString && value.Length >= 2 && key.IndexOf(value, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    mentioned.Add(key);
                }
            }
        }

        /// <summary>The value a string token or an identifier writes; null for every other token.</summary>
        private static string? Written(SyntaxToken token) => token.Kind() switch
        {
            SyntaxKind.StringLiteralToken
                or SyntaxKind.InterpolatedStringTextToken
                or SyntaxKind.SingleLineRawStringLiteralToken
                or SyntaxKind.MultiLineRawStringLiteralToken
                or SyntaxKind.IdentifierToken => token.ValueText,
            _ => null,
        };

        /// <summary>Whether <paramref name="token"/> is the key a <c>[FeatureFlag("…")]</c> or <c>[Experiment("…")]</c> declares.</summary>
        private static bool IsSpecKey(SyntaxToken token) =>
            token.Parent is LiteralExpressionSyntax { Parent: AttributeArgumentSyntax { NameEquals: null, NameColon: null } argument }
            && argument.Parent is AttributeArgumentListSyntax { Parent: AttributeSyntax attribute } list
            && list.Arguments[0] == argument
            && SimpleName(attribute.Name) is "FeatureFlag" or "FeatureFlagAttribute" or "Experiment" or "ExperimentAttribute";

        private static string SimpleName(NameSyntax name) => name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => string.Empty,
        };
    }
}

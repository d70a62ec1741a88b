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
    /// Names compare ignoring case, whatever the library: the filter may only err towards the analysis. Generated code
    /// (source generators' output included) is read too, and its mentions are told apart: the analysis skips that code.
    /// </summary>
    internal static class KeyMentions
    {
        public static async Task<MentionedKeys> MayBeEvaluatedAsync(Project project, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
        {
            var declared = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var mentioned = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var inGeneratedCode = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var documents = new List<(Document Document, bool IsGenerated)>();
            foreach (var document in project.Documents)
            {
                documents.Add((document, false));
            }

            foreach (var document in await project.GetSourceGeneratedDocumentsAsync(cancellationToken).ConfigureAwait(false))
            {
                documents.Add((document, true));
            }

            foreach (var (document, isSourceGenerated) in documents)
            {
                if (await document.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false) is not { } tree)
                {
                    continue;
                }

                var isGenerated = isSourceGenerated || GeneratedCode.IsGeneratedFile(tree, project.AnalyzerOptions, cancellationToken);
                foreach (var token in (await tree.GetRootAsync(cancellationToken).ConfigureAwait(false)).DescendantTokens())
                {
                    if (Written(token) is not { Length: > 0 } value)
                    {
                        continue;
                    }

                    foreach (var key in keys)
                    {
                        switch (MentionOf(token, value, key))
                        {
                            case Mention.Declares:
                                declared.Add(key);
                                break;
                            case Mention.CouldMake:
                                mentioned.Add(key);
                                if (isGenerated || InGeneratedDeclaration(token))
                                {
                                    inGeneratedCode.Add(key);
                                }

                                break;
                        }
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

            return new MentionedKeys(possible, inGeneratedCode);
        }

        private enum Mention
        {
            None,
            Declares,
            CouldMake,
        }

        private static Mention MentionOf(SyntaxToken token, string value, string key)
        {
            var isString = !token.IsKind(SyntaxKind.IdentifierToken);
            if (string.Equals(value, key, StringComparison.OrdinalIgnoreCase))
            {
                return isString && IsSpecKey(token) ? Mention.Declares : Mention.CouldMake;
            }

            return isString && value.Length >= 2 && key.IndexOf(value, StringComparison.OrdinalIgnoreCase) >= 0 ? Mention.CouldMake : Mention.None;
        }

        /// <summary>
        /// Whether <paramref name="token"/> sits in a member or type whose attributes name <c>GeneratedCode</c>, read from
        /// the syntax: the analysis skips such code, and a name that is not <c>System.CodeDom.Compiler</c>'s errs towards keeping.
        /// </summary>
        private static bool InGeneratedDeclaration(SyntaxToken token)
        {
            for (var node = token.Parent; node is not null; node = node.Parent)
            {
                if (node is MemberDeclarationSyntax member)
                {
                    foreach (var list in member.AttributeLists)
                    {
                        foreach (var attribute in list.Attributes)
                        {
                            if (SimpleName(attribute.Name) is "GeneratedCode" or "GeneratedCodeAttribute")
                            {
                                return true;
                            }
                        }
                    }
                }
            }

            return false;
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

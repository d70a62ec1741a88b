using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Text;
using SpecAnalyzers.CodeFixes.Building;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.CodeFixes.Editing
{
    /// <summary>
    /// Collects the edits fixes make to one document — attributes to add to declarations, types to add next to
    /// them — against the document as it was, then applies them all at once, adds <c>using SpecAnalyzers;</c>
    /// where needed and shortens the names. Used once per document by a single fix and by Fix All alike, so
    /// both write the same thing, and a spec is never given the same part twice.
    /// </summary>
    internal sealed class SpecDocumentEditor
    {
        private readonly Dictionary<MemberDeclarationSyntax, PendingAttributes> _attributes = new();
        private readonly Dictionary<MemberDeclarationSyntax, List<MemberDeclarationSyntax>> _membersAfter = new();
        private readonly Dictionary<ExpressionSyntax, ExpressionSyntax> _replacements = new();
        private readonly GeneratedTypeNames _generatedNames;
        private readonly Document _document;
        private readonly SourceText _text;

        private SpecDocumentEditor(
            Document document,
            SyntaxNode root,
            SourceText text,
            SemanticModel semanticModel,
            SpecAttributeTypes attributeTypes,
            GeneratedTypeNames generatedNames)
        {
            _document = document;
            Root = root;
            _text = text;
            SemanticModel = semanticModel;
            AttributeTypes = attributeTypes;
            _generatedNames = generatedNames;
            Parts = new SpecPartAttributeBuilder(SpecFixOptions.Read(document, root.SyntaxTree));
        }

        public SyntaxNode Root { get; }

        public SemanticModel SemanticModel { get; }

        public SpecAttributeTypes AttributeTypes { get; }

        /// <summary>Builds part attributes with this document's options (default owner, review date).</summary>
        public SpecPartAttributeBuilder Parts { get; }

        /// <summary>Null when the document has no syntax or its compilation does not reference SpecAnalyzers.</summary>
        public static async Task<SpecDocumentEditor?> CreateAsync(Document document, GeneratedTypeNames generatedNames, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || semanticModel is null)
            {
                return null;
            }

            var attributeTypes = SpecAttributeTypes.TryCreate(semanticModel.Compilation);
            if (attributeTypes is null)
            {
                return null;
            }

            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            return new SpecDocumentEditor(document, root, text, semanticModel, attributeTypes, generatedNames);
        }

        /// <summary>
        /// The spec a diagnostic is about: the type whose header — its attributes or its name, where SPEC001–SPEC004
        /// squiggle — the diagnostic sits on, when that declaration carries the spec attribute. Null for anything
        /// else, including a diagnostic computed on an older version of the document.
        /// </summary>
        public SpecTarget? FindSpec(Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            if (!IsCurrent(diagnostic))
            {
                return null;
            }

            var span = diagnostic.Location.SourceSpan;
            var declaration = Root.FindNode(span, getInnermostNodeForTie: true).FirstAncestorOrSelf<BaseTypeDeclarationSyntax>();
            if (declaration is null || span.End > declaration.Identifier.Span.End
                || SemanticModel.GetDeclaredSymbol(declaration, cancellationToken) is not INamedTypeSymbol type)
            {
                return null;
            }

            var spec = SpecTypeReader.Read(type, AttributeTypes, cancellationToken)?.Spec;
            if (spec is null || spec.Location.SourceTree != Root.SyntaxTree || spec.Location.SourceSpan != declaration.Identifier.Span)
            {
                return null;
            }

            return new SpecTarget(declaration, spec);
        }

        /// <summary>Whether this editor is already adding a <paramref name="kind"/> attribute to <paramref name="declaration"/>.</summary>
        public bool IsAdding(MemberDeclarationSyntax declaration, SpecAttributeKind kind) =>
            _attributes.TryGetValue(declaration, out var pending) && pending.Kinds.Contains(kind);

        /// <summary>
        /// Adds an attribute list to <paramref name="declaration"/>, in spec order among its attributes. Ignored when
        /// a <paramref name="kind"/> attribute is already being added there (Fix All meets one spec through
        /// several diagnostics).
        /// </summary>
        public void AddAttribute(MemberDeclarationSyntax declaration, SpecAttributeKind kind, AttributeListSyntax list, CancellationToken cancellationToken)
        {
            if (!_attributes.TryGetValue(declaration, out var pending))
            {
                pending = new PendingAttributes(RankAttributeLists(declaration, cancellationToken), SyntaxLayout.Of(declaration, _text));
                _attributes.Add(declaration, pending);
            }

            if (pending.Kinds.Add(kind))
            {
                pending.Lists.Add(new KeyValuePair<int, AttributeListSyntax>(SpecPartOrder.Rank(kind), list));
            }
        }

        /// <summary>
        /// Adds a generated type after <paramref name="anchor"/>, separated by a blank line, at its indentation, and
        /// ending the way the anchor ends (a file that ends without a line break still does).
        /// </summary>
        public void InsertAfter(MemberDeclarationSyntax anchor, MemberDeclarationSyntax member)
        {
            var layout = SyntaxLayout.Of(anchor, _text);
            var placed = layout.Place(member);
            var anchorEndsLine = anchor.GetTrailingTrivia().Any(SyntaxKind.EndOfLineTrivia);
            var blankLines = anchorEndsLine ? new[] { layout.NewLineTrivia } : new[] { layout.NewLineTrivia, layout.NewLineTrivia };
            placed = placed
                .WithLeadingTrivia(placed.GetLeadingTrivia().InsertRange(0, blankLines))
                .WithTrailingTrivia(anchorEndsLine ? SyntaxFactory.TriviaList(layout.NewLineTrivia) : SyntaxFactory.TriviaList());

            if (!_membersAfter.TryGetValue(anchor, out var members))
            {
                members = new List<MemberDeclarationSyntax>();
                _membersAfter.Add(anchor, members);
            }

            members.Add(placed);
        }

        /// <summary>
        /// Where a type generated for <paramref name="declaration"/> goes: right after it, in the same namespace or
        /// containing type; after the outermost containing type when one is generic, because a type nested in a
        /// generic type cannot be named in an attribute (CS0416).
        /// </summary>
        public MemberDeclarationSyntax AnchorNextTo(MemberDeclarationSyntax declaration)
        {
            MemberDeclarationSyntax anchor = declaration;
            for (var parent = declaration.Parent as TypeDeclarationSyntax; parent is not null; parent = parent.Parent as TypeDeclarationSyntax)
            {
                if (parent.TypeParameterList is not null)
                {
                    anchor = OutermostType(parent);
                    break;
                }
            }

            return anchor;
        }

        /// <summary>
        /// <paramref name="baseName"/>, or <c>{baseName}2</c>, <c>3</c>… : the first name that no symbol visible where the
        /// type goes (or in <paramref name="referencingType"/>, whose attributes will name it) already has, and
        /// that this fix has not generated yet.
        /// </summary>
        public string ClaimFreshTypeName(MemberDeclarationSyntax anchor, string baseName, MemberDeclarationSyntax referencingDeclaration, INamedTypeSymbol referencingType)
        {
            for (var ordinal = 1; ; ordinal++)
            {
                var name = ordinal == 1 ? baseName : baseName + ordinal;
                var taken = !SemanticModel.LookupSymbols(anchor.SpanStart, name: name).IsEmpty
                    || !SemanticModel.LookupSymbols(referencingDeclaration.SpanStart, name: name).IsEmpty
                    || !SemanticModel.LookupSymbols(referencingDeclaration.SpanStart, referencingType, name).IsEmpty;
                if (!taken && TryClaimTypeName(anchor, name))
                {
                    return name;
                }
            }
        }

        /// <summary>Claims <paramref name="name"/> next to <paramref name="anchor"/>; false when this fix already generated it there.</summary>
        public bool TryClaimTypeName(MemberDeclarationSyntax anchor, string name)
        {
            var container = SemanticModel.GetDeclaredSymbol(anchor)?.ContainingSymbol;
            return _generatedNames.TryClaim(container?.ToDisplayString() ?? string.Empty, name);
        }

        /// <summary>
        /// Replaces a value written in the document (an attribute argument) with <paramref name="replacement"/>, keeping
        /// the value's trivia. The first replacement of a value wins: Fix All meets one spec through several diagnostics.
        /// </summary>
        public void Replace(ExpressionSyntax value, ExpressionSyntax replacement)
        {
            if (!_replacements.ContainsKey(value))
            {
                _replacements.Add(value, replacement.WithTriviaFrom(value));
            }
        }

        /// <summary>The document with every collected edit applied, imports added and names shortened.</summary>
        public async Task<Document> GetChangedDocumentAsync(CancellationToken cancellationToken)
        {
            if (_attributes.Count == 0 && _membersAfter.Count == 0 && _replacements.Count == 0)
            {
                return _document;
            }

            var editor = new SyntaxEditor(Root, _document.Project.Solution.Services);
            foreach (var entry in _membersAfter)
            {
                editor.InsertAfter(entry.Key, entry.Value);
            }

            foreach (var entry in _replacements)
            {
                editor.ReplaceNode(entry.Key, entry.Value);
            }

            foreach (var entry in _attributes)
            {
                var pending = entry.Value;
                editor.ReplaceNode(
                    entry.Key,
                    (current, _) => AttributeListInserter.Insert((MemberDeclarationSyntax)current, pending.ExistingRanks, pending.Lists, pending.Layout));
            }

            return await GeneratedSyntaxCleanup.ApplyAsync(_document.WithSyntaxRoot(editor.GetChangedRoot()), cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Whether <paramref name="diagnostic"/> was computed on this version of the document.</summary>
        public bool IsCurrent(Diagnostic diagnostic)
        {
            var tree = diagnostic.Location.SourceTree;
            if (tree is null || tree == Root.SyntaxTree)
            {
                return tree is not null;
            }

            // Fix All hosts may hand over diagnostics of an earlier version of this file; trust them only if the
            // text is the same.
            return tree.FilePath == Root.SyntaxTree.FilePath && tree.TryGetText(out var text) && text.ContentEquals(_text);
        }

        private List<int> RankAttributeLists(MemberDeclarationSyntax declaration, CancellationToken cancellationToken)
        {
            var ranks = new List<int>(declaration.AttributeLists.Count);
            foreach (var list in declaration.AttributeLists)
            {
                var rank = SpecPartOrder.Unranked;
                foreach (var attribute in list.Attributes)
                {
                    var kind = AttributeTypes.Classify(SemanticModel.GetTypeInfo(attribute, cancellationToken).Type as INamedTypeSymbol);
                    if (kind != SpecAttributeKind.None && SpecPartOrder.Rank(kind) > rank)
                    {
                        rank = SpecPartOrder.Rank(kind);
                    }
                }

                ranks.Add(rank);
            }

            return ranks;
        }

        private static MemberDeclarationSyntax OutermostType(TypeDeclarationSyntax type)
        {
            while (type.Parent is TypeDeclarationSyntax parent)
            {
                type = parent;
            }

            return type;
        }

        /// <summary>What is to be added to one declaration.</summary>
        private sealed class PendingAttributes
        {
            public PendingAttributes(List<int> existingRanks, SyntaxLayout layout)
            {
                ExistingRanks = existingRanks;
                Layout = layout;
            }

            public List<int> ExistingRanks { get; }

            public SyntaxLayout Layout { get; }

            public HashSet<SpecAttributeKind> Kinds { get; } = new();

            public List<KeyValuePair<int, AttributeListSyntax>> Lists { get; } = new();
        }
    }
}

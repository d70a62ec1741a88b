using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SpecAnalyzers.CodeFixes.Editing;
using SpecAnalyzers.Model;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace SpecAnalyzers.CodeFixes.Building
{
    /// <summary>A generated spec and the success metric stub it references (none for an adopted spec).</summary>
    internal sealed class SpecDeclaration
    {
        public SpecDeclaration(ClassDeclarationSyntax spec, ClassDeclarationSyntax? successMetric)
        {
            Spec = spec;
            SuccessMetric = successMetric;
        }

        public ClassDeclarationSyntax Spec { get; }

        public ClassDeclarationSyntax? SuccessMetric { get; }

        /// <summary>
        /// A new file holding both: <c>using SpecAnalyzers;</c>, the file-scoped namespace when given, the spec, a
        /// blank line, the stub (when there is one). Attribute names come out short once the new document has been through
        /// <see cref="Editing.GeneratedSyntaxCleanup.ApplyAsync"/>, as every fix's output is.
        /// </summary>
        public CompilationUnitSyntax ToCompilationUnit(string? namespaceName, string newLine)
        {
            var layout = new SyntaxLayout(string.Empty, newLine);
            var members = new List<MemberDeclarationSyntax> { layout.Place(Spec) };
            if (SuccessMetric is not null)
            {
                var stub = layout.Place(SuccessMetric);
                members.Add(stub.WithLeadingTrivia(stub.GetLeadingTrivia().Insert(0, layout.NewLineTrivia)));
            }

            var usingDirective = UsingDirective(IdentifierName(SpecAttributeTypes.Namespace).WithLeadingTrivia(Space))
                .WithTrailingTrivia(layout.NewLineTrivia, layout.NewLineTrivia);
            var unit = CompilationUnit().WithUsings(SingletonList(usingDirective));
            if (namespaceName is null)
            {
                return unit.WithMembers(List(members));
            }

            var fileScoped = FileScopedNamespaceDeclaration(ParseName(namespaceName).WithLeadingTrivia(Space))
                .WithSemicolonToken(Token(SyntaxKind.SemicolonToken).WithTrailingTrivia(layout.NewLineTrivia, layout.NewLineTrivia))
                .WithMembers(List(members));
            return unit.WithMembers(SingletonList<MemberDeclarationSyntax>(fileScoped));
        }
    }
}

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SpecAnalyzers.Rules
{
    /// <summary>
    /// SPEC206: the spec's <c>const string Key</c> holds another value than its <c>[FeatureFlag]</c>/<c>[Experiment]</c>
    /// key, so every call site that evaluates the flag through it evaluates an undeclared one. Reported on the value.
    /// </summary>
    internal sealed class KeyConstantMismatchRule : SpecRule
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.KeyConstantMismatch);

        public override void Analyze(in SpecRuleContext context)
        {
            if (context.Spec is not { Key: { } key, KeyConstant: { } constant, KeyConstantValue: { } value } spec || value == key)
            {
                return;
            }

            context.Report(Descriptors.KeyConstantMismatch, ValueLocation(constant, context), spec.DisplayName, value);
        }

        private static Location ValueLocation(IFieldSymbol constant, in SpecRuleContext context)
        {
            foreach (var reference in constant.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(context.CancellationToken) is VariableDeclaratorSyntax { Initializer.Value: { } initializer })
                {
                    return initializer.GetLocation();
                }
            }

            return constant.Locations.IsEmpty ? Location.None : constant.Locations[0];
        }
    }
}

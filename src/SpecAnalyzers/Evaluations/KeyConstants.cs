using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.Evaluations
{
    /// <summary>The <c>Key</c> constants call sites can use instead of a written key, described once per spec.</summary>
    internal sealed class KeyConstants
    {
        private static readonly SymbolDisplayFormat DisplayFormat = new(
            typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypes,
            memberOptions: SymbolDisplayMemberOptions.IncludeContainingType);

        private readonly Compilation _compilation;

        // Described once per spec: a code base may evaluate one flag in hundreds of places.
        private readonly ConcurrentDictionary<SpecModel, KeyConstant> _described = new();

        public KeyConstants(Compilation compilation)
        {
            _compilation = compilation;
        }

        /// <summary>The spec's key constant, when it holds the spec's key and <paramref name="callSite"/> can see it.</summary>
        public bool TryGet(SpecModel spec, ISymbol? callSite, out KeyConstant constant)
        {
            constant = null!;
            if (spec.KeyConstant is not { } field
                || spec.KeyConstantValue != spec.Key
                || !_compilation.IsSymbolAccessibleWithin(field, callSite?.ContainingType ?? (ISymbol)_compilation.Assembly))
            {
                return false;
            }

            constant = _described.GetOrAdd(spec, Describe);
            return true;
        }

        private static KeyConstant Describe(SpecModel spec)
        {
            var field = spec.KeyConstant!;
            var display = field.ToDisplayString(DisplayFormat);
            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(FlagDiagnosticProperties.KeyConstant, field.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + field.Name)
                .Add(FlagDiagnosticProperties.KeyConstantDisplay, display);
            return new KeyConstant(properties, display);
        }
    }
}

using Microsoft.CodeAnalysis;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.Rules
{
    /// <summary>How messages name what they are about when it is not a spec (specs have <see cref="SpecModel.DisplayName"/>).</summary>
    internal static class Subjects
    {
        public static string TypeName(INamedTypeSymbol type) => type.ToDisplayString(SpecModel.TypeNameFormat);

        public static string Metric(INamedTypeSymbol type) => "Metric " + TypeName(type);

        public static string Goal(INamedTypeSymbol type) => "Goal " + TypeName(type);
    }
}

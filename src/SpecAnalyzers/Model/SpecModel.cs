using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SpecAnalyzers.Model
{
    /// <summary>
    /// A feature flag or experiment spec, read once from all of its type's attributes (every partial
    /// declaration merged). Rules are small checks over this model.
    /// </summary>
    internal sealed class SpecModel
    {
        /// <summary>How messages name a type: with its containing types, without its namespace.</summary>
        public static readonly SymbolDisplayFormat TypeNameFormat = new(
            typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypes,
            genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters);

        /// <summary>The name of the constant a spec type exposes its key through: <c>public const string Key = "…";</c>.</summary>
        public const string KeyConstantName = "Key";

        public SpecModel(
            INamedTypeSymbol type,
            SpecKind kind,
            SpecPart declaration,
            ImmutableArray<SpecPart> owners,
            ImmutableArray<SpecPart> hypotheses,
            ImmutableArray<SpecPart> successMetrics,
            ImmutableArray<SpecPart> guardrailMetrics,
            ImmutableArray<SpecPart> tweakPlans,
            AdoptionExemption? adoptionExemption)
        {
            Type = type;
            Kind = kind;
            Declaration = declaration;
            Owners = owners;
            Hypotheses = hypotheses;
            SuccessMetrics = successMetrics;
            GuardrailMetrics = guardrailMetrics;
            TweakPlans = tweakPlans;
            AdoptionExemption = adoptionExemption;
            Key = declaration.Text;
            Phase = (SpecPhase)(declaration.GetNamedInt32(SpecArgumentNames.Phase) ?? (int)SpecPhase.Think);
            Outcome = (SpecOutcome)(declaration.GetNamedInt32(SpecArgumentNames.Outcome) ?? (int)SpecOutcome.Undecided);
            RemoveBy = declaration.GetNamedString(SpecArgumentNames.RemoveBy);
            RolloutPercent = declaration.GetNamedInt32(SpecArgumentNames.RolloutPercent);
            EligibleUsersPerDay = declaration.GetNamedDouble(SpecArgumentNames.EligibleUsersPerDay);
            KeyConstant = FindKeyConstant(type);
            Location = FindNameLocation(type, declaration);
            DisplayName = Describe(type, kind, Key);
        }

        public INamedTypeSymbol Type { get; }

        public SpecKind Kind { get; }

        /// <summary>The <c>[FeatureFlag]</c> or <c>[Experiment]</c> attribute.</summary>
        public SpecPart Declaration { get; }

        /// <summary>The key; null while it is missing or not a constant string.</summary>
        public string? Key { get; }

        /// <summary>
        /// The spec type's <c>const string Key</c>, which call sites pass to the flag library instead of repeating the
        /// key; null when the type declares none. Its value may differ from <see cref="Key"/> (a mistake worth reporting).
        /// </summary>
        public IFieldSymbol? KeyConstant { get; }

        /// <summary>The value of <see cref="KeyConstant"/>; null when there is no such constant.</summary>
        public string? KeyConstantValue => KeyConstant?.ConstantValue as string;

        public SpecPhase Phase { get; }

        public SpecOutcome Outcome { get; }

        public string? RemoveBy { get; }

        /// <summary>Experiments only; null when not written.</summary>
        public int? RolloutPercent { get; }

        /// <summary>Experiments only, a power input; null when not written (<c>spec_analyzers.eligible_users_per_day</c> applies).</summary>
        public double? EligibleUsersPerDay { get; }

        public ImmutableArray<SpecPart> Owners { get; }

        public ImmutableArray<SpecPart> Hypotheses { get; }

        public ImmutableArray<SpecPart> SuccessMetrics { get; }

        public ImmutableArray<SpecPart> GuardrailMetrics { get; }

        public ImmutableArray<SpecPart> TweakPlans { get; }

        /// <summary>The <c>[AdoptionExemption]</c> of a spec adopted in bulk; null for every other spec.</summary>
        public AdoptionExemption? AdoptionExemption { get; }

        /// <summary>
        /// The name of the type declaration that carries the spec attribute: where a missing part is reported, so
        /// a spec spread over partial files is reported once, next to its key.
        /// </summary>
        public Location Location { get; }

        /// <summary>How messages name the spec: <c>Experiment 'lyrics-card-share' (LyricsCardShare)</c>.</summary>
        public string DisplayName { get; }

        private static IFieldSymbol? FindKeyConstant(INamedTypeSymbol type)
        {
            foreach (var member in type.GetMembers(KeyConstantName))
            {
                if (member is IFieldSymbol { IsConst: true, Type.SpecialType: SpecialType.System_String } field)
                {
                    return field;
                }
            }

            return null;
        }

        private static Location FindNameLocation(INamedTypeSymbol type, SpecPart declaration)
        {
            var typeDeclaration = declaration.Syntax?.Parent?.Parent as BaseTypeDeclarationSyntax;
            if (typeDeclaration is not null)
            {
                return typeDeclaration.Identifier.GetLocation();
            }

            return type.Locations.IsEmpty ? Location.None : type.Locations[0];
        }

        private static string Describe(INamedTypeSymbol type, SpecKind kind, string? key)
        {
            var kindName = kind == SpecKind.Experiment ? "Experiment" : "Feature flag";
            var typeName = type.ToDisplayString(TypeNameFormat);
            return key is null ? kindName + " " + typeName : kindName + " '" + key + "' (" + typeName + ")";
        }
    }
}

using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using SpecAnalyzers.CodeFixes;

namespace SpecAnalyzers.DocumentationGenerator;

/// <summary>
/// Reads every rule from the built assemblies by reflection — each analyzer's <c>SupportedDiagnostics</c>, each code
/// fix provider's <c>FixableDiagnosticIds</c> — so a rule or fixer added later is documented without anyone listing it.
/// </summary>
public static class RuleCatalogReader
{
    public static ImmutableArray<RuleDocumentation> Read()
    {
        var descriptors = Instances<DiagnosticAnalyzer, DiagnosticAnalyzerAttribute>(Assembly.Load("SpecAnalyzers"))
            .SelectMany(analyzer => analyzer.SupportedDiagnostics)
            .DistinctBy(descriptor => descriptor.Id)
            .OrderBy(descriptor => descriptor.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        var fixable = Instances<CodeFixProvider, ExportCodeFixProviderAttribute>(typeof(CodeActionCatalog).Assembly)
            .SelectMany(provider => provider.FixableDiagnosticIds)
            .ToImmutableHashSet(StringComparer.Ordinal);

        CheckCatalogMatchesFixers(fixable);
        return descriptors
            .Select(descriptor => new RuleDocumentation(
                descriptor.Id,
                descriptor.Title.ToString(),
                descriptor.Description.ToString(),
                descriptor.Category,
                descriptor.DefaultSeverity,
                descriptor.IsEnabledByDefault,
                descriptor.CustomTags.Contains(Descriptors.InformationOnlyTag),
                CodeActionCatalog.For(descriptor.Id)))
            .ToImmutableArray();
    }

    /// <summary>A fixer without a catalog entry would go undocumented, an entry without a fixer would promise a fix.</summary>
    private static void CheckCatalogMatchesFixers(ImmutableHashSet<string> fixable)
    {
        var described = CodeActionCatalog.All.SelectMany(action => action.RuleIds).ToImmutableHashSet(StringComparer.Ordinal);
        var undescribed = fixable.Except(described).Order(StringComparer.Ordinal).ToList();
        var unfixed = described.Except(fixable).Order(StringComparer.Ordinal).ToList();
        if (undescribed.Count > 0 || unfixed.Count > 0)
        {
            throw new InvalidOperationException(
                "CodeActionCatalog (src/SpecAnalyzers.CodeFixes/CodeActionCatalog.cs) is out of step with the code fix providers: "
                + (undescribed.Count > 0 ? $"fixed but not described: {string.Join(", ", undescribed)}. " : "")
                + (unfixed.Count > 0 ? $"described but fixed by no provider: {string.Join(", ", unfixed)}." : ""));
        }
    }

    private static IEnumerable<T> Instances<T, TAttribute>(Assembly assembly)
        where TAttribute : Attribute =>
        assembly.GetTypes()
            .Where(type => typeof(T).IsAssignableFrom(type) && !type.IsAbstract && type.GetCustomAttribute<TAttribute>() is not null)
            .Select(type => (T)Activator.CreateInstance(type)!);
}

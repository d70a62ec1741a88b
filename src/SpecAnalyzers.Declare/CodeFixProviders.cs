using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SpecAnalyzers.Declare;

/// <summary>The code fix providers a project's analyzer references export, found as an editor finds them.</summary>
internal static class CodeFixProviders
{
    public static IEnumerable<CodeFixProvider> Of(Project project) =>
        project.AnalyzerReferences
            .OfType<AnalyzerFileReference>()
            .Select(reference => reference.GetAssembly())
            .SelectMany(LoadableTypes)
            .Where(type => !type.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(type) && type.GetConstructor(Type.EmptyTypes) is not null
                && type.GetCustomAttribute<ExportCodeFixProviderAttribute>() is not null)
            .Select(type => (CodeFixProvider)Activator.CreateInstance(type)!);

    /// <summary>
    /// The types of an analyzer assembly that load here: the framework's own analyzers (ASP.NET Core's) also export
    /// fixes built on IDE assemblies an editor has and this host does not.
    /// </summary>
    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException exception)
        {
            return exception.Types.OfType<Type>();
        }
    }
}

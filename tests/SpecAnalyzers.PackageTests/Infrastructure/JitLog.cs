using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;

namespace SpecAnalyzers.PackageTests.Infrastructure;

/// <summary>
/// The methods the JIT compiled in the .NET processes of a command: each process it starts (MSBuild, the compiler,
/// dotnet format, a build host) inherits <see cref="Environment"/> and appends a line per method to one file,
/// <c>"  12: JIT compiled SpecAnalyzers.Rules.RuleCatalog:.cctor() [Tier0, …]"</c>. A method whose ReadyToRun code the
/// runtime uses is not compiled, so it is not there.
/// </summary>
internal sealed partial class JitLog
{
    private readonly string path;

    public JitLog(string path)
    {
        // The JIT writes to its standard output instead when it cannot open the file.
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        this.path = path;
        Environment = new Dictionary<string, string>
        {
            ["DOTNET_JitStdOutFile"] = path,
            ["DOTNET_JitDisasmSummary"] = "1",
        };
    }

    public IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>
    /// The compiled methods declared by a type of <paramref name="assembly"/>'s own namespaces, the assembly's name and those
    /// under it (a nested type counts as its outermost one). Framework generics instantiated over its types
    /// (<c>List`1[SpecAnalyzers.…]</c>) belong to the framework, and the attributes the C# compiler embeds in every assembly
    /// (<c>System.Runtime.CompilerServices.NullableAttribute</c>) are named alike in all of them: neither is counted.
    /// </summary>
    public IReadOnlyList<string> MethodsDeclaredIn(byte[] assembly)
    {
        var types = TypeNames(assembly);
        // Lines of processes writing at once may run together: each entry is found by its words, not by a line's start.
        var compiled = CompiledMethod().Matches(File.ReadAllText(path));
        if (compiled.Count == 0)
        {
            // Every .NET process JIT-compiles something: an empty log means the log, not the analyzers, did not work.
            throw new InvalidOperationException("The JIT logged no method to " + path);
        }

        return compiled
            .Where(match => types.Contains(match.Groups["type"].Value.Split('+')[0]))
            .Select(match => match.Groups["method"].Value)
            .ToList();
    }

    private static HashSet<string> TypeNames(byte[] assembly)
    {
        using var reader = new PEReader(new MemoryStream(assembly));
        var metadata = reader.GetMetadataReader();
        var assemblyName = metadata.GetString(metadata.GetAssemblyDefinition().Name);
        return metadata.TypeDefinitions
            .Select(metadata.GetTypeDefinition)
            .Where(type => type.GetDeclaringType().IsNil)
            .Select(type => (Namespace: metadata.GetString(type.Namespace), Name: metadata.GetString(type.Name)))
            .Where(type => type.Namespace == assemblyName || type.Namespace.StartsWith(assemblyName + ".", StringComparison.Ordinal))
            .Select(type => type.Namespace + "." + type.Name)
            .ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"JIT compiled (?<method>(?<type>[^\s:\[]+)\S*)")]
    private static partial Regex CompiledMethod();
}

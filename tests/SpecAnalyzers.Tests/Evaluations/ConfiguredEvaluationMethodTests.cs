using Microsoft.CodeAnalysis.Testing;

namespace SpecAnalyzers.Tests.Evaluations;

/// <summary>
/// <c>spec_analyzers.evaluation_methods</c>: a team's own wrapper, named by type metadata name, method name and key
/// parameter (position or name, or nothing for the first string), is checked like the flag libraries.
/// </summary>
public sealed class ConfiguredEvaluationMethodTests
{
    private const string Wrapper = """
        namespace MyCompany.Flags
        {
            public interface IFlags
            {
                bool IsOn(string key);
                bool IsOn(int tenant, string key);
            }

            public sealed class Flags : IFlags
            {
                public bool IsOn(string key) => false;
                public bool IsOn(int tenant, string key) => false;
                public bool Variant(string user, string flag) => false;
            }

            public static class FlagExtensions
            {
                public static bool IsOnFor(this IFlags flags, string user, string flag) => user.Length > 0 && flag.Length > 0;
            }
        }
        """;

    private static AnalyzerVerifier.Test Create(string option, string callSite)
    {
        var test = FlagTest.Create();
        test.TestState.Sources.Add(("/0/Specs.cs", FlagSpecs.Catalog));
        test.TestState.Sources.Add(("/0/Wrapper.cs", Wrapper));
        test.TestState.Sources.Add(("/0/Player.cs", callSite));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\nspec_analyzers.evaluation_methods = " + option + "\n"));
        return test;
    }

    private static DiagnosticResult Undeclared(int location) =>
        FlagTest.Diagnostic("SPEC201").WithLocation(location).WithArguments("dark-mod", ": did you mean 'dark-mode'?");

    [Fact]
    public async Task InterfaceMethodByPosition_CallsThroughInterfaceAndImplementationChecked()
    {
        var test = Create("MyCompany.Flags.IFlags.IsOn(0)", """
            using MyCompany.Flags;

            public sealed class Player
            {
                public bool M(IFlags flags, Flags concrete) =>
                    flags.IsOn({|#0:"dark-mod"|}) && concrete.IsOn({|#1:"dark-mod"|}) && flags.IsOn("dark-mode");
            }
            """);
        test.ExpectedDiagnostics.AddRange([Undeclared(0), Undeclared(1)]);
        await test.RunAsync();
    }

    [Fact]
    public async Task KeyByParameterName_OnlyOverloadsWithThatParameter()
    {
        var test = Create("MyCompany.Flags.IFlags.IsOn(key), MyCompany.Flags.Flags.Variant(flag)", """
            using MyCompany.Flags;

            public sealed class Player
            {
                public bool M(IFlags flags, Flags concrete) =>
                    flags.IsOn(7, {|#0:"dark-mod"|}) && concrete.Variant("some-user", {|#1:"dark-mod"|});
            }
            """);
        test.ExpectedDiagnostics.AddRange([Undeclared(0), Undeclared(1)]);
        await test.RunAsync();
    }

    [Fact]
    public async Task ExtensionMethodWithoutParentheses_FirstStringAfterReceiverIsNotTheKey_UsePosition()
    {
        var test = Create("MyCompany.Flags.FlagExtensions.IsOnFor(2)", """
            using MyCompany.Flags;

            public sealed class Player
            {
                public bool M(IFlags flags) => flags.IsOnFor("some-user", {|#0:"dark-mod"|});
            }
            """);
        test.ExpectedDiagnostics.Add(Undeclared(0));
        await test.RunAsync();
    }

    [Fact]
    public async Task NotConfigured_WrapperCallsIgnored()
    {
        var test = Create("MyCompany.Flags.Flags.Variant(flag)", """
            using MyCompany.Flags;

            public sealed class Player
            {
                public bool M(IFlags flags) => flags.IsOn("dark-mod");
            }
            """);
        await test.RunAsync();
    }

    [Fact]
    public async Task MalformedEntriesAndUnknownTypes_SkippedOthersStillApply()
    {
        var test = Create("Nope, (0), MyCompany.Missing.Type.IsOn(0), MyCompany.Flags.IFlags.IsOn(9), MyCompany.Flags.IFlags.IsOn(0", """
            using MyCompany.Flags;

            public sealed class Player
            {
                public bool M(IFlags flags) => flags.IsOn("dark-mod");
            }
            """);
        await test.RunAsync();
    }

    [Fact]
    public async Task GlobalConfig_Applies()
    {
        var test = FlagTest.Create(FlagSpecs.Catalog, Wrapper, """
            using MyCompany.Flags;

            public sealed class Player
            {
                public bool M(IFlags flags) => flags.IsOn({|#0:"dark-mod"|});
            }
            """);
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nspec_analyzers.evaluation_methods = MyCompany.Flags.IFlags.IsOn\n"));
        test.ExpectedDiagnostics.Add(Undeclared(0));
        await test.RunAsync();
    }
}

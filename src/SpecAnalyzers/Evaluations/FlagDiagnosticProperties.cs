using System.Collections.Immutable;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.Evaluations
{
    /// <summary>What the SPEC2xx diagnostics tell their code fixes, so a fix never has to look for the specs again.</summary>
    internal static class FlagDiagnosticProperties
    {
        /// <summary>SPEC201: the declared keys closest to the evaluated one, separated by <see cref="Separator"/>.</summary>
        public const string Suggestions = "Suggestions";

        /// <summary>SPEC201: the Key constant of the spec that declares a suggested key, when it has one.</summary>
        public static string SuggestionConstant(string suggestion) => KeyConstant + ":" + suggestion;

        /// <summary>SPEC202, SPEC205: the spec's key constant, fully qualified (<c>global::Music.LyricsCardShare.Key</c>).</summary>
        public const string KeyConstant = "KeyConstant";

        /// <summary>SPEC202, SPEC205: the key constant as a user writes it (<c>LyricsCardShare.Key</c>).</summary>
        public const string KeyConstantDisplay = "KeyConstantDisplay";

        /// <summary>SPEC201: a source file declaring a spec, whose folder a new spec joins (absent when the compilation declares none).</summary>
        public const string SpecFile = "SpecFile";

        /// <summary>SPEC201: the namespace of that spec (empty for the global namespace).</summary>
        public const string SpecNamespace = "SpecNamespace";

        /// <summary>
        /// SPEC201: the key as the flag configuration spells it, when the configuration has the evaluated key (in any
        /// case): the call site works, so the fix declares a spec with this spelling instead of rewriting the call.
        /// </summary>
        public const string ConfiguredSpelling = "ConfiguredSpelling";

        /// <summary>SPEC201's summary while the compilation declares no spec: every undeclared key, separated by <see cref="Separator"/>, in call-site order.</summary>
        public const string UndeclaredKeys = "UndeclaredKeys";

        /// <summary>SPEC201, SPEC203: the key evaluated.</summary>
        public const string Key = "Key";

        /// <summary>SPEC203: the retired spec's <c>Outcome</c> (<c>Shipped</c>, <c>RolledBack</c>, <c>Undecided</c>).</summary>
        public const string Outcome = "Outcome";

        public const char Separator = '\n';

        /// <summary>SPEC201, SPEC401: where the compilation keeps its specs, so that "declare a spec" can put a new one beside them.</summary>
        public static ImmutableDictionary<string, string?> ForHome(SpecModel? home) =>
            home is { Location.SourceTree: { } tree }
                ? ImmutableDictionary<string, string?>.Empty
                    .Add(SpecFile, tree.FilePath)
                    .Add(SpecNamespace, home.Type.ContainingNamespace.IsGlobalNamespace ? string.Empty : home.Type.ContainingNamespace.ToDisplayString())
                : ImmutableDictionary<string, string?>.Empty;
    }
}

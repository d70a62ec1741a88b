using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SpecAnalyzers.Testing
{
    /// <summary>
    /// Analyzer options as a global analyzer config gives them: the same <c>key = value</c> pairs for every file.
    /// Shared by the tests and the benchmarks (linked into both), e.g. to pin <c>spec_analyzers.reference_date</c>.
    /// </summary>
    internal sealed class GlobalAnalyzerOptions : AnalyzerConfigOptionsProvider
    {
        private readonly Options _options;

        public GlobalAnalyzerOptions(IEnumerable<KeyValuePair<string, string>> values)
        {
            _options = new Options(values.ToImmutableDictionary(AnalyzerConfigOptions.KeyComparer));
        }

        public override AnalyzerConfigOptions GlobalOptions => _options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;

        /// <summary>Reads the <c>key = value</c> lines of a global config file (comments, sections and <c>is_global</c> skipped).</summary>
        public static GlobalAnalyzerOptions Parse(string globalConfig)
        {
            var values = new Dictionary<string, string>();
            foreach (var rawLine in globalConfig.Split('\n'))
            {
                var line = rawLine.Trim();
                var separator = line.IndexOf('=');
                if (line.Length == 0 || line[0] == '#' || line[0] == ';' || line[0] == '[' || separator <= 0)
                {
                    continue;
                }

                var key = line.Substring(0, separator).Trim();
                if (key != "is_global")
                {
                    values[key] = line.Substring(separator + 1).Trim();
                }
            }

            return new GlobalAnalyzerOptions(values);
        }

        private sealed class Options : AnalyzerConfigOptions
        {
            private readonly ImmutableDictionary<string, string> _values;

            public Options(ImmutableDictionary<string, string> values)
            {
                _values = values;
            }

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
        }
    }
}

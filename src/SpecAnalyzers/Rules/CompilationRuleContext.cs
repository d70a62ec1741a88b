using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SpecAnalyzers.Configuration;
using SpecAnalyzers.Evaluations;
using SpecAnalyzers.Specs;

namespace SpecAnalyzers.Rules
{
    /// <summary>What a <see cref="CompilationRule"/> sees of a compilation, and how it reports.</summary>
    internal readonly struct CompilationRuleContext
    {
        private readonly Action<Diagnostic> _reportDiagnostic;
        private readonly ReadOnce<FlagConfiguration>? _configuration;

        public CompilationRuleContext(
            CompilationSpecs specs,
            EvaluatedKeys? evaluatedKeys,
            UndeclaredKeys? adoption,
            AnalyzerOptions options,
            Action<Diagnostic> reportDiagnostic,
            CancellationToken cancellationToken,
            ReadOnce<FlagConfiguration>? configuration = null)
        {
            _configuration = configuration;
            Specs = specs;
            EvaluatedKeys = evaluatedKeys;
            Adoption = adoption;
            Options = options;
            _reportDiagnostic = reportDiagnostic;
            CancellationToken = cancellationToken;
        }

        public CompilationSpecs Specs { get; }

        /// <summary>The keys some code of the compilation evaluates; null unless the call-site analysis recorded them.</summary>
        public EvaluatedKeys? EvaluatedKeys { get; }

        /// <summary>The keys evaluated while the compilation declares no spec; null once it has one (see <see cref="EvaluationRuleContext.Adoption"/>).</summary>
        public UndeclaredKeys? Adoption { get; }

        /// <summary>The flag configuration (appsettings*.json), read once per compilation; none when the host passed none.</summary>
        public FlagConfiguration Configuration => _configuration?.Get(CancellationToken) ?? FlagConfiguration.None;

        /// <summary>For telling generated code (<see cref="GeneratedCode"/>).</summary>
        public AnalyzerOptions Options { get; }

        public CancellationToken CancellationToken { get; }

        public void Report(DiagnosticDescriptor descriptor, Location location, params object?[] messageArguments) =>
            _reportDiagnostic(Diagnostic.Create(descriptor, location, messageArguments));

        /// <summary>Reports at <paramref name="severity"/> rather than the descriptor's default, with what a fix needs.</summary>
        public void Report(
            DiagnosticDescriptor descriptor,
            Location location,
            DiagnosticSeverity severity,
            ImmutableDictionary<string, string?> properties,
            params object?[] messageArguments) =>
            _reportDiagnostic(Diagnostic.Create(descriptor, location, severity, additionalLocations: null, properties, messageArguments));
    }
}

using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using SpecAnalyzers.Configuration;
using SpecAnalyzers.Evaluations;
using SpecAnalyzers.Specs;

namespace SpecAnalyzers.Rules
{
    /// <summary>What an <see cref="EvaluationRule"/> sees of one flag evaluation, and how it reports.</summary>
    internal readonly struct EvaluationRuleContext
    {
        private readonly Action<Diagnostic> _reportDiagnostic;

        private readonly ReadOnce<FlagConfiguration> _configuration;

        public EvaluationRuleContext(
            FlagEvaluation evaluation,
            CompilationSpecs specs,
            KeyConstants keyConstants,
            ReadOnce<FlagConfiguration> configuration,
            Action<Diagnostic> reportDiagnostic,
            CancellationToken cancellationToken)
        {
            Evaluation = evaluation;
            Specs = specs;
            KeyConstants = keyConstants;
            _configuration = configuration;
            _reportDiagnostic = reportDiagnostic;
            CancellationToken = cancellationToken;
        }

        public FlagEvaluation Evaluation { get; }

        /// <summary>Every spec the compilation can evaluate; the whole index is read only when a rule asks for it.</summary>
        public CompilationSpecs Specs { get; }

        public KeyConstants KeyConstants { get; }

        /// <summary>The project's flag configuration (appsettings*.json), read when a rule first asks.</summary>
        public FlagConfiguration Configuration => _configuration.Get(CancellationToken);

        public CancellationToken CancellationToken { get; }

        /// <summary>Reports; generated files and members are never searched, so nothing here is generated code.</summary>
        public void Report(
            DiagnosticDescriptor descriptor,
            Location location,
            ImmutableDictionary<string, string?>? properties,
            params object?[] messageArguments) =>
            _reportDiagnostic(Diagnostic.Create(descriptor, location, properties, messageArguments));
    }
}

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
            UndeclaredKeys? adoption,
            Action<Diagnostic> reportDiagnostic,
            CancellationToken cancellationToken)
        {
            Evaluation = evaluation;
            Specs = specs;
            KeyConstants = keyConstants;
            _configuration = configuration;
            Adoption = adoption;
            _reportDiagnostic = reportDiagnostic;
            CancellationToken = cancellationToken;
        }

        public FlagEvaluation Evaluation { get; }

        /// <summary>Every spec the compilation can evaluate; the whole index is read only when a rule asks for it.</summary>
        public CompilationSpecs Specs { get; }

        public KeyConstants KeyConstants { get; }

        /// <summary>The project's flag configuration (appsettings*.json), read when a rule first asks.</summary>
        public FlagConfiguration Configuration => _configuration.Get(CancellationToken);

        /// <summary>
        /// While the compilation declares and references no spec (a first install), where undeclared keys are tallied
        /// for one summary instead of reported one by one; null once it has a spec.
        /// </summary>
        public UndeclaredKeys? Adoption { get; }

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

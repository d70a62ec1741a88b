using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SpecAnalyzers.Evaluations;
using SpecAnalyzers.Specs;

namespace SpecAnalyzers.Rules
{
    /// <summary>What a <see cref="CompilationRule"/> sees of a compilation, and how it reports.</summary>
    internal readonly struct CompilationRuleContext
    {
        private readonly Action<Diagnostic> _reportDiagnostic;

        public CompilationRuleContext(
            CompilationSpecs specs,
            EvaluatedKeys? evaluatedKeys,
            AnalyzerOptions options,
            Action<Diagnostic> reportDiagnostic,
            CancellationToken cancellationToken)
        {
            Specs = specs;
            EvaluatedKeys = evaluatedKeys;
            Options = options;
            _reportDiagnostic = reportDiagnostic;
            CancellationToken = cancellationToken;
        }

        public CompilationSpecs Specs { get; }

        /// <summary>The keys some code of the compilation evaluates; null unless the call-site analysis recorded them.</summary>
        public EvaluatedKeys? EvaluatedKeys { get; }

        /// <summary>For telling generated code (<see cref="GeneratedCode"/>).</summary>
        public AnalyzerOptions Options { get; }

        public CancellationToken CancellationToken { get; }

        public void Report(DiagnosticDescriptor descriptor, Location location, params object?[] messageArguments) =>
            _reportDiagnostic(Diagnostic.Create(descriptor, location, messageArguments));
    }
}

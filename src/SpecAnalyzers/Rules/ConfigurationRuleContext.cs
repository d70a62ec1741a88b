using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using SpecAnalyzers.Configuration;
using SpecAnalyzers.Options;
using SpecAnalyzers.Specs;

namespace SpecAnalyzers.Rules
{
    /// <summary>What a <see cref="ConfigurationRule"/> sees of one configuration file and its compilation, and how it reports.</summary>
    internal readonly struct ConfigurationRuleContext
    {
        private readonly ConfigurationFacts _facts;
        private readonly Action<Diagnostic> _reportDiagnostic;

        public ConfigurationRuleContext(ConfigurationFile file, ConfigurationFacts facts, Action<Diagnostic> reportDiagnostic, CancellationToken cancellationToken)
        {
            File = file;
            _facts = facts;
            _reportDiagnostic = reportDiagnostic;
            CancellationToken = cancellationToken;
        }

        /// <summary>The file being checked; diagnostics sit on its tokens.</summary>
        public ConfigurationFile File { get; }

        /// <summary>Every configuration file of the compilation, and what each environment runs with.</summary>
        public FlagConfiguration Configuration => _facts.Settings.GetFlagConfiguration(CancellationToken);

        /// <summary>
        /// The compilation's specs and its references'; read on first need, once per compilation. A configured name
        /// finds its spec ignoring case (<see cref="SpecIndex.TryGetIgnoringCase"/>), as Microsoft.FeatureManagement does.
        /// </summary>
        public SpecIndex Specs => _facts.GetSpecs(CancellationToken);

        /// <summary>Whether a first install's SPEC201 summary counts this compilation's configured flags (see <see cref="ConfigurationFacts.HasFirstInstallSummary"/>).</summary>
        public bool HasFirstInstallSummary => _facts.HasFirstInstallSummary(CancellationToken);

        /// <summary>The feature filters the compilation can register; read on first need, once per compilation.</summary>
        public RegisteredFilters Filters => _facts.GetFilters(CancellationToken);

        public SpecCompilationSettings Settings => _facts.Settings;

        public CancellationToken CancellationToken { get; }

        public void Report(DiagnosticDescriptor descriptor, Location location, params object?[] messageArguments) =>
            _reportDiagnostic(Diagnostic.Create(descriptor, location, messageArguments));

        /// <summary>Reports with <paramref name="properties"/> for the rule's code fix.</summary>
        public void Report(DiagnosticDescriptor descriptor, Location location, ImmutableDictionary<string, string?> properties, params object?[] messageArguments) =>
            _reportDiagnostic(Diagnostic.Create(descriptor, location, properties, messageArguments));
    }
}

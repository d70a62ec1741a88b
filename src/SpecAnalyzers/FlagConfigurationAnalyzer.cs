using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SpecAnalyzers.Configuration;
using SpecAnalyzers.Model;
using SpecAnalyzers.Rules.Spec4xx;

namespace SpecAnalyzers
{
    /// <summary>
    /// Checks each flag configuration file (appsettings*.json and the JSON files a project names, see
    /// <see cref="FlagConfiguration"/>) with the rules of <see cref="ConfigurationRuleCatalog"/>, as an additional-file
    /// action: its diagnostics belong to the JSON file, and a keystroke in C# code runs nothing here. A file is read
    /// once per content; the specs the configuration is compared with are read once per compilation, and only when a
    /// configuration file exists. The rules about a spec against the configuration (SPEC402, SPEC403, SPEC406) run
    /// with the other spec rules in <see cref="SpecTypeAnalyzer"/>.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class FlagConfigurationAnalyzer : SpecCompilationAnalyzer
    {
        private static readonly ImmutableArray<DiagnosticDescriptor> Supported = CollectDescriptors();

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Supported;

        private protected override void OnCompilationStart(CompilationStartAnalysisContext context, SpecAttributeTypes attributeTypes)
        {
            var compilation = context.Compilation;
            var options = context.Options;
            var facts = new ReadOnce<ConfigurationFacts>(cancellationToken => new ConfigurationFacts(compilation, attributeTypes, options, cancellationToken));
            context.RegisterAdditionalFileAction(fileContext =>
            {
                if (!FlagConfiguration.IsConfigurationFile(fileContext.AdditionalFile, fileContext.Options)
                    || ConfigurationFile.Read(fileContext.AdditionalFile, fileContext.CancellationToken) is not { } file)
                {
                    return;
                }

                var ruleContext = new ConfigurationRuleContext(file, facts.Get(fileContext.CancellationToken), fileContext.ReportDiagnostic, fileContext.CancellationToken);
                foreach (var rule in ConfigurationRuleCatalog.All)
                {
                    rule.Analyze(ruleContext);
                }
            });
        }

        private static ImmutableArray<DiagnosticDescriptor> CollectDescriptors()
        {
            var descriptors = new List<DiagnosticDescriptor>();
            foreach (var rule in ConfigurationRuleCatalog.All)
            {
                descriptors.AddRange(rule.SupportedDiagnostics);
            }

            return descriptors.ToImmutableArray();
        }
    }
}

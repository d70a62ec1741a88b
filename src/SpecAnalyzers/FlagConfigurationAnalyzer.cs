using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SpecAnalyzers.Configuration;
using SpecAnalyzers.Model;
using SpecAnalyzers.Rules;

namespace SpecAnalyzers
{
    /// <summary>
    /// Checks each flag configuration file (appsettings*.json and the JSON files a project names, see
    /// <see cref="FlagConfiguration"/>) with the rules of <see cref="RuleCatalog.PerConfigurationFile"/>, as an additional-file
    /// action: its diagnostics belong to the JSON file, and a keystroke in C# code runs nothing here. A file is read
    /// once per content; the specs the configuration is compared with are read once per compilation, and only when a
    /// configuration file exists. The rules about a spec against the configuration (SPEC402, SPEC403, SPEC406) run
    /// with the other spec rules in <see cref="SpecTypeAnalyzer"/>.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class FlagConfigurationAnalyzer : SpecCompilationAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            RuleCatalog.DescriptorsOf(RuleCatalog.PerConfigurationFile.SelectMany(rule => rule.SupportedDiagnostics));

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
                foreach (var rule in RuleCatalog.PerConfigurationFile)
                {
                    rule.Analyze(ruleContext);
                }
            });
        }
    }
}

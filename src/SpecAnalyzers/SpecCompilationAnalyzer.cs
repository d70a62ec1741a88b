using Microsoft.CodeAnalysis.Diagnostics;
using SpecAnalyzers.Model;

namespace SpecAnalyzers
{
    /// <summary>
    /// An analyzer that only has work where SpecAnalyzers is used: it resolves the attribute types once per
    /// compilation and registers nothing in compilations that do not reference them. Generated code is skipped.
    /// </summary>
    public abstract class SpecCompilationAnalyzer : DiagnosticAnalyzer
    {
        public sealed override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysis);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(startContext =>
            {
                var attributeTypes = SpecAttributeTypes.TryCreate(startContext.Compilation);
                if (attributeTypes is not null)
                {
                    OnCompilationStart(startContext, attributeTypes);
                }
            });
        }

        /// <summary>Generated code is skipped unless an analyzer leaves it out more cheaply itself.</summary>
        private protected virtual GeneratedCodeAnalysisFlags GeneratedCodeAnalysis => GeneratedCodeAnalysisFlags.None;

        private protected abstract void OnCompilationStart(CompilationStartAnalysisContext context, SpecAttributeTypes attributeTypes);
    }
}

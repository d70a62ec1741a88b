using System.Threading;
using Microsoft.CodeAnalysis;

namespace SpecAnalyzers.Rules
{
    /// <summary>Whether an opt-in rule has been turned on anywhere, so its analysis is skipped entirely when it has not.</summary>
    internal static class RuleEnablement
    {
        public static bool IsEnabled(Compilation compilation, DiagnosticDescriptor descriptor, CancellationToken cancellationToken)
        {
            var id = descriptor.Id;
            if (compilation.Options.SpecificDiagnosticOptions.TryGetValue(id, out var report) && report != ReportDiagnostic.Default)
            {
                return report != ReportDiagnostic.Suppress;
            }

            var provider = compilation.Options.SyntaxTreeOptionsProvider;
            if (provider is null)
            {
                return descriptor.IsEnabledByDefault;
            }

            if (provider.TryGetGlobalDiagnosticValue(id, cancellationToken, out report) && IsOn(report))
            {
                return true;
            }

            foreach (var tree in compilation.SyntaxTrees)
            {
                if (provider.TryGetDiagnosticValue(tree, id, cancellationToken, out report) && IsOn(report))
                {
                    return true;
                }
            }

            return descriptor.IsEnabledByDefault;
        }

        private static bool IsOn(ReportDiagnostic report) => report is not (ReportDiagnostic.Suppress or ReportDiagnostic.Default);
    }
}

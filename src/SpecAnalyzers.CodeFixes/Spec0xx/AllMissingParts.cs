using System.Linq;
using System.Threading;
using SpecAnalyzers.CodeFixes.Building;
using SpecAnalyzers.CodeFixes.Editing;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.CodeFixes
{
    /// <summary>
    /// "Add all missing spec parts", for a spec that lacks two mission parts or more: each part as its own fix would
    /// write it (a success metric as a generated stub). Not a fixer of its own: a fixer registered for SPEC003 is run
    /// by <c>dotnet format --diagnostics SPEC003</c>, which would then write every part. It is the second action of
    /// the fix for the spec's first missing part (in rule ID order), so the light bulb shows it once per spec, and a
    /// host that applies a rule's first action (<c>dotnet format</c>) applies that rule's own fix.
    /// </summary>
    internal static class AllMissingParts
    {
        public const string Title = "Add all missing spec parts";

        /// <summary>With one part missing, the part's own fix says more.</summary>
        public const int MinimumMissingParts = 2;

        /// <summary>Whether the fix for <paramref name="part"/> offers the action on <paramref name="target"/>.</summary>
        public static bool IsOfferedBy(MissionPart part, SpecTarget target) =>
            target.MissingParts.Length >= MinimumMissingParts
            && MissionPart.All.First(missing => target.Lacks(missing.Kind)) == part;

        public static void Add(SpecDocumentEditor editor, SpecTarget target, CancellationToken cancellationToken)
        {
            if (target.MissingParts.Length < MinimumMissingParts)
            {
                return;
            }

            foreach (var kind in target.MissingParts)
            {
                if (kind == SpecAttributeKind.SuccessMetric)
                {
                    SpecPartEdits.AddMetricStub(editor, target, MetricRole.Success, cancellationToken);
                }
                else
                {
                    SpecPartEdits.AddTemplatePart(editor, target, kind, cancellationToken);
                }
            }
        }
    }
}

using System.Collections.Immutable;

namespace SpecAnalyzers.Tests.Robustness;

/// <summary>What a robustness run tried and what broke: each failure names its input and the exception.</summary>
internal sealed record RobustnessReport(int Inputs, int Diagnostics, int FixActionsApplied, ImmutableArray<string> Failures);

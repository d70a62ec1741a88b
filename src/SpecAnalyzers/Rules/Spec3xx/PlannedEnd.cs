using System;
using Microsoft.CodeAnalysis;

namespace SpecAnalyzers.Rules
{
    /// <summary>The date an experiment's planned window ends on (a <c>ReviewBy</c> or <c>RemoveBy</c>), as parsed and as written.</summary>
    internal sealed record PlannedEnd(DateTime Date, string Text, Location Location);
}

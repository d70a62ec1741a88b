namespace SpecAnalyzers.Catalog.Model
{
    /// <summary>
    /// A spec's <c>[AdoptionExemption]</c>: it was declared for a flag that existed before the team adopted
    /// SpecAnalyzers, and until <see cref="Until"/> its mission rules do not fail the build. <see cref="Ended"/> when the
    /// reference date has reached the date: the mission rules apply again. An unreadable date never ends (and exempts
    /// nothing: SPEC105).
    /// </summary>
    public sealed record CatalogAdoptionExemption(string? Until, string? Reason, bool Ended);
}

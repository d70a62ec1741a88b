namespace SpecAnalyzers.Catalog.Model
{
    /// <summary>
    /// Where a spec is declared, from the assembly's portable PDB: the file (relative to the source root when it lies
    /// under it, with forward slashes) and, when the PDB has sequence points for the type, the line of its declaration.
    /// </summary>
    public sealed record SourceLocation(string File, int? Line);
}

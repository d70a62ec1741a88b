namespace SpecAnalyzers.DocumentationGenerator;

/// <summary>A file's path relative to the repository root, with '/' separators, and the text it must hold.</summary>
public sealed record GeneratedFile(string RelativePath, string Text);

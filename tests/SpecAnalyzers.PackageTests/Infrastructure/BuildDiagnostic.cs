namespace SpecAnalyzers.PackageTests.Infrastructure;

/// <summary>One compiler diagnostic as <c>dotnet build</c> prints it; <see cref="File"/> is an absolute path.</summary>
internal sealed record BuildDiagnostic(string File, int Line, int Column, string Severity, string Id, string Message);

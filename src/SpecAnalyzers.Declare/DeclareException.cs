namespace SpecAnalyzers.Declare;

/// <summary>Why nothing could be declared, said to the user as the command's one error (the project does not load, …).</summary>
internal sealed class DeclareException(string message) : Exception(message);

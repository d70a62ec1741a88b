using SpecAnalyzers.Model;

namespace SpecAnalyzers.Specs
{
    /// <summary>A spec declared in a referenced assembly, and that assembly's name for messages.</summary>
    internal sealed record ReferencedSpec(SpecModel Spec, string AssemblyName);
}

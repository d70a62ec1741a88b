using SpecAnalyzers.Model;

namespace SpecAnalyzers.Rules
{
    /// <summary>
    /// Tells a named argument that is not written from one that is written but does not bind yet (the user is
    /// typing, or it names something that does not exist). The compiler reports the latter; a rule saying the
    /// argument is missing would be wrong.
    /// </summary>
    internal static class UnreadableArguments
    {
        public static bool IsWrittenButUnreadable(SpecPart part, string name) =>
            !part.HasNamedArgument(name) && !part.GetNamedArgumentLocation(name).Equals(part.Location);
    }
}

using Microsoft.CodeAnalysis;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.Rules
{
    /// <summary>
    /// Tells an unwritten named argument from one that is written but has no usable value yet (the user is typing,
    /// or it names something that does not exist): the compiler reports the latter, and a rule saying the argument
    /// is missing would be wrong.
    /// </summary>
    internal static class WrittenArguments
    {
        /// <summary>Whether <paramref name="name"/> is written in the attribute, whatever its value.</summary>
        public static bool IsWritten(SpecPart part, string name) => !part.GetNamedArgumentLocation(name).Equals(part.Location);

        /// <summary>Whether <paramref name="name"/> is written as the constant <c>null</c>.</summary>
        public static bool IsNull(SpecPart part, string name)
        {
            foreach (var argument in part.Data.NamedArguments)
            {
                if (argument.Key == name && argument.Value.Kind != TypedConstantKind.Error)
                {
                    return argument.Value.IsNull;
                }
            }

            return false;
        }
    }
}

using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SpecAnalyzers.SyntaxFilter
{
    /// <summary>
    /// A type declaration whose attributes, as written, can declare a spec, and the keys syntax alone says it can
    /// declare: looking up one key binds only the declarations that can declare it.
    /// </summary>
    internal sealed class SpecCandidate
    {
        private SpecCandidate(TypeDeclarationSyntax declaration, HashSet<string>? writtenKeys)
        {
            Declaration = declaration;
            WrittenKeys = writtenKeys;
        }

        public TypeDeclarationSyntax Declaration { get; }

        /// <summary>
        /// The keys the declaration can declare; null when some key is not written as a literal or a local constant, so
        /// that any key may be. A partial spec's key comes from the declaration that writes it, so its other
        /// declarations need not say.
        /// </summary>
        public IReadOnlyCollection<string>? WrittenKeys { get; }

        public static SpecCandidate? TryCreate(AttributedType type, AttributeNameFilter specAttributes, CancellationToken cancellationToken)
        {
            // Most attributed types are no candidates ([Serializable], [ApiController]): nothing is allocated for them.
            var found = false;
            var anyKey = false;
            HashSet<string>? keys = null;
            foreach (var attribute in type.Attributes)
            {
                if (!specAttributes.CanBe(attribute.Stem, cancellationToken))
                {
                    continue;
                }

                found = true;
                if (attribute.FirstArgumentText is not { } key)
                {
                    anyKey = true;
                }
                else if (!anyKey)
                {
                    (keys ??= new HashSet<string>(System.StringComparer.Ordinal)).Add(key);
                }
            }

            return found ? new SpecCandidate(type.Declaration, anyKey ? null : keys) : null;
        }
    }
}

using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SpecAnalyzers.SyntaxFilter
{
    /// <summary>
    /// Tells from syntax alone whether an attribute can be one of a few attribute types, so that only those few are
    /// bound: <c>[FeatureFlag]</c>, <c>[SpecAnalyzers.FeatureFlagAttribute]</c>, <c>[global::…FeatureFlag]</c>, and any
    /// <c>using</c> alias of the compilation that names the type. A superset: binding decides. The aliases are read
    /// from every file's <see cref="AttributeSyntaxIndex"/> on first need, once per compilation.
    /// </summary>
    internal sealed class AttributeNameFilter
    {
        private readonly Compilation _compilation;
        private readonly HashSet<string> _typeStems;
        private readonly ReadOnce<HashSet<string>> _stems;

        /// <param name="typeNames">The attribute types' simple names, with or without the <c>Attribute</c> suffix.</param>
        public AttributeNameFilter(Compilation compilation, params string[] typeNames)
        {
            _compilation = compilation;
            _typeStems = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var name in typeNames)
            {
                _typeStems.Add(AttributeSyntaxIndex.Stem(name));
            }

            _stems = new(ReadStems);
        }

        /// <summary>Every name, without the <c>Attribute</c> suffix, that an attribute of the types can be written with.</summary>
        public IReadOnlyCollection<string> Stems(CancellationToken cancellationToken) => _stems.Get(cancellationToken);

        /// <param name="stem">The attribute's name as written, without the <c>Attribute</c> suffix.</param>
        public bool CanBe(string stem, CancellationToken cancellationToken) => _stems.Get(cancellationToken).Contains(stem);

        private HashSet<string> ReadStems(CancellationToken cancellationToken)
        {
            var stems = new HashSet<string>(_typeStems, System.StringComparer.Ordinal);
            foreach (var tree in _compilation.SyntaxTrees)
            {
                foreach (var alias in AttributeSyntaxIndex.Get(tree, cancellationToken).Aliases)
                {
                    if (_typeStems.Contains(alias.Target))
                    {
                        stems.Add(alias.Alias);
                    }
                }
            }

            return stems;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SpecAnalyzers.SyntaxFilter;

namespace SpecAnalyzers.Evaluations
{
    /// <summary>
    /// Finds the identifiers of a few names in one syntax tree by searching its text, so that a file is read as
    /// characters and only the hits are looked up in its syntax. Roslyn's syntax-node actions would make it gather
    /// every node of every declaration for the analyzer: at 10,000 types that alone adds an eighth to the analysis'
    /// allocations. A text that may spell an identifier with a Unicode escape (<c>Is\u0045nabled</c>) is walked token
    /// by token instead. Hits are names (<see cref="SimpleNameSyntax"/>), never tokens: a framework list of a Roslyn struct
    /// is generic code the JIT compiles in every compiler process, even when the analyzer is precompiled.
    /// </summary>
    internal sealed class IdentifierSearch
    {
        /// <summary>One buffer per thread, reused file after file: the text is copied, not allocated, once per file.</summary>
        [ThreadStatic]
        private static char[]? t_buffer;

        private readonly SyntaxNode _root;
        private readonly char[] _text;
        private readonly int _length;
        private readonly bool _mayHaveEscapes;

        /// <summary>Every simple name of a text that may have escapes, gathered by the first search: one walk per file.</summary>
        private List<SimpleNameSyntax>? _names;

        private IdentifierSearch(SyntaxNode root, char[] text, int length)
        {
            _root = root;
            _text = text;
            _length = length;
            _mayHaveEscapes = IndexOf("\\u", 0) >= 0 || IndexOf("\\U", 0) >= 0;
        }

        /// <summary>Valid until the next search is created on the same thread, which reuses the buffer: search, then analyse the hits.</summary>
        public static IdentifierSearch Create(SyntaxTree tree, CancellationToken cancellationToken)
        {
            var text = tree.GetText(cancellationToken);
            var buffer = t_buffer;
            if (buffer is null || buffer.Length < text.Length)
            {
                t_buffer = buffer = new char[Math.Max(text.Length, 4096)];
            }

            text.CopyTo(0, buffer, 0, text.Length);
            return new IdentifierSearch(tree.GetRoot(cancellationToken), buffer, text.Length);
        }

        /// <summary>The simple names spelt <paramref name="name"/>, in file order.</summary>
        public List<SimpleNameSyntax> Find(string name, CancellationToken cancellationToken) =>
            Find(name, withAttributeSuffix: false, cancellationToken);

        /// <summary>The simple names spelt <paramref name="stem"/> or <paramref name="stem"/><c>Attribute</c>, in file order.</summary>
        public List<SimpleNameSyntax> FindAttributeName(string stem, CancellationToken cancellationToken) =>
            Find(stem, withAttributeSuffix: true, cancellationToken);

        private List<SimpleNameSyntax> Find(string name, bool withAttributeSuffix, CancellationToken cancellationToken)
        {
            var found = new List<SimpleNameSyntax>();
            if (_mayHaveEscapes)
            {
                foreach (var simpleName in Names(cancellationToken))
                {
                    if (Spells(simpleName.Identifier.ValueText, name, withAttributeSuffix))
                    {
                        found.Add(simpleName);
                    }
                }

                return found;
            }

            for (var start = IndexOf(name, 0); start >= 0; start = IndexOf(name, start + name.Length))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var end = start + name.Length;
                if ((start > 0 && SyntaxFacts.IsIdentifierPartCharacter(_text[start - 1]))
                    || (!withAttributeSuffix && end < _length && SyntaxFacts.IsIdentifierPartCharacter(_text[end])))
                {
                    continue;
                }

                // A hit in a comment, a string or inactive code lies outside the token FindToken returns.
                var token = _root.FindToken(start);
                if (token.IsKind(SyntaxKind.IdentifierToken) && token.Span.Contains(start) && token.Parent is SimpleNameSyntax simpleName
                    && Spells(token.ValueText, name, withAttributeSuffix))
                {
                    found.Add(simpleName);
                }
            }

            return found;
        }

        private List<SimpleNameSyntax> Names(CancellationToken cancellationToken)
        {
            if (_names is not null)
            {
                return _names;
            }

            var names = new List<SimpleNameSyntax>();
            foreach (var token in _root.DescendantTokens())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (token.IsKind(SyntaxKind.IdentifierToken) && token.Parent is SimpleNameSyntax simpleName)
                {
                    names.Add(simpleName);
                }
            }

            return _names = names;
        }

        private static bool Spells(string identifier, string name, bool withAttributeSuffix) =>
            identifier == name || (withAttributeSuffix && AttributeSyntaxIndex.Stem(identifier) == name);

        private int IndexOf(string value, int start)
        {
            if (start >= _length)
            {
                return -1;
            }

            // The ordinal string search, not the generic one over a Span<char>, which the JIT would compile in every compiler process.
            var index = new ReadOnlySpan<char>(_text, start, _length - start).IndexOf(value.AsSpan(), StringComparison.Ordinal);
            return index < 0 ? -1 : start + index;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SpecAnalyzers.SyntaxFilter;

namespace SpecAnalyzers.Evaluations
{
    /// <summary>
    /// Finds the identifiers of a few names in one syntax tree by searching its text, so that a file is read as
    /// characters and only the hits are looked up in its syntax. Roslyn's syntax-node actions would make it gather
    /// every node of every declaration for the analyzer: at 10,000 types that alone adds an eighth to the analysis'
    /// allocations. A text that may spell an identifier with a Unicode escape (<c>Is\u0045nabled</c>) is walked token
    /// by token instead.
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

        /// <summary>Every identifier token of a text that may have escapes, gathered by the first search: one walk per file.</summary>
        private List<SyntaxToken>? _identifiers;

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

        /// <summary>The identifier tokens spelt <paramref name="name"/>, in file order.</summary>
        public List<SyntaxToken> Find(string name, CancellationToken cancellationToken) =>
            Find(name, withAttributeSuffix: false, cancellationToken);

        /// <summary>The identifier tokens spelt <paramref name="stem"/> or <paramref name="stem"/><c>Attribute</c>, in file order.</summary>
        public List<SyntaxToken> FindAttributeName(string stem, CancellationToken cancellationToken) =>
            Find(stem, withAttributeSuffix: true, cancellationToken);

        private List<SyntaxToken> Find(string name, bool withAttributeSuffix, CancellationToken cancellationToken)
        {
            var found = new List<SyntaxToken>();
            if (_mayHaveEscapes)
            {
                foreach (var token in Identifiers(cancellationToken))
                {
                    if (Spells(token.ValueText, name, withAttributeSuffix))
                    {
                        found.Add(token);
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
                if (token.IsKind(SyntaxKind.IdentifierToken) && token.Span.Contains(start) && Spells(token.ValueText, name, withAttributeSuffix))
                {
                    found.Add(token);
                }
            }

            return found;
        }

        private List<SyntaxToken> Identifiers(CancellationToken cancellationToken)
        {
            if (_identifiers is not null)
            {
                return _identifiers;
            }

            var identifiers = new List<SyntaxToken>();
            foreach (var token in _root.DescendantTokens())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (token.IsKind(SyntaxKind.IdentifierToken))
                {
                    identifiers.Add(token);
                }
            }

            return _identifiers = identifiers;
        }

        private static bool Spells(string identifier, string name, bool withAttributeSuffix) =>
            identifier == name || (withAttributeSuffix && AttributeSyntaxIndex.Stem(identifier) == name);

        private int IndexOf(string value, int start)
        {
            if (start >= _length)
            {
                return -1;
            }

            var index = _text.AsSpan(start, _length - start).IndexOf(value.AsSpan());
            return index < 0 ? -1 : start + index;
        }
    }
}

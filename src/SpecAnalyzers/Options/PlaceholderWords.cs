using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace SpecAnalyzers.Options
{
    /// <summary>
    /// The words that mark text as not written yet (SPEC101), and how they are recognised. A text is a
    /// placeholder when it is made only of placeholder words and punctuation (<c>TODO</c>, <c>tbd.</c>,
    /// <c>???</c>, <c>-</c>), or when a placeholder word is used as a marker: followed by a colon anywhere
    /// (<c>TODO: owner</c>, <c>… because TBD: numbers</c>), or opening the text followed by a dash or a bracket
    /// (<c>TBD - ask data team</c>, <c>FIXME(ana) …</c>). Prose that merely contains one of the words
    /// ("a todo list for playlists") is not a placeholder. Words match whole, ignoring case.
    /// </summary>
    internal sealed class PlaceholderWords
    {
        /// <summary>The option: a comma-separated list; the entry <c>defaults</c> stands for <see cref="DefaultWords"/>.</summary>
        public const string OptionName = "placeholder_words";

        public const string DefaultsEntry = "defaults";

        public static readonly ImmutableArray<string> DefaultWords = ImmutableArray.Create(
            "TODO", "TBD", "TBA", "FIXME", "XXX", "???", "N/A", "placeholder", "changeme", "lorem ipsum");

        public static readonly PlaceholderWords Default = new(DefaultWords);

        private readonly string[] _words;

        /// <summary>The first characters of the words, upper-cased: most positions of a text are skipped on one look-up.</summary>
        private readonly string _firstCharacters;

        private PlaceholderWords(IEnumerable<string> words)
        {
            // Longest first, so that "lorem ipsum" wins over a configured "lorem".
            _words = words.Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(word => word.Length).ToArray();
            _firstCharacters = new string(_words.Select(word => char.ToUpperInvariant(word[0])).Distinct().ToArray());
        }

        /// <summary>
        /// Reads the option value: <c>defaults, WIP</c> extends the defaults, <c>TODO, WIP</c> replaces them.
        /// No value (or one with no words) means the defaults.
        /// </summary>
        public static PlaceholderWords Parse(string? option)
        {
            if (option is null)
            {
                return Default;
            }

            var words = new List<string>();
            foreach (var entry in option.Split(','))
            {
                var word = entry.Trim();
                if (string.Equals(word, DefaultsEntry, StringComparison.OrdinalIgnoreCase))
                {
                    words.AddRange(DefaultWords);
                }
                else if (word.Length > 0)
                {
                    words.Add(word);
                }
            }

            return words.Count == 0 ? Default : new PlaceholderWords(words);
        }

        public TextDefect Inspect(string text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return TextDefect.Empty;
            }

            var firstContent = FirstNonWhiteSpace(text, 0);
            var onlyPlaceholders = true;
            for (var i = 0; i < text.Length;)
            {
                var length = MatchAt(text, i);
                if (length == 0)
                {
                    onlyPlaceholders &= !char.IsLetterOrDigit(text[i]);
                    i++;
                    continue;
                }

                if (IsMarker(text, i == firstContent, FirstNonWhiteSpace(text, i + length)))
                {
                    return TextDefect.Placeholder;
                }

                i += length;
            }

            return onlyPlaceholders ? TextDefect.Placeholder : TextDefect.None;
        }

        private static bool IsMarker(string text, bool opensText, int next)
        {
            if (next >= text.Length)
            {
                return false;
            }

            var c = text[next];
            return c == ':' || (opensText && (c == '-' || c == '\u2013' || c == '\u2014' || c == '(' || c == '['));
        }

        /// <summary>The length of the placeholder word standing whole at <paramref name="start"/>, or 0.</summary>
        private int MatchAt(string text, int start)
        {
            if ((start > 0 && IsWordCharacter(text[start - 1])) || _firstCharacters.IndexOf(char.ToUpperInvariant(text[start])) < 0)
            {
                return 0;
            }

            foreach (var word in _words)
            {
                var end = start + word.Length;
                if (end <= text.Length
                    && string.Compare(text, start, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
                    && (end == text.Length || !IsWordCharacter(text[end])))
                {
                    return word.Length;
                }
            }

            return 0;
        }

        private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c == '_';

        private static int FirstNonWhiteSpace(string text, int start)
        {
            var i = start;
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            return i;
        }
    }
}

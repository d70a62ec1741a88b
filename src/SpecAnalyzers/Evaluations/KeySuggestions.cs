using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace SpecAnalyzers.Evaluations
{
    /// <summary>
    /// "Did you mean": the declared keys closest to a key no spec declares, by edit distance with transpositions
    /// (optimal string alignment), case and separators ignored, so <c>lyrics-crad-share</c>, <c>Lyrics-Card-Share</c>
    /// and <c>lyrics_card_share</c> all find <c>lyrics-card-share</c>.
    /// </summary>
    internal static class KeySuggestions
    {
        public const int MaximumSuggestions = 3;

        private const int CharacterBuckets = 128;

        public static ImmutableArray<string> Nearest(string key, SuggestableKeys declared)
        {
            var normalized = Normalize(key);
            var threshold = Threshold(normalized.Length);
            var rows = new DistanceRows(normalized.Length + 1 + threshold);
            var characterCounts = new int[CharacterBuckets];
            var candidates = new List<(int Distance, string Key)>();
            foreach (var index in declared.Candidates(normalized, threshold))
            {
                var other = declared.Normalized(index);
                if (CharacterDifference(normalized, other, characterCounts) > threshold)
                {
                    continue;
                }

                var distance = Distance(normalized, other, threshold, rows);
                if (distance <= threshold)
                {
                    candidates.Add((distance, declared.Keys[index]));
                }
            }

            candidates.Sort((left, right) => left.Distance != right.Distance
                ? left.Distance.CompareTo(right.Distance)
                : string.CompareOrdinal(left.Key, right.Key));

            var builder = ImmutableArray.CreateBuilder<string>(Math.Min(MaximumSuggestions, candidates.Count));
            for (var i = 0; i < candidates.Count && i < MaximumSuggestions; i++)
            {
                builder.Add(candidates[i].Key);
            }

            return builder.MoveToImmutable();
        }

        /// <summary>How many edits still read as a typo rather than another flag: one for short keys, up to three for long ones.</summary>
        internal static int Threshold(int length) => length <= 4 ? 1 : length <= 12 ? 2 : 3;

        /// <summary>
        /// A lower bound of the distance, in time linear in the keys' lengths: the characters one key has more of than
        /// the other (each edit adds or removes at most one such character; a transposition none), counted, where
        /// <see cref="SuggestableKeys.Candidates"/> only asks whether a character is there. The few keys it lets
        /// through go on to the quadratic distance. <paramref name="counts"/> is all zeros before and after.
        /// </summary>
        private static int CharacterDifference(string source, string target, int[] counts)
        {
            foreach (var character in source)
            {
                counts[character % CharacterBuckets]++;
            }

            // Characters are counted in buckets: two sharing one can only make the bound lower, never wrong.
            var onlyInTarget = 0;
            foreach (var character in target)
            {
                if (counts[character % CharacterBuckets] > 0)
                {
                    counts[character % CharacterBuckets]--;
                }
                else
                {
                    onlyInTarget++;
                }
            }

            foreach (var character in source)
            {
                counts[character % CharacterBuckets] = 0;
            }

            var onlyInSource = source.Length - (target.Length - onlyInTarget);
            return Math.Max(onlyInSource, onlyInTarget);
        }

        /// <summary>Optimal string alignment distance; stops early and returns more than <paramref name="limit"/> once it must exceed it.</summary>
        private static int Distance(string source, string target, int limit, DistanceRows rows)
        {
            var previousPrevious = rows.PreviousPrevious;
            var previous = rows.Previous;
            var current = rows.Current;
            for (var j = 0; j <= target.Length; j++)
            {
                previous[j] = j;
            }

            for (var i = 1; i <= source.Length; i++)
            {
                current[0] = i;
                var rowMinimum = current[0];
                for (var j = 1; j <= target.Length; j++)
                {
                    var cost = source[i - 1] == target[j - 1] ? 0 : 1;
                    var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                    if (i > 1 && j > 1 && source[i - 1] == target[j - 2] && source[i - 2] == target[j - 1])
                    {
                        value = Math.Min(value, previousPrevious[j - 2] + 1);
                    }

                    current[j] = value;
                    rowMinimum = Math.Min(rowMinimum, value);
                }

                if (rowMinimum > limit)
                {
                    return limit + 1;
                }

                (previousPrevious, previous, current) = (previous, current, previousPrevious);
            }

            return previous[target.Length];
        }

        /// <summary>Lower case, with <c>_</c>, <c>.</c> and spaces read as <c>-</c>.</summary>
        public static string Normalize(string key)
        {
            var characters = key.ToCharArray();
            for (var i = 0; i < characters.Length; i++)
            {
                var character = char.ToLowerInvariant(characters[i]);
                characters[i] = character is '_' or '.' or ' ' ? '-' : character;
            }

            return new string(characters);
        }

        /// <summary>The three rows the distance needs, allocated once per lookup rather than once per declared key.</summary>
        private sealed class DistanceRows
        {
            public DistanceRows(int length)
            {
                PreviousPrevious = new int[length];
                Previous = new int[length];
                Current = new int[length];
            }

            public int[] PreviousPrevious { get; }

            public int[] Previous { get; }

            public int[] Current { get; }
        }
    }
}

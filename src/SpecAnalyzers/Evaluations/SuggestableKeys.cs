using System.Collections.Generic;
using System.Collections.Immutable;

namespace SpecAnalyzers.Evaluations
{
    /// <summary>
    /// The declared keys as <see cref="KeySuggestions"/> compares them, prepared once per compilation's
    /// <see cref="Specs.SpecIndex"/> rather than once per undeclared key: each key normalised
    /// (<see cref="KeySuggestions.Normalize"/>) with its length and the set of characters it holds (<see cref="Signature"/>),
    /// in plain arrays, so the first cut (<see cref="Candidates"/>) is a few instructions per key even in code the JIT
    /// has not optimized yet: a build's compiler process runs it once, hundreds of undeclared flags against hundreds of keys.
    /// </summary>
    internal sealed class SuggestableKeys
    {
        private readonly string[] _normalized;
        private readonly int[] _lengths;
        private readonly ulong[] _signatures;

        private SuggestableKeys(ImmutableArray<string> keys)
        {
            Keys = keys;
            _normalized = new string[keys.Length];
            _lengths = new int[keys.Length];
            _signatures = new ulong[keys.Length];
            for (var i = 0; i < keys.Length; i++)
            {
                _normalized[i] = KeySuggestions.Normalize(keys[i]);
                _lengths[i] = _normalized[i].Length;
                _signatures[i] = Signature(_normalized[i]);
            }
        }

        /// <summary>The keys as declared, which a suggestion names.</summary>
        public ImmutableArray<string> Keys { get; }

        public static SuggestableKeys Create(ImmutableArray<string> keys) => new(keys);

        /// <summary>
        /// Which characters <paramref name="normalizedKey"/> holds, one bit each for the letters, digits and <c>-</c>
        /// that keys are made of, the rest sharing bits: two characters sharing a bit can only make keys look closer
        /// than they are, never further.
        /// </summary>
        public static ulong Signature(string normalizedKey)
        {
            var signature = 0UL;
            foreach (var character in normalizedKey)
            {
                signature |= 1UL << Bit(character);
            }

            return signature;
        }

        /// <summary>The normalised key at <paramref name="index"/>.</summary>
        public string Normalized(int index) => _normalized[index];

        /// <summary>
        /// The indexes of the keys that may lie within <paramref name="limit"/> edits of <paramref name="normalizedKey"/>,
        /// by two lower bounds of the distance: the difference in length, and the characters (of the signatures) one
        /// key holds and the other lacks. Each edit removes at most one character from a key and brings at most one in,
        /// so it settles at most one such character on each side.
        /// </summary>
        public List<int> Candidates(string normalizedKey, int limit)
        {
            var signature = Signature(normalizedKey);
            var length = normalizedKey.Length;
            var candidates = new List<int>();
            for (var i = 0; i < _signatures.Length; i++)
            {
                var difference = _lengths[i] - length;
                if (difference <= limit && difference >= -limit
                    && BitCount(signature & ~_signatures[i]) <= limit
                    && BitCount(_signatures[i] & ~signature) <= limit)
                {
                    candidates.Add(i);
                }
            }

            return candidates;
        }

        private static int Bit(char character) => character switch
        {
            >= 'a' and <= 'z' => character - 'a',
            >= '0' and <= '9' => 26 + character - '0',
            '-' => 36,
            _ => 37 + character % 27,
        };

        private static int BitCount(ulong bits)
        {
            bits -= (bits >> 1) & 0x5555555555555555UL;
            bits = (bits & 0x3333333333333333UL) + ((bits >> 2) & 0x3333333333333333UL);
            bits = (bits + (bits >> 4)) & 0x0F0F0F0F0F0F0F0FUL;
            return (int)((bits * 0x0101010101010101UL) >> 56);
        }
    }
}

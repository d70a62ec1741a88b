using System.Text.RegularExpressions;
using SpecAnalyzers.Configuration.Json;

namespace SpecAnalyzers.Tests.Configuration;

/// <summary>
/// The reader never throws and always ends, on real configuration files cut at every token boundary, with random
/// characters and tokens deleted, and with random bytes: every input is either read or refused with a position
/// inside the text.
/// </summary>
public sealed class JsonFuzzTests
{
    [Theory]
    [MemberData(nameof(ConfigurationSamples.Names), MemberType = typeof(ConfigurationSamples))]
    public void CutAtEveryTokenBoundary_NeverThrows(string sample)
    {
        var text = ConfigurationSamples.Get(sample);
        var cuts = 0;
        foreach (Match token in JsonTokens.Pattern().Matches(text))
        {
            AssertReadOrRefused(text.Substring(0, token.Index));
            AssertReadOrRefused(text.Substring(0, token.Index + token.Length));
            AssertReadOrRefused(text.Remove(token.Index, token.Length));
            cuts++;
        }

        Assert.True(cuts > 100, $"only {cuts} tokens: the corpus is not exercising the reader");
    }

    [Theory]
    [MemberData(nameof(ConfigurationSamples.Names), MemberType = typeof(ConfigurationSamples))]
    public void CutAtEveryCharacter_NeverThrows(string sample)
    {
        var text = ConfigurationSamples.Get(sample);
        for (var length = 0; length <= text.Length; length++)
        {
            AssertReadOrRefused(text.Substring(0, length));
        }
    }

    [Theory]
    [MemberData(nameof(ConfigurationSamples.Names), MemberType = typeof(ConfigurationSamples))]
    public void RandomDeletionsAndInsertions_NeverThrow(string sample)
    {
        var text = ConfigurationSamples.Get(sample);
        var random = new Random(17);
        const string noise = "{}[]:,\"\\/*-+.0123456789eEtruefalsnl \n\t\u0001\u00e9";
        for (var round = 0; round < 2_000; round++)
        {
            var mutated = text;
            for (var edit = random.Next(1, 4); edit > 0 && mutated.Length > 0; edit--)
            {
                var at = random.Next(mutated.Length);
                mutated = random.Next(2) == 0
                    ? mutated.Remove(at, Math.Min(random.Next(1, 8), mutated.Length - at))
                    : mutated.Insert(at, noise[random.Next(noise.Length)].ToString());
            }

            AssertReadOrRefused(mutated);
        }
    }

    [Fact]
    public void RandomText_NeverThrows()
    {
        var random = new Random(23);
        const string alphabet = "{}[]:,\"\\/* -+.0123456789eEtruefalsnlu\n";
        for (var round = 0; round < 2_000; round++)
        {
            var characters = new char[random.Next(0, 200)];
            for (var i = 0; i < characters.Length; i++)
            {
                characters[i] = alphabet[random.Next(alphabet.Length)];
            }

            AssertReadOrRefused(new string(characters));
        }
    }

    private static void AssertReadOrRefused(string text)
    {
        var document = JsonParser.Parse(text);
        if (document.Error is { } error)
        {
            Assert.Null(document.Root);
            Assert.InRange(error.Span.Start, 0, text.Length);
            Assert.InRange(error.Span.End, error.Span.Start, text.Length);
            Assert.False(string.IsNullOrEmpty(error.Message));
        }
        else
        {
            Assert.NotNull(document.Root);
        }
    }
}

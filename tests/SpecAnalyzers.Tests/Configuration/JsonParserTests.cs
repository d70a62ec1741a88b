using SpecAnalyzers.Configuration.Json;

namespace SpecAnalyzers.Tests.Configuration;

/// <summary>The JSON reader accepts what .NET configuration accepts, keeps spans, and says where it stops.</summary>
public sealed class JsonParserTests
{
    [Fact]
    public void Object_KeepsNamesValuesAndSpans()
    {
        const string text = """{ "Beta": true, "Name": "a\"b\u0041", "Count": -1.5e3, "Off": null }""";

        var root = Assert.IsType<JsonObject>(JsonParser.Parse(text).Root);

        Assert.Equal(["Beta", "Name", "Count", "Off"], root.Properties.Select(property => property.Name));
        Assert.Equal("\"Beta\"", text.Substring(root.Properties[0].NameSpan.Start, root.Properties[0].NameSpan.Length));
        var values = root.Properties.Select(property => Assert.IsType<JsonScalar>(property.Value)).ToList();
        Assert.Equal(["True", "a\"bA", "-1.5e3", null], values.Select(value => value.Value));
        Assert.Equal("-1.5e3", text.Substring(values[2].Span.Start, values[2].Span.Length));
        Assert.Equal(JsonScalarKind.Null, values[3].Kind);
    }

    [Fact]
    public void CommentsAndTrailingCommas_AreAccepted()
    {
        var document = JsonParser.Parse("""
            // leading
            { /* inside */ "a": [1, 2, ], // after
              "b": { "c": true, }, }
            /* trailing */
            """);

        Assert.Null(document.Error);
        var root = Assert.IsType<JsonObject>(document.Root);
        Assert.Equal(2, Assert.IsType<JsonArray>(root.Properties[0].Value).Items.Length);
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("{ \"a\": }", "a value expected")]
    [InlineData("{ \"a\" 1 }", "':' expected")]
    [InlineData("{ a: 1 }", "a property name in double quotes expected")]
    [InlineData("{ \"a\": 1 \"b\": 2 }", "',' or '}' expected")]
    [InlineData("{ \"a\": [1 2] }", "',' or ']' expected")]
    [InlineData("{ \"a\": \"open }", "the string is not closed")]
    [InlineData("{ \"a\": 01 }", "'01' is not a number")]
    [InlineData("{ \"a\": 1. }", "a digit expected after the decimal point")]
    [InlineData("{ \"a\": tru }", "a value expected")]
    [InlineData("{ \"a\": \"\\x\" }", "not a JSON escape sequence")]
    [InlineData("{ \"a\": 1 } }", "unexpected text after the end")]
    [InlineData("{ /* open ", "the comment is not closed")]
    [InlineData("{ \"a\": 1", "the object is not closed")]
    [InlineData("{ \"a\": [", "the array is not closed")]
    [InlineData("{ ,}", "a property name in double quotes expected")]
    public void Unreadable_SaysWhyAndWhere(string text, string reason)
    {
        var document = JsonParser.Parse(text);

        Assert.Null(document.Root);
        Assert.Contains(reason, document.Error!.Message);
        Assert.InRange(document.Error.Span.End, 0, text.Length);
    }

    [Fact]
    public void Error_SitsOnTheTokenWhereReadingStopped()
    {
        const string text = "{\n  \"a\": 1,\n  \"b\": nope\n}";

        var error = JsonParser.Parse(text).Error!;

        Assert.Equal("nope", text.Substring(error.Span.Start, error.Span.Length));
    }

    [Fact]
    public void Nesting_IsBoundedAsSystemTextJsonBoundsIt()
    {
        var atLimit = new string('[', JsonParser.MaxDepth - 1) + new string(']', JsonParser.MaxDepth - 1);
        var tooDeep = new string('[', 100_000);

        Assert.Null(JsonParser.Parse("{\"a\":" + atLimit + "}").Error);
        Assert.Contains("nested more than 64 levels", JsonParser.Parse("{\"a\":" + tooDeep + "}").Error!.Message);
    }

    [Fact]
    public void LargeInput_IsReadPromptly()
    {
        var flags = string.Join(",\n", Enumerable.Range(0, 20_000).Select(i => $"\"Flag{i}\": {{ \"EnabledFor\": [ {{ \"Name\": \"Percentage\", \"Parameters\": {{ \"Value\": {i % 100} }} }} ] }}"));
        var text = "{ \"FeatureManagement\": {\n" + flags + "\n} }";
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var document = JsonParser.Parse(text);

        Assert.Null(document.Error);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }
}

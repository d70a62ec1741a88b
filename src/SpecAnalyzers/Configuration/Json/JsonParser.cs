using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace SpecAnalyzers.Configuration.Json
{
    /// <summary>
    /// Reads JSON as .NET's configuration reader accepts it (System.Text.Json with comments skipped and trailing commas
    /// allowed, at most <see cref="MaxDepth"/> levels deep), keeping the span of every value and name. Never throws
    /// and never recurses past <see cref="MaxDepth"/>: on the first thing it cannot read it stops and says where. One
    /// pass, no backtracking: linear in the text.
    /// </summary>
    internal sealed class JsonParser
    {
        /// <summary>System.Text.Json's default, which .NET configuration keeps.</summary>
        public const int MaxDepth = 64;

        private readonly string _text;
        private int _position;
        private JsonError? _error;

        private JsonParser(string text)
        {
            _text = text;
        }

        public static JsonDocument Parse(string text)
        {
            var parser = new JsonParser(text);
            var root = parser.ReadDocument();
            return root is not null && parser._error is null ? JsonDocument.Read(root) : JsonDocument.Unreadable(parser._error!);
        }

        private JsonNode? ReadDocument()
        {
            if (!SkipTrivia())
            {
                return null;
            }

            if (_position == _text.Length)
            {
                return Fail("the file is empty: a configuration file holds one JSON object", _position, 0);
            }

            var root = ReadValue(depth: 1);
            if (root is null || !SkipTrivia())
            {
                return null;
            }

            return _position < _text.Length ? Fail("unexpected text after the end of the JSON value", _position, 1) : root;
        }

        private JsonNode? ReadValue(int depth)
        {
            if (_position == _text.Length)
            {
                return Fail("the text ends where a value was expected", _position, 0);
            }

            switch (_text[_position])
            {
                case '{':
                    return depth > MaxDepth ? TooDeep() : ReadObject(depth);
                case '[':
                    return depth > MaxDepth ? TooDeep() : ReadArray(depth);
                case '"':
                    var start = _position;
                    var value = ReadString();
                    return value is null ? null : new JsonScalar(TextSpan.FromBounds(start, _position), JsonScalarKind.String, value);
                case 't':
                    return ReadLiteral("true", JsonScalarKind.True, "True");
                case 'f':
                    return ReadLiteral("false", JsonScalarKind.False, "False");
                case 'n':
                    return ReadLiteral("null", JsonScalarKind.Null, null);
                default:
                    return ReadNumber();
            }
        }

        private JsonNode? ReadObject(int depth)
        {
            var start = _position++;
            var properties = ImmutableArray.CreateBuilder<JsonProperty>();
            while (true)
            {
                if (!SkipTrivia())
                {
                    return null;
                }

                if (_position == _text.Length)
                {
                    return Fail("the object is not closed: '}' expected", start, 1);
                }

                if (_text[_position] == '}')
                {
                    _position++;
                    return new JsonObject(TextSpan.FromBounds(start, _position), properties.ToImmutable());
                }

                if (_text[_position] != '"')
                {
                    return Fail("a property name in double quotes expected", _position, 1);
                }

                var nameStart = _position;
                var name = ReadString();
                var nameSpan = TextSpan.FromBounds(nameStart, _position);
                if (name is null || !SkipTrivia())
                {
                    return null;
                }

                if (_position == _text.Length || _text[_position] != ':')
                {
                    return Fail("':' expected after the property name", _position, _position < _text.Length ? 1 : 0);
                }

                _position++;
                if (!SkipTrivia())
                {
                    return null;
                }

                var value = ReadValue(depth + 1);
                if (value is null)
                {
                    return null;
                }

                properties.Add(new JsonProperty(name, nameSpan, value));
                if (!ReadSeparator('}', start, "object"))
                {
                    return null;
                }
            }
        }

        private JsonNode? ReadArray(int depth)
        {
            var start = _position++;
            var items = ImmutableArray.CreateBuilder<JsonNode>();
            while (true)
            {
                if (!SkipTrivia())
                {
                    return null;
                }

                if (_position == _text.Length)
                {
                    return Fail("the array is not closed: ']' expected", start, 1);
                }

                if (_text[_position] == ']')
                {
                    _position++;
                    return new JsonArray(TextSpan.FromBounds(start, _position), items.ToImmutable());
                }

                var item = ReadValue(depth + 1);
                if (item is null)
                {
                    return null;
                }

                items.Add(item);
                if (!ReadSeparator(']', start, "array"))
                {
                    return null;
                }
            }
        }

        /// <summary>After a member: a comma (a trailing one is allowed), or the closing bracket left for the caller.</summary>
        private bool ReadSeparator(char close, int openedAt, string container)
        {
            if (!SkipTrivia())
            {
                return false;
            }

            if (_position == _text.Length)
            {
                Fail("the " + container + " is not closed: '" + close + "' expected", openedAt, 1);
                return false;
            }

            if (_text[_position] == ',')
            {
                _position++;
                return true;
            }

            if (_text[_position] == close)
            {
                return true;
            }

            Fail("',' or '" + close + "' expected", _position, 1);
            return false;
        }

        /// <summary>Reads a quoted string at <see cref="_position"/>, unescaped; null (with the error set) when it is not one.</summary>
        private string? ReadString()
        {
            var start = _position++;
            StringBuilder? builder = null;
            var runStart = _position;
            while (_position < _text.Length)
            {
                var character = _text[_position];
                if (character == '"')
                {
                    var run = _text.Substring(runStart, _position - runStart);
                    _position++;
                    return builder is null ? run : builder.Append(run).ToString();
                }

                if (character < ' ')
                {
                    Fail("a string may not hold a line break or control character: close it with '\"'", start, _position - start);
                    return null;
                }

                if (character != '\\')
                {
                    _position++;
                    continue;
                }

                builder ??= new StringBuilder();
                builder.Append(_text, runStart, _position - runStart);
                if (!ReadEscape(builder))
                {
                    return null;
                }

                runStart = _position;
            }

            Fail("the string is not closed: '\"' expected", start, _position - start);
            return null;
        }

        private bool ReadEscape(StringBuilder builder)
        {
            var start = _position++;
            if (_position == _text.Length)
            {
                Fail("the text ends inside an escape sequence", start, 1);
                return false;
            }

            var escaped = _text[_position++];
            switch (escaped)
            {
                case '"': builder.Append('"'); return true;
                case '\\': builder.Append('\\'); return true;
                case '/': builder.Append('/'); return true;
                case 'b': builder.Append('\b'); return true;
                case 'f': builder.Append('\f'); return true;
                case 'n': builder.Append('\n'); return true;
                case 'r': builder.Append('\r'); return true;
                case 't': builder.Append('\t'); return true;
                case 'u':
                    if (_position + 4 <= _text.Length
                        && int.TryParse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                    {
                        builder.Append((char)code);
                        _position += 4;
                        return true;
                    }

                    Fail("'\\u' must be followed by four hexadecimal digits", start, _position - start);
                    return false;
                default:
                    Fail("'\\" + escaped + "' is not a JSON escape sequence", start, 2);
                    return false;
            }
        }

        private JsonNode? ReadLiteral(string literal, JsonScalarKind kind, string? value)
        {
            var start = _position;
            if (string.CompareOrdinal(_text, start, literal, 0, literal.Length) == 0
                && (start + literal.Length == _text.Length || IsDelimiter(_text[start + literal.Length])))
            {
                _position += literal.Length;
                return new JsonScalar(new TextSpan(start, literal.Length), kind, value);
            }

            return Fail("a value expected: a string in double quotes, a number, an object, an array, true, false or null", start, WordLength(start));
        }

        private JsonNode? ReadNumber()
        {
            var start = _position;
            if (Peek() == '-')
            {
                _position++;
            }

            if (Peek() == '0')
            {
                _position++;
            }
            else if (!ReadDigits())
            {
                _position = start;
                return Fail("a value expected: a string in double quotes, a number, an object, an array, true, false or null", start, WordLength(start));
            }

            if (Peek() == '.')
            {
                _position++;
                if (!ReadDigits())
                {
                    return Fail("a digit expected after the decimal point", start, WordLength(start));
                }
            }

            if (Peek() is 'e' or 'E')
            {
                _position++;
                if (Peek() is '+' or '-')
                {
                    _position++;
                }

                if (!ReadDigits())
                {
                    return Fail("a digit expected in the exponent", start, WordLength(start));
                }
            }

            if (_position < _text.Length && !IsDelimiter(_text[_position]))
            {
                return Fail("'" + _text.Substring(start, WordLength(start)) + "' is not a number", start, WordLength(start));
            }

            return new JsonScalar(TextSpan.FromBounds(start, _position), JsonScalarKind.Number, _text.Substring(start, _position - start));
        }

        private bool ReadDigits()
        {
            var start = _position;
            while (_position < _text.Length && _text[_position] is >= '0' and <= '9')
            {
                _position++;
            }

            return _position > start;
        }

        /// <summary>Skips whitespace and comments; false (with the error set) on a comment that is not closed.</summary>
        private bool SkipTrivia()
        {
            while (_position < _text.Length)
            {
                var character = _text[_position];
                if (character is ' ' or '\t' or '\r' or '\n')
                {
                    _position++;
                }
                else if (character == '/' && Peek(1) == '/')
                {
                    while (_position < _text.Length && _text[_position] is not ('\n' or '\r'))
                    {
                        _position++;
                    }
                }
                else if (character == '/' && Peek(1) == '*')
                {
                    var end = _text.IndexOf("*/", _position + 2, System.StringComparison.Ordinal);
                    if (end < 0)
                    {
                        Fail("the comment is not closed: '*/' expected", _position, 2);
                        return false;
                    }

                    _position = end + 2;
                }
                else
                {
                    return true;
                }
            }

            return true;
        }

        private char Peek(int offset = 0) => _position + offset < _text.Length ? _text[_position + offset] : '\0';

        private static bool IsDelimiter(char character) =>
            character is ' ' or '\t' or '\r' or '\n' or ',' or '}' or ']' or ':' or '/';

        /// <summary>The length of the word at <paramref name="start"/>, so an error underlines what cannot be read; at least 1 inside the text.</summary>
        private int WordLength(int start)
        {
            var end = start;
            while (end < _text.Length && (end == start || !IsDelimiter(_text[end]) && _text[end] is not ('"' or '{' or '[')))
            {
                end++;
            }

            return end - start;
        }

        private JsonNode? TooDeep() =>
            Fail("nested more than " + MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels deep", _position, 1);

        private JsonNode? Fail(string message, int start, int length)
        {
            // The first error wins: it is where the reading stopped.
            _error ??= new JsonError(message, new TextSpan(start, System.Math.Max(0, System.Math.Min(length, _text.Length - start))));
            return null;
        }
    }
}

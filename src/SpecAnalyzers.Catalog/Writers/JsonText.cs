using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SpecAnalyzers.Catalog.Writers
{
    /// <summary>
    /// Writes indented JSON (two spaces, <c>\n</c> line ends, invariant numbers) into a string. Written by hand rather than
    /// with System.Text.Json, which the MSBuild task could not count on finding in every MSBuild it runs in.
    /// </summary>
    internal sealed class JsonText
    {
        private readonly StringBuilder _text = new();
        private readonly Stack<bool> _hasItems = new();
        private bool _afterName;

        public JsonText StartObject() => Open('{');

        public JsonText EndObject() => Close('}');

        public JsonText StartArray() => Open('[');

        public JsonText EndArray() => Close(']');

        public JsonText Name(string name)
        {
            BeforeValue();
            AppendString(name);
            _text.Append(": ");
            _afterName = true;
            return this;
        }

        public JsonText String(string? value)
        {
            BeforeValue();
            if (value is null)
            {
                _text.Append("null");
            }
            else
            {
                AppendString(value);
            }

            return this;
        }

        public JsonText Number(double? value)
        {
            BeforeValue();
            _text.Append(value is { } number && !double.IsNaN(number) && !double.IsInfinity(number)
                ? number.ToString("R", CultureInfo.InvariantCulture)
                : "null");
            return this;
        }

        public JsonText Boolean(bool value)
        {
            BeforeValue();
            _text.Append(value ? "true" : "false");
            return this;
        }

        public JsonText Property(string name, string? value) => Name(name).String(value);

        public JsonText Property(string name, double? value) => Name(name).Number(value);

        public JsonText Property(string name, bool value) => Name(name).Boolean(value);

        /// <summary>A property written only when it has a value: optional fields are absent rather than null.</summary>
        public JsonText OptionalProperty(string name, string? value) => value is null ? this : Property(name, value);

        public JsonText OptionalProperty(string name, double? value) => value is null ? this : Property(name, value);

        public override string ToString() => _text.ToString() + "\n";

        private JsonText Open(char bracket)
        {
            BeforeValue();
            _text.Append(bracket);
            _hasItems.Push(false);
            return this;
        }

        private JsonText Close(char bracket)
        {
            if (_hasItems.Pop())
            {
                NewLine();
            }

            _text.Append(bracket);
            return this;
        }

        private void BeforeValue()
        {
            if (_afterName)
            {
                _afterName = false;
                return;
            }

            if (_hasItems.Count == 0)
            {
                return;
            }

            if (_hasItems.Pop())
            {
                _text.Append(',');
            }

            _hasItems.Push(true);
            NewLine();
        }

        private void NewLine() => _text.Append('\n').Append(' ', _hasItems.Count * 2);

        /// <summary>
        /// <paramref name="value"/> as a JSON string literal; also a YAML double-quoted scalar, whose escapes include
        /// JSON's, so the YAML writer quotes with it too.
        /// </summary>
        public static string Quote(string value) => new JsonText().String(value).ToString().TrimEnd('\n');

        private void AppendString(string value)
        {
            _text.Append('"');
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"': _text.Append("\\\""); break;
                    case '\\': _text.Append("\\\\"); break;
                    case '\n': _text.Append("\\n"); break;
                    case '\r': _text.Append("\\r"); break;
                    case '\t': _text.Append("\\t"); break;
                    case '<': _text.Append("\\u003c"); break;
                    case '>': _text.Append("\\u003e"); break;
                    case '&': _text.Append("\\u0026"); break;
                    default:
                        if (c < ' ' || c == '\u2028' || c == '\u2029')
                        {
                            _text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            _text.Append(c);
                        }

                        break;
                }
            }

            _text.Append('"');
        }
    }
}

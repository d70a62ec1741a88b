using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;

namespace SpecAnalyzers.Catalog.Reading
{
    /// <summary>
    /// One <c>.editorconfig</c> or global analyzer config, read as Roslyn reads it: <c>key = value</c> (or <c>key: value</c>)
    /// lines, keys ignoring case, <c>#</c> / <c>;</c> comments, <c>[glob]</c> sections. A section without a <c>/</c> matches
    /// a file name in any folder below the file; one with a <c>/</c> a path relative to it. Globs: <c>*</c>, <c>**</c>,
    /// <c>?</c>, <c>[abc]</c>, <c>[!abc]</c>, <c>{a,b}</c>, <c>{1..9}</c>.
    /// </summary>
    internal sealed class AnalyzerConfigFile
    {
        private static readonly Regex Property = new(@"^\s*([\w\.\-_]+)\s*[=:]\s*(.*?)\s*([#;].*)?$", RegexOptions.CultureInvariant);

        private readonly List<(Regex Glob, List<KeyValuePair<string, string>> Options)> _sections = new();

        private readonly bool _hasGlobalFileName;

        private AnalyzerConfigFile(string directory, bool hasGlobalFileName)
        {
            Directory = directory.Replace('\\', '/').TrimEnd('/');
            _hasGlobalFileName = hasGlobalFileName;
        }

        /// <summary>The folder the file is in, with forward slashes.</summary>
        public string Directory { get; }

        /// <summary>The options before the first section.</summary>
        public List<KeyValuePair<string, string>> Preamble { get; } = new();

        public bool IsRoot => Is("root");

        /// <summary>As Roslyn decides: a file named <c>.globalconfig</c>, or one whose preamble has <c>is_global</c> (whatever its value).</summary>
        public bool IsGlobal => _hasGlobalFileName || Find("is_global") is not null;

        /// <summary><c>global_level</c>; else 100 for a file named <c>.globalconfig</c>, 0 for another global config.</summary>
        public int GlobalLevel { get; private set; }

        public static AnalyzerConfigFile Parse(string path, string text)
        {
            var hasGlobalFileName = string.Equals(Path.GetFileName(path), ".globalconfig", StringComparison.OrdinalIgnoreCase);
            var file = new AnalyzerConfigFile(Path.GetDirectoryName(Path.GetFullPath(path)) ?? string.Empty, hasGlobalFileName);
            var current = file.Preamble;
            foreach (var rawLine in text.Split('\n'))
            {
                var line = rawLine.Trim();
                if (line.Length == 0 || line[0] == '#' || line[0] == ';')
                {
                    continue;
                }

                if (line[0] == '[' && line[line.Length - 1] == ']')
                {
                    current = new List<KeyValuePair<string, string>>();
                    if (file.Matcher(line.Substring(1, line.Length - 2)) is { } glob)
                    {
                        file._sections.Add((glob, current));
                    }

                    continue;
                }

                var match = Property.Match(line);
                if (match.Success)
                {
                    current.Add(new KeyValuePair<string, string>(match.Groups[1].Value.ToLowerInvariant(), match.Groups[2].Value));
                }
            }

            file.GlobalLevel = file.Find("global_level") is { } level && int.TryParse(level, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
                ? number
                : hasGlobalFileName ? 100 : 0;
            return file;
        }

        /// <summary>Lays the options of every section matching <paramref name="path"/> (a full path, forward slashes) over <paramref name="options"/>, in file order.</summary>
        public void ApplyTo(string path, Dictionary<string, string> options)
        {
            if (!path.StartsWith(Directory + "/", StringComparison.Ordinal))
            {
                return;
            }

            var relative = path.Substring(Directory.Length);
            foreach (var (glob, sectionOptions) in _sections)
            {
                if (glob.IsMatch(relative))
                {
                    foreach (var option in sectionOptions)
                    {
                        options[option.Key] = option.Value;
                    }
                }
            }
        }

        private bool Is(string key) => string.Equals(Find(key), "true", StringComparison.OrdinalIgnoreCase);

        private string? Find(string key)
        {
            string? value = null;
            foreach (var option in Preamble)
            {
                if (option.Key == key)
                {
                    value = option.Value;
                }
            }

            return value;
        }

        /// <summary>A regular expression over the path below <see cref="Directory"/> (starting with <c>/</c>); null for a glob it cannot read.</summary>
        private Regex? Matcher(string section)
        {
            var pattern = new StringBuilder("^");
            if (section.IndexOf('/') < 0)
            {
                pattern.Append("(?:/.*)?/");
            }
            else if (section[0] != '/')
            {
                pattern.Append('/');
            }

            var braces = 0;
            for (var i = 0; i < section.Length; i++)
            {
                var c = section[i];
                switch (c)
                {
                    case '*' when i + 1 < section.Length && section[i + 1] == '*':
                        pattern.Append(".*");
                        i++;
                        break;
                    case '*':
                        pattern.Append("[^/]*");
                        break;
                    case '?':
                        pattern.Append("[^/]");
                        break;
                    case '[':
                        var close = section.IndexOf(']', i + 1);
                        if (close < 0)
                        {
                            return null;
                        }

                        var set = section.Substring(i + 1, close - i - 1);
                        pattern.Append('[').Append(set.StartsWith("!", StringComparison.Ordinal) ? "^" + set.Substring(1) : set).Append(']');
                        i = close;
                        break;
                    case '{' when NumberRange(section, i) is { } range:
                        pattern.Append(range.Pattern);
                        i = range.End;
                        break;
                    case '{':
                        braces++;
                        pattern.Append("(?:");
                        break;
                    case '}' when braces > 0:
                        braces--;
                        pattern.Append(')');
                        break;
                    case ',' when braces > 0:
                        pattern.Append('|');
                        break;
                    case '\\' when i + 1 < section.Length:
                        pattern.Append(Regex.Escape(section[++i].ToString()));
                        break;
                    default:
                        pattern.Append(Regex.Escape(c.ToString()));
                        break;
                }
            }

            if (braces != 0)
            {
                return null;
            }

            try
            {
                return new Regex(pattern.Append('$').ToString(), RegexOptions.CultureInvariant);
            }
            catch (ArgumentException)
            {
                return null;
            }
        }

        /// <summary><c>{1..12}</c>: any whole number in the range, as an alternation; null when the braces hold something else.</summary>
        private static (string Pattern, int End)? NumberRange(string section, int open)
        {
            var close = section.IndexOf('}', open);
            var match = close < 0 ? Match.Empty : Regex.Match(section.Substring(open + 1, close - open - 1), @"^(-?\d{1,6})\.\.(-?\d{1,6})$");
            if (!match.Success)
            {
                return null;
            }

            var first = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            var second = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
            var numbers = new List<string>();
            for (var number = Math.Min(first, second); number <= Math.Max(first, second); number++)
            {
                numbers.Add(number.ToString(CultureInfo.InvariantCulture));
            }

            return ("(?:" + string.Join("|", numbers) + ")", close);
        }
    }
}

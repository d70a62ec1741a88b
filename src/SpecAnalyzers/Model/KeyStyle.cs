using System;
using System.Text.RegularExpressions;

namespace SpecAnalyzers.Model
{
    /// <summary>
    /// How a team spells its flag keys, <c>spec_analyzers.key_style</c>: <c>kebab-case</c> (the default),
    /// <c>PascalCase</c> (Microsoft.FeatureManagement's documentation and most .NET apps), <c>camelCase</c>,
    /// <c>snake_case</c>, or <c>any</c> (not blank; only the length is checked). SPEC104 follows it.
    /// </summary>
    internal sealed class KeyStyle
    {
        public const string OptionName = "key_style";

        public static readonly KeyStyle KebabCase = new("kebab-case", "lowercase kebab-case", NameFormats.KeyExample, @"^[a-z][a-z0-9]*(-[a-z0-9]+)*\z");

        public static readonly KeyStyle PascalCase = new("PascalCase", "PascalCase", "LyricsCardShare", @"^[A-Z][a-zA-Z0-9]*\z");

        public static readonly KeyStyle CamelCase = new("camelCase", "camelCase", "lyricsCardShare", @"^[a-z][a-zA-Z0-9]*\z");

        public static readonly KeyStyle SnakeCase = new("snake_case", "lowercase snake_case", "lyrics_card_share", @"^[a-z][a-z0-9]*(_[a-z0-9]+)*\z");

        public static readonly KeyStyle Any = new("any", "any spelling that is not blank and has no surrounding spaces", NameFormats.KeyExample, @"^\S(.*\S)?\z");

        private static readonly KeyStyle[] All = { KebabCase, PascalCase, CamelCase, SnakeCase, Any };

        private readonly Regex _pattern;

        private KeyStyle(string name, string description, string example, string pattern)
        {
            Name = name;
            Description = description;
            Example = example;
            _pattern = new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Singleline);
        }

        /// <summary>The option's value: <c>kebab-case</c>, <c>PascalCase</c>, ….</summary>
        public string Name { get; }

        /// <summary>As advice reads it: <c>lowercase kebab-case</c>.</summary>
        public string Description { get; }

        /// <summary>The example key in this style: <c>LyricsCardShare</c>.</summary>
        public string Example { get; }

        /// <summary>The style <paramref name="value"/> names, ignoring case; kebab-case when unset or unknown.</summary>
        public static KeyStyle Parse(string? value)
        {
            foreach (var style in All)
            {
                if (string.Equals(style.Name, value, StringComparison.OrdinalIgnoreCase))
                {
                    return style;
                }
            }

            return KebabCase;
        }

        public bool Matches(string key) => _pattern.IsMatch(key);
    }
}

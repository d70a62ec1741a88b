using System;
using System.Collections.Generic;

namespace SpecAnalyzers.Evaluations
{
    /// <summary>
    /// One entry of <c>spec_analyzers.evaluation_methods</c>: an in-house method that evaluates a flag, written as
    /// <c>TypeMetadataName.MethodName(key)</c> where <c>key</c> is the key parameter's 0-based position (counting
    /// the <c>this</c> parameter of an extension method) or its name, and may be left out together with the
    /// parentheses to mean the first <c>string</c> parameter. Entries are separated by commas (.editorconfig reads
    /// <c>;</c> and <c>#</c> as the start of a comment):
    /// <c>MyCompany.Flags.IFlags.IsOn(0), MyCompany.Flags.FlagExtensions.IsOnAsync(flag)</c>.
    /// </summary>
    internal sealed class ConfiguredEvaluationMethod
    {
        public const string OptionName = "evaluation_methods";

        private ConfiguredEvaluationMethod(string typeMetadataName, string methodName, int? keyOrdinal, string? keyName)
        {
            TypeMetadataName = typeMetadataName;
            MethodName = methodName;
            KeyOrdinal = keyOrdinal;
            KeyName = keyName;
        }

        public string TypeMetadataName { get; }

        public string MethodName { get; }

        /// <summary>The key parameter's position, when the entry gives one.</summary>
        public int? KeyOrdinal { get; }

        /// <summary>The key parameter's name, when the entry gives one.</summary>
        public string? KeyName { get; }

        /// <summary>Parses an option value; malformed entries are skipped (there is nowhere to report them).</summary>
        public static IEnumerable<ConfiguredEvaluationMethod> ParseAll(string value)
        {
            foreach (var entry in value.Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var method = Parse(entry.Trim());
                if (method is not null)
                {
                    yield return method;
                }
            }
        }

        private static ConfiguredEvaluationMethod? Parse(string entry)
        {
            var qualifiedName = entry;
            string? key = null;
            var open = entry.IndexOf('(');
            if (open >= 0)
            {
                var close = entry.IndexOf(')', open + 1);
                if (close < 0 || close != entry.Length - 1)
                {
                    return null;
                }

                qualifiedName = entry.Substring(0, open).Trim();
                key = entry.Substring(open + 1, close - open - 1).Trim();
            }

            var dot = qualifiedName.LastIndexOf('.');
            if (dot <= 0 || dot == qualifiedName.Length - 1)
            {
                return null;
            }

            var typeName = qualifiedName.Substring(0, dot);
            var methodName = qualifiedName.Substring(dot + 1);
            if (string.IsNullOrEmpty(key))
            {
                return new ConfiguredEvaluationMethod(typeName, methodName, keyOrdinal: null, keyName: null);
            }

            return int.TryParse(key, out var ordinal)
                ? ordinal >= 0 ? new ConfiguredEvaluationMethod(typeName, methodName, ordinal, keyName: null) : null
                : new ConfiguredEvaluationMethod(typeName, methodName, keyOrdinal: null, key);
        }
    }
}

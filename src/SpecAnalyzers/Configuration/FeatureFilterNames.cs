using System;

namespace SpecAnalyzers.Configuration
{
    /// <summary>
    /// How Microsoft.FeatureManagement matches a filter name written in configuration with a filter (its
    /// <c>FeatureManager.IsMatchingName</c>): against the filter's <c>[FilterAlias]</c>, else its class name without
    /// a <c>Filter</c> suffix; a name with a dot must equal the alias, a name without one its last segment; case is
    /// ignored. So <c>Percentage</c> and <c>Microsoft.Percentage</c> find the percentage filter, and
    /// <c>PercentageFilter</c> finds nothing (the built-in filters have aliases).
    /// </summary>
    internal static class FeatureFilterNames
    {
        public const string Targeting = "Microsoft.Targeting";
        public const string Percentage = "Microsoft.Percentage";
        public const string TimeWindow = "Microsoft.TimeWindow";

        /// <summary>The library's built-in filters, registered by <c>AddFeatureManagement()</c>.</summary>
        public static readonly string[] BuiltIn = { Targeting, Percentage, TimeWindow };

        /// <summary>Names the library treats as "always on" without any filter class.</summary>
        public static readonly string[] AlwaysOn = { "AlwaysOn", "On" };

        public static bool Matches(string alias, string configuredName)
        {
            if (configuredName.IndexOf('.') >= 0)
            {
                return string.Equals(alias, configuredName, StringComparison.OrdinalIgnoreCase);
            }

            var dot = alias.LastIndexOf('.');
            var simpleName = dot >= 0 ? alias.Substring(dot + 1) : alias;
            return string.Equals(simpleName, configuredName, StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>The name a filter class without <c>[FilterAlias]</c> goes by: its name without the <c>Filter</c> suffix.</summary>
        public static string FromClassName(string className) =>
            className.EndsWith("Filter", StringComparison.OrdinalIgnoreCase) ? className.Substring(0, className.Length - "Filter".Length) : className;

        public static bool IsBuiltIn(string configuredName)
        {
            foreach (var name in AlwaysOn)
            {
                if (string.Equals(name, configuredName, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            foreach (var alias in BuiltIn)
            {
                if (Matches(alias, configuredName))
                {
                    return true;
                }
            }

            return false;
        }
    }
}

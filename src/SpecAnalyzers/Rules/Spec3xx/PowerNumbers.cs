using System.Globalization;

namespace SpecAnalyzers.Rules
{
    /// <summary>How the power rules write numbers: whole, with thousands separators, the same in every culture.</summary>
    internal static class PowerNumbers
    {
        public static string Whole(double value) => value.ToString("N0", CultureInfo.InvariantCulture);
    }
}

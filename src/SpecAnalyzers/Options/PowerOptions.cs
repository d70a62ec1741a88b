using System.Globalization;

namespace SpecAnalyzers.Options
{
    /// <summary>
    /// The project-wide power inputs: <c>spec_analyzers.alpha</c> (0.05), <c>spec_analyzers.power</c> (0.8), both strictly
    /// between 0 and 1, and <c>spec_analyzers.eligible_users_per_day</c> (positive; unset by default). A value that is not
    /// a number in range counts as unset, as with the other options.
    /// </summary>
    /// <param name="EligibleUsersPerDay">Null when unset: experiments that do not write their own are not sized.</param>
    internal sealed record PowerOptions(double Alpha, double Power, double? EligibleUsersPerDay)
    {
        public const string AlphaOption = "alpha";
        public const string PowerOption = "power";
        public const string EligibleUsersPerDayOption = "eligible_users_per_day";

        public static readonly PowerOptions Default = new(0.05, 0.8, null);

        public static PowerOptions Parse(string? alpha, string? power, string? eligibleUsersPerDay) => new(
            Probability(alpha) ?? Default.Alpha,
            Probability(power) ?? Default.Power,
            Number(eligibleUsersPerDay) is > 0 and < double.PositiveInfinity and var users ? users : null);

        private static double? Probability(string? text) => Number(text) is > 0 and < 1 and var value ? value : null;

        /// <summary>Digit groups are allowed (<c>400_000</c>, as in C#), so the option reads like the attribute.</summary>
        private static double? Number(string? text) =>
            text is not null && double.TryParse(text.Replace("_", string.Empty), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                ? value
                : null;
    }
}

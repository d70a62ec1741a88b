using System;

namespace SpecAnalyzers.Model
{
    /// <summary>
    /// Reads the dates specs hold (<c>RemoveBy</c>, <c>ReviewBy</c>) and the reference-date option: exactly
    /// <c>yyyy-MM-dd</c>, a day that exists in the calendar, nothing around it. Written out rather than
    /// <c>DateTime.TryParseExact</c>, which would also take one-digit months and days.
    /// </summary>
    internal static class IsoDate
    {
        public const string Format = "yyyy-MM-dd";

        public static bool TryParse(string? text, out DateTime date)
        {
            date = default;
            if (text is null || text.Length != Format.Length || text[4] != '-' || text[7] != '-'
                || !TryReadDigits(text, 0, 4, out var year)
                || !TryReadDigits(text, 5, 2, out var month)
                || !TryReadDigits(text, 8, 2, out var day))
            {
                return false;
            }

            if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                return false;
            }

            date = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Utc);
            return true;
        }

        public static string ToText(DateTime date) =>
            date.ToString(Format, System.Globalization.CultureInfo.InvariantCulture);

        private static bool TryReadDigits(string text, int start, int count, out int value)
        {
            value = 0;
            for (var i = start; i < start + count; i++)
            {
                var c = text[i];
                if (c < '0' || c > '9')
                {
                    return false;
                }

                value = (value * 10) + (c - '0');
            }

            return true;
        }
    }
}

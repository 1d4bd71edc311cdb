using System.Globalization;
using System.Text.RegularExpressions;

namespace LegCheck.Diary.Backup;

/// <summary>
/// What each column of a backup may hold, beyond its SQL type: a backup is a file anyone can edit, and a value the
/// reports cannot handle (an infinite distance, the year 9999, a UTC offset of 100,000 minutes) must be refused
/// on restore rather than crash export, training and triggers later.
/// </summary>
internal static partial class BackupRules
{
    public const int FirstYear = 1900;
    public const int LastYear = 2100;

    /// <summary>Longest text field; the longest real one (a note) is a few hundred characters.</summary>
    public const int MaxTextLength = 10_000;

    private static readonly HashSet<string> YesNo = new(StringComparer.Ordinal) { "offset_from_file", "is_default", "electrolytes", "hot", "heat" };

    private static readonly HashSet<string> Ids = new(StringComparer.Ordinal) { "id", "shoe_id", "run_id" };

    private static readonly Dictionary<string, (long Min, long Max, string What)> Whole = new(StringComparer.Ordinal)
    {
        ["utc_offset_min"] = (-14 * 60, 14 * 60, "a UTC offset in minutes within ±14 hours"),
        ["severity"] = (0, 10, "a severity from 0 to 10"),
    };

    private static readonly Dictionary<string, (double Min, double Max, string What)> Real = new(StringComparer.Ordinal)
    {
        ["distance_m"] = (0, 1_000_000, "metres from 0 to 1,000,000"),
        ["moving_s"] = (0, 1_000_000, "seconds from 0 to 1,000,000"),
        ["elapsed_s"] = (0, 1_000_000, "seconds from 0 to 1,000,000"),
        ["elevation_gain_m"] = (0, 100_000, "metres from 0 to 100,000"),
        ["avg_hr"] = (0, 300, "beats per minute from 0 to 300"),
        ["max_hr"] = (0, 300, "beats per minute from 0 to 300"),
        ["avg_cadence_spm"] = (0, 400, "steps per minute from 0 to 400"),
        ["avg_temp_c"] = (-80, 80, "°C from -80 to 80"),
        ["minutes_into_run"] = (0, 24 * 60, "minutes from 0 to 1440"),
        ["duration_min"] = (0, 24 * 60, "minutes from 0 to 1440"),
    };

    /// <summary>The problem with a whole number for <paramref name="column"/>, or null when it is fine.</summary>
    public static string? CheckWhole(string column, long value)
    {
        if (YesNo.Contains(column))
        {
            return value is 0 or 1 ? null : $"expected 0 (no) or 1 (yes), got {value}";
        }

        if (Ids.Contains(column))
        {
            return value >= 1 ? null : $"expected an id of 1 or more, got {value}";
        }

        return Whole.TryGetValue(column, out var range) && (value < range.Min || value > range.Max)
            ? $"expected {range.What}, got {value}"
            : null;
    }

    /// <summary>The problem with a number for <paramref name="column"/>, or null when it is fine.</summary>
    public static string? CheckReal(string column, double value)
    {
        if (!double.IsFinite(value))
        {
            return "expected a finite number";
        }

        return Real.TryGetValue(column, out var range) && (value < range.Min || value > range.Max)
            ? string.Create(CultureInfo.InvariantCulture, $"expected {range.What}, got {value}")
            : null;
    }

    /// <summary>The problem with a text value for <paramref name="column"/>, or null when it is fine.</summary>
    public static string? CheckText(string column, string text)
    {
        if (text.Length > MaxTextLength)
        {
            return $"expected at most {MaxTextLength} characters, got {text.Length}";
        }

        if (BackupFormat.TimeColumns.Contains(column))
        {
            return !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var time)
                ? $"expected an ISO-8601 time, got \"{Shown(text)}\""
                : time.Year is < FirstYear or > LastYear || time.UtcDateTime.Year is < FirstYear or > LastYear
                    ? $"expected a time from {FirstYear} to {LastYear}, got \"{Shown(text)}\""
                    : time.Offset.Duration() > TimeSpan.FromHours(14)
                        ? $"expected a UTC offset within ±14 hours, got \"{Shown(text)}\""
                        : null;
        }

        if (BackupFormat.DateColumns.Contains(column))
        {
            return !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? $"expected a date as YYYY-MM-DD, got \"{Shown(text)}\""
                : date.Year is < FirstYear or > LastYear
                    ? $"expected a date from {FirstYear} to {LastYear}, got \"{Shown(text)}\""
                    : null;
        }

        return column switch
        {
            "symptoms" => text.Split(',', StringSplitOptions.TrimEntries) is var ids && ids.All(Model.Symptoms.IsKnown)
                ? null
                : $"expected symptom ids from {string.Join(", ", Model.Symptoms.All)}, got \"{Shown(text)}\"",
            "sport" => SportId().IsMatch(text) ? null : $"expected a sport id such as running or cycling, got \"{Shown(text)}\"",
            _ => null,
        };
    }

    /// <summary>A value quoted in a message: short, so a hostile backup cannot flood the terminal.</summary>
    private static string Shown(string text) => text.Length <= 40 ? text : text[..40] + "…";

    [GeneratedRegex("^[a-z][a-z0-9_]{0,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex SportId();
}

using System.Globalization;
using LegCheck.Diary;
using LegCheck.Diary.Model;
using SymptomIds = LegCheck.Diary.Model.Symptoms;

namespace LegCheck.Cli.Diary;

/// <summary>Parses option values, with a one-line error naming the option and what was expected (a usage error, exit 2).</summary>
internal static class CliValues
{
    private static readonly string[] DateTimeFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss"];

    public static bool? YesNo(string? text, string option) => text?.Trim().ToLowerInvariant() switch
    {
        null => null,
        "yes" or "y" or "true" => true,
        "no" or "n" or "false" => false,
        "unknown" or "" => null,
        _ => throw new UsageException($"{option}: expected yes, no or unknown, got \"{text}\"."),
    };

    public static DateOnly Date(string? text, string option, TimeProvider time)
    {
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        return text?.Trim().ToLowerInvariant() switch
        {
            null or "" or "today" => today,
            "yesterday" => today.AddDays(-1),
            _ => DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? InRange(date, option, text)
                : throw new UsageException($"{option}: expected a date as YYYY-MM-DD (or today, yesterday), got \"{text}\"."),
        };
    }

    /// <summary>The years a diary entry can be in; outside them a date is a typo, and the far end of the calendar overflows.</summary>
    public const int FirstYear = 1900;

    public const int LastYear = 2100;

    private static DateOnly InRange(DateOnly date, string option, string text) => date.Year is >= FirstYear and <= LastYear
        ? date
        : throw new UsageException($"{option}: expected a date from {FirstYear} to {LastYear}, got \"{text}\".");

    /// <summary>
    /// A local time: "now", "YYYY-MM-DD HH:MM", "YYYY-MM-DD" (time of day unknown) or "HH:MM" (today).
    /// Returns whether the time of day is known, which decides how the episode is matched to a run.
    /// </summary>
    public static (DateTimeOffset When, bool TimeOfDayKnown) When(string? text, string option, TimeProvider time)
    {
        var now = time.GetLocalNow();
        var trimmed = text?.Trim() ?? "now";
        if (trimmed.Equals("now", StringComparison.OrdinalIgnoreCase) || trimmed.Length == 0)
        {
            return (now, true);
        }

        if (DateTime.TryParseExact(trimmed, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return (InZone(Checked(local, option, text!, now), time), true);
        }

        if (TimeOnly.TryParseExact(trimmed, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var clock))
        {
            return (InZone(DateOnly.FromDateTime(now.DateTime).ToDateTime(clock), time), true);
        }

        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return (InZone(Checked(date.ToDateTime(new TimeOnly(12, 0)), option, text!, now), time), false);
        }

        throw new UsageException($"{option}: expected now, HH:MM, YYYY-MM-DD or \"YYYY-MM-DD HH:MM\", got \"{text}\".");
    }

    public static IReadOnlyList<string> Symptoms(string text, string option)
    {
        var ids = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.ToLowerInvariant().Replace(' ', '_').Replace('-', '_'))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var unknown = ids.FirstOrDefault(id => !SymptomIds.IsKnown(id));
        if (ids.Count == 0 || unknown is not null)
        {
            throw new UsageException(
                $"{option}: expected one or more of {string.Join(", ", SymptomIds.All)}, got \"{text}\".");
        }

        return ids;
    }

    public static IReadOnlyList<string> List(string? text) =>
        text is null ? [] : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static double? Minutes(double? value, string option) => value is null or (>= 0 and <= 24 * 60)
        ? value
        : throw new UsageException($"{option}: expected minutes between 0 and 1440, got {value.Value.ToString(CultureInfo.InvariantCulture)}.");

    public static int? Severity(int? value, string option) => value is null or (>= 0 and <= 10)
        ? value
        : throw new UsageException($"{option}: expected a whole number from 0 to 10, got {value}.");

    /// <summary>Free text as given, trimmed; empty text means "clear it".</summary>
    public static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public static async Task<Shoe> ShoeAsync(LegCheck.Diary.Storage.IDiaryUnit diary, string name, string option, CancellationToken cancellationToken) =>
        await diary.Shoes.FindByNameAsync(name, cancellationToken)
        ?? throw new DiaryException($"{option}: no shoe named \"{name}\" (add it with: legcheck shoes add \"{name}\").");

    /// <summary>An episode happened in the diary's years and not later than tomorrow (a clock or zone can be a day off).</summary>
    private static DateTime Checked(DateTime local, string option, string text, DateTimeOffset now)
    {
        if (local.Year is < FirstYear or > LastYear)
        {
            throw new UsageException($"{option}: expected a time from {FirstYear} to {LastYear}, got \"{text}\".");
        }

        if (local > now.DateTime.AddDays(1))
        {
            throw new UsageException($"{option}: \"{text}\" is in the future; expected a time up to now.");
        }

        return local;
    }

    private static DateTimeOffset InZone(DateTime local, TimeProvider time)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, time.LocalTimeZone.GetUtcOffset(unspecified));
    }
}

using System.Globalization;
using LegCheck.Diary;
using LegCheck.Diary.Model;
using SymptomIds = LegCheck.Diary.Model.Symptoms;

namespace LegCheck.Cli.Diary;

/// <summary>Parses option values, with a one-line error naming the option and what was expected.</summary>
internal static class CliValues
{
    private static readonly string[] DateTimeFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss"];

    public static bool? YesNo(string? text, string option) => text?.Trim().ToLowerInvariant() switch
    {
        null => null,
        "yes" or "y" or "true" => true,
        "no" or "n" or "false" => false,
        "unknown" or "" => null,
        _ => throw new DiaryException($"{option}: expected yes, no or unknown, got \"{text}\"."),
    };

    public static DateOnly Date(string? text, string option, TimeProvider time)
    {
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        return text?.Trim().ToLowerInvariant() switch
        {
            null or "" or "today" => today,
            "yesterday" => today.AddDays(-1),
            _ => DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : throw new DiaryException($"{option}: expected a date as YYYY-MM-DD (or today, yesterday), got \"{text}\"."),
        };
    }

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
            return (InZone(local, time), true);
        }

        if (TimeOnly.TryParseExact(trimmed, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var clock))
        {
            return (InZone(DateOnly.FromDateTime(now.DateTime).ToDateTime(clock), time), true);
        }

        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return (InZone(date.ToDateTime(new TimeOnly(12, 0)), time), false);
        }

        throw new DiaryException($"{option}: expected now, HH:MM, YYYY-MM-DD or \"YYYY-MM-DD HH:MM\", got \"{text}\".");
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
            throw new DiaryException(
                $"{option}: expected one or more of {string.Join(", ", SymptomIds.All)}, got \"{text}\".");
        }

        return ids;
    }

    public static IReadOnlyList<string> List(string? text) =>
        text is null ? [] : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static double? Minutes(double? value, string option) => value is null or (>= 0 and <= 24 * 60)
        ? value
        : throw new DiaryException($"{option}: expected minutes between 0 and 1440, got {value.Value.ToString(CultureInfo.InvariantCulture)}.");

    public static int? Severity(int? value, string option) => value is null or (>= 0 and <= 10)
        ? value
        : throw new DiaryException($"{option}: expected a whole number from 0 to 10, got {value}.");

    /// <summary>Free text as given, trimmed; empty text means "clear it".</summary>
    public static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public static Shoe Shoe(LegCheck.Diary.Storage.DiaryDatabase db, string name, string option) =>
        db.Shoes.FindByName(name)
        ?? throw new DiaryException($"{option}: no shoe named \"{name}\" (add it with: legcheck shoes add \"{name}\").");

    private static DateTimeOffset InZone(DateTime local, TimeProvider time)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, time.LocalTimeZone.GetUtcOffset(unspecified));
    }
}

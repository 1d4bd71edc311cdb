using System.Globalization;
using System.Text.Json;
using LegCheck.Diary.Json;

namespace LegCheck.Diary.Training;

/// <summary>
/// The report as JSON: <c>{"weeks":[{"week_start","runs","distance_km","duration_min","change_pct"}],"flags":[{"kind","date","detail"}]}</c>.
/// Distances are rounded to 0.01 km, minutes and percentages to 0.1.
/// </summary>
public static class TrainingJson
{
    public static string Write(TrainingReport report, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(report);
        var json = new TrainingReportJson(
            [.. report.Weeks.Select(w => new WeekJson(
                Day(w.WeekStart),
                w.Runs,
                Round(w.DistanceKm, 2),
                Round(w.DurationMinutes, 1),
                w.ChangePct is { } change ? Round(change, 1) : null))],
            [.. report.Flags.Select(f => new FlagJson(f.Kind, Day(f.Date), f.Detail))]);
        return JsonSerializer.Serialize(json, (indented ? DiaryJsonContext.Indented : DiaryJsonContext.Compact).TrainingReportJson);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static double Round(double value, int digits) => Math.Round(value, digits, MidpointRounding.AwayFromZero);
}

// The report's JSON objects, fields in the order they are printed.
internal sealed record TrainingReportJson(IReadOnlyList<WeekJson> Weeks, IReadOnlyList<FlagJson> Flags);

internal sealed record WeekJson(string WeekStart, int Runs, double DistanceKm, [property: System.Text.Json.Serialization.JsonPropertyName("duration_min")] double DurationMin, double? ChangePct);

internal sealed record FlagJson(string Kind, string Date, string Detail);

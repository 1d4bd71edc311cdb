using System.Globalization;
using LegCheck.Activities;
using LegCheck.Diary.Model;

namespace LegCheck.Diary.Tests;

/// <summary>Builds diary records for hand-computed examples.</summary>
internal static class TestData
{
    private static long nextId = 1000;

    /// <summary>A run starting at <paramref name="localStart"/> ("yyyy-MM-ddTHH:mm") at the given UTC offset.</summary>
    public static RunRecord Run(
        string localStart,
        double km,
        double minutes = 30,
        double offsetHours = 0,
        long? id = null,
        long? shoeId = null,
        bool? electrolytes = null,
        double? temperature = null,
        double? cadence = null,
        bool? hot = null,
        string? lacing = null,
        string? surface = null,
        ActivitySport sport = ActivitySport.Running)
    {
        var offset = TimeSpan.FromHours(offsetHours);
        var local = DateTime.ParseExact(localStart, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        var start = new DateTimeOffset(local, offset).ToUniversalTime();
        var runId = id ?? Interlocked.Increment(ref nextId);
        return new RunRecord
        {
            Id = runId,
            Activity = new Activity
            {
                Sport = sport,
                StartUtc = start,
                UtcOffset = offset,
                DistanceMeters = km * 1000,
                MovingTime = TimeSpan.FromMinutes(minutes),
                ElapsedTime = TimeSpan.FromMinutes(minutes),
                AverageCadenceSpm = cadence,
                AverageTemperatureC = temperature,
                Key = $"test:{runId}",
            },
            UtcOffset = offset,
            OffsetFromFile = true,
            FileName = $"run{runId}.gpx",
            ImportedAt = start,
            ShoeId = shoeId,
            Electrolytes = electrolytes,
            Hot = hot,
            Lacing = lacing,
            Surface = surface,
        };
    }

    /// <summary>Daily runs of <paramref name="km"/> at 07:00 UTC from <paramref name="firstDay"/> for <paramref name="days"/> days.</summary>
    public static IEnumerable<RunRecord> Daily(string firstDay, int days, double km) =>
        Enumerable.Range(0, days).Select(i => Run($"{Day(firstDay, i)}T07:00", km));

    public static string Day(string firstDay, int plus) =>
        DateOnly.Parse(firstDay, CultureInfo.InvariantCulture).AddDays(plus).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static Episode Episode(long? runId, string when, string symptoms, double? minutesIntoRun = null, bool? electrolytes = null, bool? heat = null, long? shoeId = null) => new()
    {
        Id = Interlocked.Increment(ref nextId),
        OccurredAt = DateTimeOffset.Parse(when, CultureInfo.InvariantCulture),
        RunId = runId,
        Symptoms = symptoms.Split(','),
        MinutesIntoRun = minutesIntoRun,
        Electrolytes = electrolytes,
        Heat = heat,
        ShoeId = shoeId,
        LoggedAt = DateTimeOffset.Parse(when, CultureInfo.InvariantCulture),
    };

    public static DiarySnapshot DiaryOf(IEnumerable<RunRecord> runs, IEnumerable<Episode>? episodes = null, IEnumerable<Shoe>? shoes = null, IEnumerable<Experiment>? experiments = null) =>
        new([.. runs], [.. episodes ?? []], [.. shoes ?? []], [.. experiments ?? []]);

    public static DateOnly Date(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);
}

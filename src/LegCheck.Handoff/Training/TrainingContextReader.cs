using LegCheck.Diary.Model;
using LegCheck.Diary.Storage;
using LegCheck.Diary.Training;

namespace LegCheck.Handoff.Training;

/// <summary>
/// Builds the <see cref="TrainingContext"/> from the run diary, reusing the diary's own training analysis
/// so the summary and <c>legcheck training</c> never disagree on what a spike is.
/// </summary>
public static class TrainingContextReader
{
    /// <summary>The context from the diary at <paramref name="databasePath"/>; null when there is no diary (it is not created).</summary>
    /// <exception cref="Diary.DiaryException">The file exists but is not a usable diary.</exception>
    public static TrainingContext? FromDatabase(string databasePath, DateTimeOffset now, TrainingContextOptions? options = null)
    {
        if (!File.Exists(databasePath))
        {
            return null;
        }

        using var db = DiaryDatabase.Open(databasePath);
        return From(db.Snapshot(), now, options);
    }

    /// <summary>The context as of <paramref name="now"/> (in the runner's offset); null when the diary holds no runs.</summary>
    public static TrainingContext? From(DiarySnapshot diary, DateTimeOffset now, TrainingContextOptions? options = null)
    {
        var o = options ?? TrainingContextOptions.Default;
        var today = DateOnly.FromDateTime(now.DateTime);
        var runs = diary.Runs.Where(r => r.Activity.IsRun && r.LocalDate <= today).OrderBy(r => r.Activity.StartUtc).ToList();
        if (runs.Count == 0)
        {
            return null;
        }

        var thisWeek = IsoWeek.StartOf(today);
        var weeks = Enumerable.Range(0, o.Weeks)
            .Select(i => thisWeek.AddDays(-7 * (o.Weeks - 1 - i)))
            .Select(start =>
            {
                var inWeek = runs.Where(r => r.LocalDate >= start && r.LocalDate < start.AddDays(7)).ToList();
                return new WeekLoad(start, inWeek.Count, inWeek.Sum(r => r.DistanceKm));
            })
            .ToList();

        var report = TrainingAnalysis.Analyze(diary with { Runs = runs });
        var since = today.AddDays(-o.FlagDays);
        var recent = report.Flags.Where(f => f.Date >= since).ToList();
        var spikes = recent.Where(f => f.Kind == FlagKinds.SingleRunSpike).Select(Dated).ToList();
        var load = recent.Where(f => f.Kind is FlagKinds.WeeklyIncrease or FlagKinds.AcwrHigh).Select(Dated).ToList();
        return new TrainingContext(weeks, spikes, load, CurrentShoe(diary.Shoes, runs));
    }

    private static string Dated(TrainingFlag flag) => $"{flag.Date:yyyy-MM-dd}: {flag.Detail}";

    private static ShoeContext? CurrentShoe(IReadOnlyList<Shoe> shoes, List<RunRecord> runs)
    {
        var id = runs.LastOrDefault(r => r.ShoeId is not null)?.ShoeId;
        var shoe = shoes.FirstOrDefault(s => s.Id == id) ?? shoes.FirstOrDefault(s => s.IsDefault && s.RetiredOn is null);
        if (shoe is null)
        {
            return null;
        }

        var inShoe = runs.Where(r => r.ShoeId == shoe.Id).ToList();
        var firstUse = inShoe.Count > 0 && inShoe[0].LocalDate < shoe.AddedOn ? inShoe[0].LocalDate : shoe.AddedOn;
        return new ShoeContext(shoe.Name, inShoe.Sum(r => r.DistanceKm), firstUse);
    }
}

using System.Globalization;
using LegCheck.Diary.Model;
using static LegCheck.Diary.InvariantText;

namespace LegCheck.Diary.Prefill;

/// <summary>
/// Infers assessment facts from the diary, so the interview can show them pre-filled and editable.
/// The problem being assessed is taken to be the latest episode of the last <see cref="PrefillOptions.RecentEpisodeDays"/>
/// days (and its run); with no recent episode only the training and shoe facts are given, as of <c>now</c>.
/// A fact the diary cannot support is left out rather than guessed.
/// </summary>
public static class DiaryPrefill
{
    /// <summary>
    /// The facts from the diary database at <paramref name="databasePath"/> (see <see cref="Storage.DiaryPaths.Resolve"/>)
    /// as of now on the runner's clock; none when there is no diary yet, which is then not created.
    /// </summary>
    /// <exception cref="DiaryException">The file exists but is not a usable diary.</exception>
    public static IReadOnlyList<DiaryFact> FromDatabase(string databasePath, TimeProvider time, PrefillOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        if (!File.Exists(databasePath))
        {
            return [];
        }

        using var db = Storage.DiaryDatabase.OpenForReading(databasePath);
        return Infer(db.Snapshot(), time, options);
    }

    /// <summary>The facts as of now on the runner's clock: "the 7 days to today" are the runner's local days.</summary>
    public static IReadOnlyList<DiaryFact> Infer(DiarySnapshot diary, TimeProvider time, PrefillOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        return Infer(diary, time.GetLocalNow(), options);
    }

    /// <summary>
    /// The facts as of <paramref name="now"/>, whose offset must be the runner's: its calendar date is "today"
    /// (a UTC instant would make a Pacific evening tomorrow).
    /// </summary>
    public static IReadOnlyList<DiaryFact> Infer(DiarySnapshot diary, DateTimeOffset now, PrefillOptions? options = null)
    {
        var o = options ?? PrefillOptions.Default;
        var runs = diary.Runs.Where(r => r.Activity.IsRun).OrderBy(r => r.Activity.StartUtc).ToList();
        var today = DateOnly.FromDateTime(now.DateTime);
        var episode = diary.Episodes
            .Where(e => e.OccurredAt <= now && e.OccurredAt >= now.AddDays(-o.RecentEpisodeDays))
            .MaxBy(e => e.OccurredAt);
        var run = episode?.RunId is { } runId ? runs.Find(r => r.Id == runId) : null;
        var referenceDate = episode is not null ? DateOnly.FromDateTime(episode.OccurredAt.DateTime) : today;

        var facts = new List<DiaryFact>();
        Add(facts, MileageIncrease(runs, referenceDate));
        if (episode is not null)
        {
            Add(facts, RunMinutes(run));
            Add(facts, Heat(episode, run, o));
            Add(facts, Electrolytes(episode, run));
            var related = Related(diary.Episodes, episode, o);
            Add(facts, Recurrent(related, episode, o));
            Add(facts, Predictable(related, o));
            Add(facts, Onset(episode));
        }

        var shoeId = episode is not null ? episode.ShoeId ?? run?.ShoeId : runs.LastOrDefault(r => r.ShoeId is not null)?.ShoeId;
        var shoe = diary.Shoes.FirstOrDefault(s => s.Id == shoeId) ?? (episode is null ? diary.Shoes.FirstOrDefault(s => s.IsDefault) : null);
        if (shoe is not null)
        {
            var inShoe = runs.Where(r => r.ShoeId == shoe.Id && r.LocalDate <= referenceDate).ToList();
            Add(facts, WornOut(shoe, inShoe, o));
            Add(facts, NewShoes(shoe, inShoe, referenceDate, o));
        }

        return facts;
    }

    private static DiaryFact? MileageIncrease(List<RunRecord> runs, DateOnly day)
    {
        var recent = Distance(runs, day.AddDays(-6), day);
        var before = Distance(runs, day.AddDays(-27), day.AddDays(-7)) / 3;
        if (before <= 0)
        {
            return null;
        }

        var pct = (recent - before) / before * 100;
        return new DiaryFact(
            "mileage_increase_pct",
            Number(pct),
            Invariant($"from your diary: {recent:0.0} km in the 7 days to {day:yyyy-MM-dd}, against {before:0.0} km a week on average in the 3 weeks before"));
    }

    private static DiaryFact? RunMinutes(RunRecord? run) => run is null || run.Minutes <= 0
        ? null
        : new DiaryFact("run_minutes", Number(run.Minutes), Invariant($"from your diary: the run on {run.LocalDate:yyyy-MM-dd} lasted {run.Minutes:0} min"));

    private static DiaryFact? Heat(Episode episode, RunRecord? run, PrefillOptions o)
    {
        if (episode.Heat is { } heat)
        {
            return new DiaryFact("hot_humid_weather", YesNo(heat), $"from your diary: you logged {(heat ? "heat" : "no heat")} with this episode");
        }

        if (run?.IsHot(o.HotCelsius) is not { } hot)
        {
            return null;
        }

        var why = run.Hot is not null
            ? $"you marked the run on {run.LocalDate:yyyy-MM-dd} as {(hot ? "hot" : "not hot")}"
            : Invariant($"your device recorded {run.Activity.AverageTemperatureC:0.#} °C on the run on {run.LocalDate:yyyy-MM-dd}");
        return new DiaryFact("hot_humid_weather", YesNo(hot), $"from your diary: {why}");
    }

    private static DiaryFact? Electrolytes(Episode episode, RunRecord? run)
    {
        var taken = episode.Electrolytes ?? run?.Electrolytes;
        return taken is { } t
            ? new DiaryFact("electrolytes_taken", YesNo(t), $"from your diary: electrolytes logged as {(t ? "taken" : "not taken")}")
            : null;
    }

    /// <summary>Episodes sharing a symptom with <paramref name="episode"/> in the recurrence window up to it, itself included.</summary>
    private static List<Episode> Related(IReadOnlyList<Episode> episodes, Episode episode, PrefillOptions o) => episodes
        .Where(e => e.OccurredAt <= episode.OccurredAt
            && e.OccurredAt >= episode.OccurredAt.AddDays(-o.RecurrenceDays)
            && e.Symptoms.Intersect(episode.Symptoms, StringComparer.Ordinal).Any())
        .ToList();

    private static DiaryFact Recurrent(List<Episode> related, Episode episode, PrefillOptions o)
    {
        // Two episodes on the same run or day are one occasion.
        var occasions = related.Select(e => e.RunId is { } id ? $"run {id}" : $"day {DateOnly.FromDateTime(e.OccurredAt.DateTime)}").Distinct(StringComparer.Ordinal).Count();
        var words = string.Join(" or ", episode.Symptoms.Select(Symptoms.PlainWords));
        return new DiaryFact(
            "recurrent",
            YesNo(occasions >= 2),
            $"from your diary: {words} logged on {occasions} {(occasions == 1 ? "occasion" : "occasions")} in the last {o.RecurrenceDays} days");
    }

    private static DiaryFact? Predictable(List<Episode> related, PrefillOptions o)
    {
        var onsets = related.Where(e => e.MinutesIntoRun is not null).Select(e => e.MinutesIntoRun!.Value).Order().ToList();
        if (onsets.Count < 2)
        {
            return null;
        }

        var median = onsets[onsets.Count / 2];
        var spread = onsets[^1] - onsets[0];
        var predictable = spread <= Math.Max(o.PredictableSpreadMinutes, 0.25 * median);
        return new DiaryFact(
            "onset_predictable",
            YesNo(predictable),
            Invariant($"from your diary: it came on between {onsets[0]:0} and {onsets[^1]:0} min into the run, {onsets.Count} times"));
    }

    private static DiaryFact? Onset(Episode episode) => episode.MinutesIntoRun is { } minutes
        ? new DiaryFact("onset_minutes_into_run", Number(minutes), Invariant($"from your diary: it came on {minutes:0} min into the run"))
        : null;

    private static DiaryFact WornOut(Shoe shoe, List<RunRecord> inShoe, PrefillOptions o)
    {
        var km = inShoe.Sum(r => r.DistanceKm);
        return new DiaryFact(
            "shoes_worn_out",
            YesNo(km > o.WornShoeKm),
            Invariant($"from your diary: {shoe.Name} has {km:0} km on it (worn out past {o.WornShoeKm:0} km)"));
    }

    private static DiaryFact NewShoes(Shoe shoe, List<RunRecord> inShoe, DateOnly day, PrefillOptions o)
    {
        var firstUse = inShoe.Count > 0 && inShoe[0].LocalDate < shoe.AddedOn ? inShoe[0].LocalDate : shoe.AddedOn;
        var days = day.DayNumber - firstUse.DayNumber;
        return new DiaryFact(
            "new_shoes",
            YesNo(days <= o.NewShoeDays),
            Invariant($"from your diary: {shoe.Name} first used on {firstUse:yyyy-MM-dd}, {days} days before"));
    }

    private static double Distance(List<RunRecord> runs, DateOnly from, DateOnly to) =>
        runs.Where(r => r.LocalDate >= from && r.LocalDate <= to).Sum(r => r.DistanceKm);

    private static void Add(List<DiaryFact> facts, DiaryFact? fact)
    {
        if (fact is not null)
        {
            facts.Add(fact);
        }
    }

    private static string YesNo(bool value) => value ? "yes" : "no";

    // Adding 0.0 turns a rounded -0 into 0.
    private static string Number(double value) => (Math.Round(value) + 0.0).ToString(CultureInfo.InvariantCulture);

}

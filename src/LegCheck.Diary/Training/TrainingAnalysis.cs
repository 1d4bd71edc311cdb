using LegCheck.Diary.Model;
using static LegCheck.Diary.InvariantText;

namespace LegCheck.Diary.Training;

/// <summary>
/// The training report: weekly totals and risk flags, computed from the diary in memory (no I/O).
/// <list type="bullet">
/// <item><c>single_run_spike</c> (primary): a run longer than 110% of the longest run that started in the 30 days
/// before it (Frandsen et al., BJSM 2025: risk rises from a 10% spike and more than doubles past 100%).
/// No flag without an earlier run in the window.</item>
/// <item><c>weekly_increase</c>: a week's distance more than 10% above the week before.</item>
/// <item><c>acwr_high</c>: on a run day, the 7-day distance divided by the 28-day weekly average (28-day total / 4,
/// the acute week included) above 1.5. Only once 28 days of history exist, and once per stretch above the limit.</item>
/// <item><c>long_run_no_electrolytes</c>: a run over 45 minutes with no electrolytes logged on it or its episodes.</item>
/// <item><c>heat</c>: 25 °C or more, or marked hot. <c>low_cadence</c>: below 160 steps/min.
/// <c>shoe_mileage</c>: the run on which a shoe passes 700 km.</item>
/// </list>
/// </summary>
public static class TrainingAnalysis
{
    /// <summary>The report with weeks up to today's on the runner's clock, so "the last 12 weeks" end today, not at the last run.</summary>
    public static TrainingReport Analyze(DiarySnapshot diary, TimeProvider time, TrainingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        return Analyze(diary, options, DateOnly.FromDateTime(time.GetLocalNow().DateTime));
    }

    /// <summary>The report; with <paramref name="today"/> the weeks run on to today's week even after the last run.</summary>
    public static TrainingReport Analyze(DiarySnapshot diary, TrainingOptions? options = null, DateOnly? today = null)
    {
        ArgumentNullException.ThrowIfNull(diary);
        var o = options ?? TrainingOptions.Default;
        var runs = diary.Runs.Where(r => r.Activity.IsRun).OrderBy(r => r.Activity.StartUtc).ToList();
        var weeks = Weeks(runs, today);

        // A run too short to mean anything (a watch started by mistake, a few hundred metres) neither raises a flag
        // nor sets the bar a later run is measured against; it still counts in the weekly totals.
        var meaningful = runs.Where(r => r.DistanceKm >= o.MeaningfulRunKm && r.Minutes >= o.MeaningfulRunMinutes).ToList();
        var flags = new List<TrainingFlag>();
        SpikeFlags(meaningful, o, flags);
        WeeklyFlags(weeks, o, flags);
        AcwrFlags(runs, o, flags);
        RunFlags(meaningful, diary.Episodes, o, flags);
        ShoeFlags(runs, diary.Shoes, o, flags);
        var kindOrder = FlagKinds.All.Select((kind, i) => (kind, i)).ToDictionary(x => x.kind, x => x.i, StringComparer.Ordinal);
        var sorted = flags.OrderBy(f => f.Date).ThenBy(f => kindOrder[f.Kind]).ToList();
        return new TrainingReport(weeks, sorted);
    }

    /// <summary>
    /// Every week from the first run's to the last run's (or to <paramref name="today"/>'s, when later), empty weeks
    /// included so "the week before" is literal.
    /// </summary>
    public static IReadOnlyList<WeekSummary> Weeks(IReadOnlyList<RunRecord> runs, DateOnly? today = null)
    {
        ArgumentNullException.ThrowIfNull(runs);
        if (runs.Count == 0)
        {
            return [];
        }

        var byWeek = runs.GroupBy(r => IsoWeek.StartOf(r.LocalDate)).ToDictionary(g => g.Key, g => g.ToList());
        var first = byWeek.Keys.Min();
        var last = byWeek.Keys.Max();
        if (today is { } t && IsoWeek.StartOf(t) > last)
        {
            last = IsoWeek.StartOf(t);
        }
        var weeks = new List<WeekSummary>();
        WeekSummary? previous = null;
        for (var start = first; start <= last; start = start.AddDays(7))
        {
            var inWeek = byWeek.GetValueOrDefault(start) ?? [];
            var distance = inWeek.Sum(r => r.DistanceKm);
            double? change = previous is { DistanceKm: > 0 } p ? (distance - p.DistanceKm) / p.DistanceKm * 100 : null;
            var week = new WeekSummary(start, inWeek.Count, distance, inWeek.Sum(r => r.Minutes), change);
            weeks.Add(week);
            previous = week;
        }

        return weeks;
    }

    private static void SpikeFlags(List<RunRecord> runs, TrainingOptions o, List<TrainingFlag> flags)
    {
        var window = TimeSpan.FromDays(o.SpikeWindowDays);
        var windowStart = 0;
        for (var i = 0; i < runs.Count; i++)
        {
            var start = runs[i].Activity.StartUtc;
            while (runs[windowStart].Activity.StartUtc < start - window)
            {
                windowStart++;
            }

            var longest = 0.0;
            for (var j = windowStart; j < i; j++)
            {
                longest = Math.Max(longest, runs[j].DistanceKm);
            }

            var distance = runs[i].DistanceKm;
            if (longest > 0 && distance > (longest * o.SpikeRatio) + 1e-9)
            {
                var spikePct = ((distance / longest) - 1) * 100;
                var note = spikePct > 100 ? ", more than double: risk more than doubles past a 100% spike" : string.Empty;
                flags.Add(new TrainingFlag(
                    FlagKinds.SingleRunSpike,
                    runs[i].LocalDate,
                    Invariant($"{distance:0.0} km run, {spikePct:0}% longer than the longest run in the previous {o.SpikeWindowDays} days ({longest:0.0} km){note}")));
            }
        }
    }

    private static void WeeklyFlags(IReadOnlyList<WeekSummary> weeks, TrainingOptions o, List<TrainingFlag> flags)
    {
        for (var i = 1; i < weeks.Count; i++)
        {
            // Up from a week of almost nothing is no jump worth a flag: 2 km to 10 km is +400%.
            if (weeks[i].ChangePct is { } change && change > o.WeeklyIncreasePct && weeks[i - 1].DistanceKm >= o.MeaningfulWeekKm)
            {
                flags.Add(new TrainingFlag(
                    FlagKinds.WeeklyIncrease,
                    weeks[i].WeekStart,
                    Invariant($"week of {weeks[i].WeekStart:yyyy-MM-dd}: {weeks[i].DistanceKm:0.0} km, up {change:0}% from {weeks[i - 1].DistanceKm:0.0} km the week before")));
            }
        }
    }

    private static void AcwrFlags(List<RunRecord> runs, TrainingOptions o, List<TrainingFlag> flags)
    {
        var load = new DailyLoad(runs);
        var wasHigh = false;
        foreach (var day in runs.Select(r => r.LocalDate).Distinct().Order())
        {
            if (day.DayNumber - load.First.DayNumber < 27)
            {
                continue;
            }

            var acute = load.SumEndingOn(day, 7);
            var chronic = load.SumEndingOn(day, 28) / 4;
            var high = chronic > 0 && acute / chronic > o.AcwrLimit;
            if (high && !wasHigh)
            {
                flags.Add(new TrainingFlag(
                    FlagKinds.AcwrHigh,
                    day,
                    Invariant($"acute:chronic load {acute / chronic:0.00}: {acute:0.0} km in 7 days against {chronic:0.0} km a week over 28 days")));
            }

            wasHigh = high;
        }
    }

    private static void RunFlags(List<RunRecord> runs, IReadOnlyList<Episode> episodes, TrainingOptions o, List<TrainingFlag> flags)
    {
        var electrolytesOnEpisode = episodes.Where(e => e.Electrolytes == true && e.RunId is not null).Select(e => e.RunId!.Value).ToHashSet();
        foreach (var run in runs)
        {
            if (run.Minutes > o.LongRunMinutes && run.Electrolytes != true && !electrolytesOnEpisode.Contains(run.Id))
            {
                flags.Add(new TrainingFlag(
                    FlagKinds.LongRunNoElectrolytes,
                    run.LocalDate,
                    Invariant($"{run.Minutes:0} min run with no electrolytes logged")));
            }

            if (run.IsHot(o.HotCelsius) == true)
            {
                var detail = run.Activity.AverageTemperatureC is { } t && t >= o.HotCelsius
                    ? Invariant($"run at {t:0.#} °C")
                    : "run marked hot";
                flags.Add(new TrainingFlag(FlagKinds.Heat, run.LocalDate, detail));
            }

            if (run.Activity.AverageCadenceSpm is { } cadence && cadence < o.LowCadenceSpm)
            {
                flags.Add(new TrainingFlag(
                    FlagKinds.LowCadence,
                    run.LocalDate,
                    Invariant($"average cadence {cadence:0} steps/min, below {o.LowCadenceSpm:0}: a hint of overstriding")));
            }
        }
    }

    private static void ShoeFlags(List<RunRecord> runs, IReadOnlyList<Shoe> shoes, TrainingOptions o, List<TrainingFlag> flags)
    {
        var names = shoes.ToDictionary(s => s.Id, s => s.Name);
        var totals = new Dictionary<long, double>();
        foreach (var run in runs)
        {
            if (run.ShoeId is not { } shoe)
            {
                continue;
            }

            var before = totals.GetValueOrDefault(shoe);
            var after = before + run.DistanceKm;
            totals[shoe] = after;
            if (before <= o.ShoeLimitKm && after > o.ShoeLimitKm)
            {
                var name = names.GetValueOrDefault(shoe) ?? $"shoe {shoe}";
                flags.Add(new TrainingFlag(
                    FlagKinds.ShoeMileage,
                    run.LocalDate,
                    Invariant($"{name} passed {o.ShoeLimitKm:0} km ({after:0} km): cushioning wears out")));
            }
        }
    }

}

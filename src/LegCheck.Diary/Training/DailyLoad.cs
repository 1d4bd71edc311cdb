using LegCheck.Diary.Model;

namespace LegCheck.Diary.Training;

/// <summary>
/// Distance per local day as prefix sums, so the sum over any span of days costs O(1).
/// Load is distance in kilometres: every imported run has it, unlike heart rate or effort.
/// </summary>
internal sealed class DailyLoad
{
    private readonly double[] prefix;

    public DailyLoad(IReadOnlyList<RunRecord> runs)
    {
        if (runs.Count == 0)
        {
            First = DateOnly.MinValue;
            prefix = [0];
            return;
        }

        First = runs.Min(r => r.LocalDate);
        var last = runs.Max(r => r.LocalDate);
        var days = last.DayNumber - First.DayNumber + 1;
        var daily = new double[days];
        foreach (var run in runs)
        {
            daily[run.LocalDate.DayNumber - First.DayNumber] += run.DistanceKm;
        }

        prefix = new double[days + 1];
        for (var i = 0; i < days; i++)
        {
            prefix[i + 1] = prefix[i] + daily[i];
        }
    }

    public DateOnly First { get; }

    /// <summary>Total distance over the <paramref name="days"/> days ending on <paramref name="last"/> (inclusive).</summary>
    public double SumEndingOn(DateOnly last, int days)
    {
        var end = last.DayNumber - First.DayNumber + 1;
        var start = end - days;
        return prefix[Math.Clamp(end, 0, prefix.Length - 1)] - prefix[Math.Clamp(start, 0, prefix.Length - 1)];
    }
}

namespace LegCheck.Diary.Training;

/// <summary>
/// One ISO week (Monday to Sunday, by the runs' local dates). <see cref="ChangePct"/> is the distance change against
/// the week before in percent; null for the first week or after a week without distance.
/// </summary>
public sealed record WeekSummary(DateOnly WeekStart, int Runs, double DistanceKm, double DurationMinutes, double? ChangePct);

/// <summary>
/// A training risk worth a look: <see cref="Kind"/> is one of <see cref="FlagKinds"/>; <see cref="Date"/> is the run's
/// local date, for weekly flags the week's Monday.
/// </summary>
public sealed record TrainingFlag(string Kind, DateOnly Date, string Detail);

public sealed record TrainingReport(IReadOnlyList<WeekSummary> Weeks, IReadOnlyList<TrainingFlag> Flags);

/// <summary>The flag kinds, in the order flags on the same date are listed.</summary>
public static class FlagKinds
{
    public const string SingleRunSpike = "single_run_spike";
    public const string WeeklyIncrease = "weekly_increase";
    public const string AcwrHigh = "acwr_high";
    public const string LongRunNoElectrolytes = "long_run_no_electrolytes";
    public const string Heat = "heat";
    public const string LowCadence = "low_cadence";
    public const string ShoeMileage = "shoe_mileage";

    public static IReadOnlyList<string> All { get; } =
        [SingleRunSpike, WeeklyIncrease, AcwrHigh, LongRunNoElectrolytes, Heat, LowCadence, ShoeMileage];
}

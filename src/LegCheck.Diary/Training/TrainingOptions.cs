namespace LegCheck.Diary.Training;

/// <summary>Thresholds of the training analysis; tweak with <c>with</c>.</summary>
public sealed record TrainingOptions
{
    public static TrainingOptions Default { get; } = new();

    /// <summary>A run longer than this times the longest run of the window is a spike (Frandsen et al., BJSM 2025: 10%).</summary>
    public double SpikeRatio { get; init; } = 1.10;

    public int SpikeWindowDays { get; init; } = 30;

    public double WeeklyIncreasePct { get; init; } = 10;

    /// <summary>Acute (7-day) over chronic (28-day weekly average) load above this is flagged.</summary>
    public double AcwrLimit { get; init; } = 1.5;

    public double LongRunMinutes { get; init; } = 45;

    public double HotCelsius { get; init; } = 25;

    /// <summary>Average cadence below this (steps per minute) hints at overstriding.</summary>
    public double LowCadenceSpm { get; init; } = 160;

    public double ShoeLimitKm { get; init; } = 700;

    /// <summary>Runs shorter than this (or than <see cref="MeaningfulRunMinutes"/>) raise no flag and set no bar for spikes.</summary>
    public double MeaningfulRunKm { get; init; } = 1;

    public double MeaningfulRunMinutes { get; init; } = 5;

    /// <summary>A week below this is too little to measure the next week's increase against.</summary>
    public double MeaningfulWeekKm { get; init; } = 5;
}

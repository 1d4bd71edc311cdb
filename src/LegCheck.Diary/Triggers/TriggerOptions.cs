namespace LegCheck.Diary.Triggers;

/// <summary>How much evidence a trigger needs; tweak with <c>with</c>.</summary>
public sealed record TriggerOptions
{
    public static TriggerOptions Default { get; } = new();

    /// <summary>No verdict until each side of a comparison has at least this many runs.</summary>
    public int MinRunsPerSide { get; init; } = 5;

    /// <summary>A difference counts only when Fisher's two-sided p is below this.</summary>
    public double Alpha { get; init; } = 0.05;

    public double HotCelsius { get; init; } = 25;

    /// <summary>Run length bands: under the first, between, and from the last upward (minutes).</summary>
    public double ShortRunMinutes { get; init; } = 45;

    public double LongRunMinutes { get; init; } = 90;

    /// <summary>The "how many more runs" estimate gives up beyond this many per side.</summary>
    public int MaxMoreRuns { get; init; } = 1000;
}

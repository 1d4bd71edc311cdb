namespace LegCheck.Handoff.Training;

/// <summary>How far back the training context looks; tweak with <c>with</c>.</summary>
public sealed record TrainingContextOptions
{
    public static TrainingContextOptions Default { get; } = new();

    /// <summary>Weeks listed, the current one included: four show the load a clinician asks about.</summary>
    public int Weeks { get; init; } = 4;

    /// <summary>Spikes and weekly jumps older than this are history, not context for today's complaint.</summary>
    public int FlagDays { get; init; } = 30;
}

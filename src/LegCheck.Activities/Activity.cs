namespace LegCheck.Activities;

/// <summary>
/// One recorded activity reduced to what LegCheck's training analysis needs.
/// Units are SI-like and explicit in the names; cadence is always steps per minute (both feet),
/// even though FIT and Garmin's extensions record running cadence per foot.
/// </summary>
public sealed record Activity
{
    /// <summary>
    /// The sport: the FIT profile's (running, cycling, walking, hiking, swimming, transition, generic,
    /// fitness_equipment, ...), or <see cref="ActivitySport.Other"/> when the file names no sport LegCheck knows.
    /// A multisport FIT file gives one activity per session, each with its own sport.
    /// </summary>
    public required ActivitySport Sport { get; init; }

    /// <summary>Running, and plausible as a run by its speed and distance (see <see cref="RunPlausibility"/>).</summary>
    public bool IsRun => Sport == ActivitySport.Running && NotARunBecause is null;

    /// <summary>
    /// Why an activity recorded as running cannot be one, such as "60 km/h is a ride"; null when it is plausible
    /// or not recorded as running.
    /// </summary>
    public string? NotARunBecause { get; init; }

    /// <summary>The activity's own name when the file gives one (GPX &lt;name&gt;, an export's activity list).</summary>
    public string? Name { get; init; }

    /// <summary>Read from a damaged file: the summary decoded before the damage, the rest of the file was lost.</summary>
    public bool PartlyRecovered { get; init; }

    public required DateTimeOffset StartUtc { get; init; }

    /// <summary>Offset of the runner's local time at the start, when the file says it (FIT's local_timestamp); otherwise null.</summary>
    public TimeSpan? UtcOffset { get; init; }

    public double? DistanceMeters { get; init; }

    /// <summary>Time spent moving (timer time), falling back to elapsed time.</summary>
    public TimeSpan? MovingTime { get; init; }

    public TimeSpan? ElapsedTime { get; init; }

    public double? ElevationGainMeters { get; init; }

    public double? AverageHeartRate { get; init; }

    public double? MaxHeartRate { get; init; }

    /// <summary>Average cadence in steps per minute.</summary>
    public double? AverageCadenceSpm { get; init; }

    public double? AverageTemperatureC { get; init; }

    /// <summary>Device as the file names it, such as "garmin fenix5"; null when unknown.</summary>
    public string? Device { get; init; }

    /// <summary>Stable identity used to skip re-imports: the same activity read twice gives the same key.</summary>
    public required string Key { get; init; }

    /// <summary>Average pace in seconds per kilometre, when distance and time are known.</summary>
    public double? PaceSecondsPerKm =>
        DistanceMeters is > 0 && MovingTime is { } t ? t.TotalSeconds / (DistanceMeters.Value / 1000.0) : null;
}

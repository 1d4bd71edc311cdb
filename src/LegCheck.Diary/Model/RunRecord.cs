using LegCheck.Activities;

namespace LegCheck.Diary.Model;

/// <summary>
/// An imported run: the decoded <see cref="Activity"/> plus what the diary adds to it,
/// namely where it came from and the run-level factors the runner can set (shoe, lacing, electrolytes, surface, heat).
/// Unset factors are null, meaning "not recorded", which is different from "no".
/// </summary>
public sealed record RunRecord
{
    public long Id { get; init; }

    public required Activity Activity { get; init; }

    /// <summary>Offset of the runner's local time at the start: from the file when it says so, else the machine's time zone.</summary>
    public required TimeSpan UtcOffset { get; init; }

    public bool OffsetFromFile { get; init; }

    public required string FileName { get; init; }

    /// <summary>The run's name: from the export's activity list (Strava's activities.csv), else from the file.</summary>
    public string? Name => Activity.Name;

    /// <summary>Read from a damaged file: its summary was kept, what came after the damage was lost.</summary>
    public bool PartlyRecovered => Activity.PartlyRecovered;

    public required DateTimeOffset ImportedAt { get; init; }

    public long? ShoeId { get; init; }

    public string? Lacing { get; init; }

    public bool? Electrolytes { get; init; }

    public string? Surface { get; init; }

    /// <summary>Marked hot by the runner; when null the recorded temperature decides (see <see cref="IsHot"/>).</summary>
    public bool? Hot { get; init; }

    public DateTimeOffset LocalStart => Activity.StartUtc.ToOffset(UtcOffset);

    /// <summary>The run's local calendar date, which every report uses.</summary>
    public DateOnly LocalDate => DateOnly.FromDateTime(LocalStart.DateTime);

    public double DistanceKm => (Activity.DistanceMeters ?? 0) / 1000.0;

    public TimeSpan Duration => Activity.MovingTime ?? Activity.ElapsedTime ?? TimeSpan.Zero;

    public double Minutes => Duration.TotalMinutes;

    public DateTimeOffset EndUtc => Activity.StartUtc + (Activity.ElapsedTime ?? Duration);

    /// <summary>Hot if the runner said so, else if the device recorded the given temperature or more; null when unknown.</summary>
    public bool? IsHot(double hotCelsius) =>
        Hot ?? (Activity.AverageTemperatureC is { } t ? t >= hotCelsius : null);
}

namespace LegCheck.Diary.Model;

/// <summary>
/// One symptom episode as the runner logged it. Everything except the time and the symptoms is optional;
/// null means "not recorded".
/// </summary>
public sealed record Episode
{
    public long Id { get; init; }

    /// <summary>When it happened, in the runner's local time.</summary>
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The run it belongs to, matched by time or chosen by the runner.</summary>
    public long? RunId { get; init; }

    /// <summary>Symptom ids from <see cref="Symptoms"/>, at least one.</summary>
    public required IReadOnlyList<string> Symptoms { get; init; }

    /// <summary>Where it was felt, in the runner's words ("left calf", "top of right foot").</summary>
    public IReadOnlyList<string> Locations { get; init; } = [];

    public double? MinutesIntoRun { get; init; }

    public double? DurationMinutes { get; init; }

    /// <summary>0 (barely noticeable) to 10 (worst imaginable).</summary>
    public int? Severity { get; init; }

    public long? ShoeId { get; init; }

    public string? Lacing { get; init; }

    public bool? Heat { get; init; }

    /// <summary>What was drunk, in the runner's words ("500 ml water").</summary>
    public string? Fluids { get; init; }

    public bool? Electrolytes { get; init; }

    public string? Helped { get; init; }

    public string? Notes { get; init; }

    public required DateTimeOffset LoggedAt { get; init; }
}

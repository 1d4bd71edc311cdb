using System.Text.Json.Serialization;
using LegCheck.Json;

namespace LegCheck.Core.Model;

/// <summary>When in a plan a piece of advice belongs; its JSON id is the snake_case name (care, now, prevent, safety).</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<AdviceKind>))]
public enum AdviceKind
{
    Care,
    Now,
    Prevent,
    Safety,
}

/// <summary>One step of a plan, with a short title, a paraphrased explanation and its sources.</summary>
public sealed record AdviceItem
{
    public required string Id { get; init; }
    public required AdviceKind Kind { get; init; }
    public required string Title { get; init; }
    public required string Detail { get; init; }
    public required IReadOnlyList<SourceRef> Sources { get; init; }

    /// <summary>Position within its kind; lower comes first (stop running before stretching).</summary>
    public int Order { get; init; } = 50;

    /// <summary>
    /// Safe while waiting for urgent care whatever the cause turns out to be (stop, cool down, lie down);
    /// at emergency levels the plan keeps only such steps besides care-seeking and warnings.
    /// </summary>
    public bool FirstAid { get; init; }

    /// <summary>The title when care is urgent, where the everyday wording would mislead ("slow to a walk").</summary>
    public string? UrgentTitle { get; init; }

    /// <summary>The detail when care is urgent.</summary>
    public string? UrgentDetail { get; init; }

    /// <summary>The title when the care needed within 24 hours is needed today (a suspected clot).</summary>
    public string? SameDayTitle { get; init; }

    /// <summary>The detail when the care is needed today.</summary>
    public string? SameDayDetail { get; init; }

    /// <summary>
    /// A routine appointment (a GP visit, a physiotherapist): beside an urgent banner it would tell the runner to
    /// book what the banner says must happen sooner, so urgent plans leave it out.
    /// </summary>
    public bool Routine { get; init; }

    public string TitleFor(TriageLevel level, bool sameDay = false) =>
        sameDay && SameDayTitle is { } s ? s : level >= TriageLevel.Consultation24 && UrgentTitle is { } t ? t : Title;

    public string DetailFor(TriageLevel level, bool sameDay = false) =>
        sameDay && SameDayDetail is { } s ? s : level >= TriageLevel.Consultation24 && UrgentDetail is { } d ? d : Detail;
}

namespace LegCheck.Core.Model;

/// <summary>When in a plan a piece of advice belongs.</summary>
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
}

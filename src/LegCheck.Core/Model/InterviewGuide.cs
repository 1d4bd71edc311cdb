namespace LegCheck.Core.Model;

/// <summary>
/// When a question applies, as a triage rule's tests: every <see cref="All"/> test holds and each
/// <see cref="AnyOf"/> group has a hit. An empty test always holds.
/// </summary>
public sealed record FactCondition(IReadOnlyList<FactTest> All, IReadOnlyList<IReadOnlyList<FactTest>> AnyOf)
{
    public static FactCondition Always { get; } = new([], []);

    public bool IsAlways => All.Count == 0 && AnyOf.Count == 0;
}

/// <summary>
/// A presentation and the questions a clinician must ask for it before the interview may end, such as
/// clot risks for a painful or swollen calf.
/// </summary>
public sealed record Presentation(string Id, FactCondition When, IReadOnlyList<string> Ask, string Why);

/// <summary>
/// A question that cannot matter in some presentations (no heat list for cramps that only come in bed):
/// it is asked only when <see cref="OnlyWhen"/> holds, not when <see cref="SkipWhen"/> holds, and never once
/// care is urgent if <see cref="NotWhenUrgent"/>. The safety check still asks it when an answer could raise the urgency.
/// </summary>
public sealed record QuestionGate(string QuestionId, FactCondition OnlyWhen, FactCondition? SkipWhen, bool NotWhenUrgent);

/// <summary>
/// How the interview runs, in a clinician's order: the opening questions (what, where, when), the alarm
/// screens, each presentation's must-asks, and the questions that only matter in some presentations.
/// </summary>
public sealed record InterviewGuide
{
    public static InterviewGuide Empty { get; } = new();

    public IReadOnlyList<string> Opening { get; init; } = [];

    public IReadOnlyList<string> Screens { get; init; } = [];

    public IReadOnlyList<Presentation> Presentations { get; init; } = [];

    public IReadOnlyList<QuestionGate> Gates { get; init; } = [];

    /// <summary>Questions whose answers change what to do while waiting for emergency care (cooling, drinking nothing).</summary>
    public IReadOnlyList<string> FirstAid { get; init; } = [];
}

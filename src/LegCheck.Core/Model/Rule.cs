namespace LegCheck.Core.Model;

/// <summary>
/// A test on the facts. <c>cramp</c> means answered yes, <c>!cramp</c> answered no, <c>~cramp</c> not answered yes,
/// <c>location:calf</c> and <c>side:one</c> test choices, <c>run_minutes&gt;=120</c> tests a number.
/// An unknown fact satisfies no test, so a rule never fires on what was not said.
/// </summary>
public sealed record FactTest(string Raw, string FactId, FactTestOp Op, string? Value, double? Number)
{
    /// <summary>
    /// A no or not-yes test: it holds on the absence of a sign, so the fact never counts among the reasons a rule fired.
    /// </summary>
    public bool IsNegative => Op is FactTestOp.AnsweredNo or FactTestOp.NotAnsweredYes;
}

/// <summary>
/// A red flag or escalation: fires when every <see cref="All"/> test holds and, for each group in
/// <see cref="AnyOf"/>, at least one test holds. It then sets at least <see cref="Level"/>,
/// whatever the ranking says, and suppresses <see cref="Contraindicated"/> advice.
/// </summary>
public sealed record TriageRule
{
    public required string Id { get; init; }
    public required TriageLevel Level { get; init; }
    public required string Message { get; init; }
    public required IReadOnlyList<FactTest> All { get; init; }
    public IReadOnlyList<IReadOnlyList<FactTest>> AnyOf { get; init; } = [];
    public IReadOnlyList<string> Suspects { get; init; } = [];
    public IReadOnlyList<string> Contraindicated { get; init; } = [];
    public IReadOnlyList<string> Advice { get; init; } = [];
    public required IReadOnlyList<SourceRef> Sources { get; init; }

    /// <summary>At the 24-hour level this rule means today (symptoms getting worse by the hour).</summary>
    public bool SameDay { get; init; }

    /// <summary>A red flag is an alarm sign; an escalation only asks for a routine visit.</summary>
    public bool IsRedFlag => Level >= TriageLevel.Consultation24;
}

/// <summary>Advice added because of what the runner reported, such as loosening laces that were tight.</summary>
public sealed record TailoringRule
{
    public required string Id { get; init; }
    public required IReadOnlyList<FactTest> All { get; init; }
    public IReadOnlyList<IReadOnlyList<FactTest>> AnyOf { get; init; } = [];
    public required IReadOnlyList<string> Advice { get; init; }
    public required string Reason { get; init; }
    public required IReadOnlyList<SourceRef> Sources { get; init; }
}

/// <summary>
/// A benign pattern that accounts for an alarm sign, such as a pale foot in Raynaud's attacks that come on in the
/// cold in both feet and pass on warming. While it holds, <see cref="Explains"/> are taken back from the triage
/// rules, which then judge the case as if those signs had not been given. It holds only when its tests hold and
/// no other alarm sign is answered yes, so any genuine alarm sign brings every taken-back sign back with it.
/// </summary>
public sealed record Explanation
{
    public required string Id { get; init; }
    public required IReadOnlyList<string> Explains { get; init; }
    public required IReadOnlyList<FactTest> All { get; init; }
    public IReadOnlyList<IReadOnlyList<FactTest>> AnyOf { get; init; } = [];
    public required string Message { get; init; }
    public required IReadOnlyList<SourceRef> Sources { get; init; }
}

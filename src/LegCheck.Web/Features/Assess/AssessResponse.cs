using System.Text.Json.Serialization;
using LegCheck.Core.Engine;
using LegCheck.Web.Features.Knowledge;

namespace LegCheck.Web.Features.Assess;

/// <summary>
/// The contract JSON of ../shared/case-format.md (case, triage, conditions, red_flags, advice,
/// questions_asked, disclaimer) with an <see cref="Explanation"/> added beside it, unless the client asked
/// for the contract alone.
/// </summary>
internal sealed record AssessResponse(
    [property: JsonPropertyName("case")] string Case,
    string Triage,
    IReadOnlyList<ConditionJson> Conditions,
    IReadOnlyList<string> RedFlags,
    IReadOnlyList<string> Advice,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? QuestionsAsked,
    string Disclaimer,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Explanation? Explanation,
    CallJson Call,
    string Reason);

/// <summary>What to call at this urgency and the numbers for the runner's region (?region=uk|us|ca|eu|au|nz).</summary>
internal sealed record CallJson(string Text, IReadOnlyList<PhoneJson> Numbers);

/// <summary>A number to call; <c>tel</c> is the tap-to-call link.</summary>
internal sealed record PhoneJson(string Number, string Label, string Tel);

/// <summary>
/// Why the result is what it is: the triage and its rules, each listed cause and the facts that moved it, the
/// plan. Rules and plan steps cite sources by id and section; <c>sources</c> describes each cited document once.
/// </summary>
internal sealed record Explanation(
    TriageExplanation Triage,
    IReadOnlyList<ConditionExplanation> Conditions,
    IReadOnlyList<PlanStepJson> Plan,
    IReadOnlyList<SuppressedJson> Suppressed,
    IReadOnlyDictionary<string, SourceEntry> Sources);

/// <summary>The urgency in plain words, the red-flag and escalation rules that fired, and the causes that set it.</summary>
internal sealed record TriageExplanation(string Level, string WhatToDo, IReadOnlyList<FiredRuleJson> Rules, IReadOnlyList<string> DrivenBy)
{
    /// <summary>Why the level is what it is, with its own sources.</summary>
    public PlanReasonJson? Reason { get; init; }

    /// <summary>Causes behind the urgency, shown as "needs checking" however unlikely.</summary>
    public IReadOnlyList<string> NeedsChecking { get; init; } = [];

    /// <summary>Whom to see, from the cause behind the urgency.</summary>
    public string WhenToSeeWhom { get; init; } = "";
}

internal sealed record FiredRuleJson(string Id, string Level, bool RedFlag, string Message, IReadOnlyList<string> Facts, IReadOnlyList<CitationJson> Sources);

/// <summary>One ranked cause with the reported facts that raised and lowered it; weight is the log likelihood ratio.</summary>
internal sealed record ConditionExplanation(
    string Id,
    string Name,
    double Probability,
    string Band,
    string Summary,
    string SeeWhom,
    IReadOnlyList<ContributionJson> Raised,
    IReadOnlyList<ContributionJson> Lowered);

internal sealed record ContributionJson(string Fact, string? Value, string Label, double Weight);

internal sealed record PlanStepJson(string Id, string Kind, string Title, string Detail, string Reason, IReadOnlyList<CitationJson> Sources, IReadOnlyList<PlanReasonJson> Reasons);

/// <summary>One reason, for the urgency or for a step, cited on its own.</summary>
internal sealed record PlanReasonJson(string Text, IReadOnlyList<CitationJson> Sources);

/// <summary>A citation: the document id (described in <c>explanation.sources</c>) and the section paraphrased, if any.</summary>
internal sealed record CitationJson(
    string Id,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Section);

internal sealed record SuppressedJson(string Id, string Reason);

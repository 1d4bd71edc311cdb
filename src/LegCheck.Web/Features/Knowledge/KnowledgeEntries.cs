using LegCheck.Core.Model;
using LegCheck.Web.Api;
using LegCheck.Web.Features.Assess;

namespace LegCheck.Web.Features.Knowledge;

/// <summary>A sourced sentence about a condition.</summary>
public sealed record ClaimJson(string Text, IReadOnlyList<SourceJson> Sources);

/// <summary>
/// A condition as the library shows it: what it is, how it feels, what causes it, what to do now and to
/// prevent it, when to see whom, and the sources of each claim.
/// </summary>
public sealed record ConditionEntry(
    string Id,
    string Name,
    string Severity,
    string Triage,
    string TriageMeaning,
    string SeeWhom,
    ClaimJson Summary,
    IReadOnlyList<ClaimJson> Feels,
    IReadOnlyList<ClaimJson> Causes,
    IReadOnlyList<string> AdviceNow,
    IReadOnlyList<string> AdvicePrevent,
    IReadOnlyList<string> AdviceCare,
    IReadOnlyList<string> Avoid);

internal sealed record FactEntry(string Id, string Type, string Label, IReadOnlyList<string> Values, double? Min, double? Max, string? Unit);

internal sealed record AdviceEntry(string Id, string Kind, string Title, string Detail, IReadOnlyList<SourceJson> Sources);

internal sealed record SourceEntry(string Id, string Kind, string Title, string? Publisher);

/// <summary>The knowledge base in its API shape, built once: the knowledge base never changes while the app runs.</summary>
internal sealed class KnowledgeCatalog
{
    public KnowledgeCatalog(KnowledgeBase kb)
    {
        Kb = kb;
        Conditions = kb.Conditions.Select(c => new ConditionEntry(
            c.Id,
            c.Name,
            JsonIds.Of(c.Severity),
            c.Triage.ToId(),
            LegCheck.Core.Engine.Planner.Describe(c.Triage),
            c.SeeWhom,
            Claim(c.Summary),
            c.Feels.Select(Claim).ToList(),
            c.Causes.Select(Claim).ToList(),
            c.AdviceNow,
            c.AdvicePrevent,
            c.AdviceCare,
            c.Contraindicated)).ToList();
        Facts = kb.Facts.Values.Select(f => new FactEntry(
            f.Id,
            JsonIds.Of(f.Type),
            f.Label,
            f.Values,
            f.Min,
            f.Max,
            f.Unit)).ToList();
        Questions = kb.Questions.Select(q => QuestionJson.From(kb, q)).ToList();
        Advice = kb.Advice.Values
            .OrderBy(a => a.Kind).ThenBy(a => a.Order).ThenBy(a => a.Id, StringComparer.Ordinal)
            .Select(a => new AdviceEntry(a.Id, JsonIds.Of(a.Kind), a.Title, a.Detail, SourceJson.From(kb, a.Sources)))
            .ToList();
        Sources = kb.Sources.Values.Select(s => new SourceEntry(s.Id, s.Kind, s.Title, s.Publisher)).ToList();

        ClaimJson Claim(Claim c) => new(c.Text, SourceJson.From(kb, c.Sources));
    }

    public KnowledgeBase Kb { get; }
    public IReadOnlyList<ConditionEntry> Conditions { get; }
    public IReadOnlyList<FactEntry> Facts { get; }
    public IReadOnlyList<QuestionJson> Questions { get; }
    public IReadOnlyList<AdviceEntry> Advice { get; }
    public IReadOnlyList<SourceEntry> Sources { get; }

    public ConditionEntry? Condition(string id) => Conditions.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.Ordinal));

    public AdviceEntry? AdviceItem(string id) => Advice.FirstOrDefault(a => string.Equals(a.Id, id, StringComparison.Ordinal));
}

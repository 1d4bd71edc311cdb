using LegCheck.Core.Engine;
using LegCheck.Core.Model;
using LegCheck.Web.Features.Knowledge;

namespace LegCheck.Web.Features.Assess;

/// <summary>
/// Turns an <see cref="Assessment"/> into the API's response: the contract part from Core, then the explanation.
/// Rule citations are built once per knowledge base, since assess is the hot path; a plan step's follow its reasons,
/// which differ per answer.
/// </summary>
internal sealed class AssessmentPresenter
{
    private readonly Dictionary<string, CitationJson[]> _ruleCitations;
    private readonly Dictionary<string, SourceEntry> _sources;

    public AssessmentPresenter(KnowledgeBase kb)
    {
        _ruleCitations = kb.TriageRules.ToDictionary(r => r.Id, r => Cite(r.Sources), StringComparer.Ordinal);
        _sources = kb.Sources.Values.ToDictionary(s => s.Id, s => new SourceEntry(s.Id, s.Kind, s.Title, s.Publisher), StringComparer.Ordinal);
    }

    public AssessResponse ToResponse(string caseId, Assessment assessment, int? questionsAsked = null, bool explain = true)
    {
        var contract = AssessmentJson.From(caseId, assessment, questionsAsked);
        if (!explain)
        {
            return new AssessResponse(contract.Case, contract.Triage, contract.Conditions, contract.RedFlags, contract.Advice, contract.QuestionsAsked, contract.Disclaimer, null, Call(assessment), assessment.Triage.Reason.Text);
        }

        var cited = new Dictionary<string, SourceEntry>(StringComparer.Ordinal);

        var rules = new List<FiredRuleJson>(assessment.Triage.Fired.Count);
        foreach (var fired in assessment.Triage.Fired)
        {
            var citations = Cited(_ruleCitations[fired.Rule.Id], cited);
            rules.Add(new FiredRuleJson(fired.Rule.Id, fired.Rule.Level.ToId(), fired.Rule.IsRedFlag, fired.Rule.Message, fired.Facts, citations));
        }

        // The explanation lists the causes every face shows, by Core's one rule; the contract's conditions above keep
        // their own public list.
        var listedCauses = assessment.ListedCauses;
        var conditions = new List<ConditionExplanation>(listedCauses.Count);
        foreach (var c in listedCauses)
        {
            conditions.Add(new ConditionExplanation(
                c.Condition.Id,
                c.Condition.Name,
                ConditionJson.Of(c).Probability,
                assessment.BandOf(c),
                c.Condition.Summary.Text,
                c.Condition.SeeWhom,
                c.Raised.Select(Contribution).ToList(),
                c.Lowered.Select(Contribution).ToList()));
        }

        var plan = new List<PlanStepJson>(assessment.Plan.Count);
        foreach (var step in assessment.Plan)
        {
            var advice = step.Advice;
            var reasons = step.Reasons
                .Select(r => new PlanReasonJson(r.Text, Cited(Cite(Assessment.SourcesOf(step, r)), cited)))
                .ToList();
            plan.Add(new PlanStepJson(advice.Id, JsonIds.Of(advice.Kind), assessment.TitleOf(step), assessment.DetailOf(step), step.Reason, Cited(Cite(Assessment.SourcesOf(step)), cited), reasons));
        }

        var explanation = new Explanation(
            new TriageExplanation(
                contract.Triage,
                assessment.Triage.Describe(),
                rules,
                assessment.Triage.Driving.Select(d => d.Condition.Id).ToList())
            {
                Reason = assessment.Triage.Reason.Text.Length > 0 ? new PlanReasonJson(assessment.Triage.Reason.Text, Cited(Cite(assessment.Triage.Reason.Sources), cited)) : null,
                NeedsChecking = assessment.CheckingFor.Select(c => c.Condition.Id).ToList(),
                WhenToSeeWhom = assessment.WhenToSeeWhom,
            },
            conditions,
            plan,
            assessment.Suppressed.Select(s => new SuppressedJson(s.AdviceId, s.Reason)).ToList(),
            cited);

        return new AssessResponse(
            contract.Case,
            contract.Triage,
            contract.Conditions,
            contract.RedFlags,
            contract.Advice,
            contract.QuestionsAsked,
            contract.Disclaimer,
            explanation,
            Call(assessment),
            assessment.Triage.Reason.Text);
    }

    private static CallJson Call(Assessment a) =>
        new(a.Call.Text, a.Call.Numbers.Select(n => new PhoneJson(n.Number, n.Label, "tel:" + n.Dial)).ToList());

    private CitationJson[] Cited(CitationJson[] citations, Dictionary<string, SourceEntry> cited)
    {
        foreach (var citation in citations)
        {
            cited.TryAdd(citation.Id, _sources[citation.Id]);
        }

        return citations;
    }

    private static CitationJson[] Cite(IReadOnlyList<SourceRef> sources) => sources.Select(s => new CitationJson(s.SourceId, s.Section)).ToArray();

    private static ContributionJson Contribution(Contribution c) => new(c.FactId, c.Value, c.Label, Math.Round(c.LogRatio, 2));
}

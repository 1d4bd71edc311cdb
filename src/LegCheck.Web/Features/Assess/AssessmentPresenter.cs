using LegCheck.Core.Engine;
using LegCheck.Core.Model;
using LegCheck.Web.Api;

namespace LegCheck.Web.Features.Assess;

/// <summary>Turns an <see cref="Assessment"/> into the API's response: the contract part from Core, then the explanation.</summary>
public static class AssessmentPresenter
{
    public static AssessResponse ToResponse(KnowledgeBase kb, string caseId, Assessment assessment, int? questionsAsked = null)
    {
        var contract = AssessmentJson.From(caseId, assessment, questionsAsked);
        var listed = new HashSet<string>(contract.Conditions.Select(c => c.Id), StringComparer.Ordinal);
        var explanation = new Explanation(
            new TriageExplanation(
                contract.Triage,
                Planner.Describe(assessment.Triage.Level),
                assessment.Triage.Fired.Select(f => new FiredRuleJson(
                    f.Rule.Id,
                    f.Rule.Level.ToId(),
                    f.Rule.IsRedFlag,
                    f.Rule.Message,
                    f.Facts,
                    SourceJson.From(kb, f.Rule.Sources))).ToList(),
                assessment.Triage.Driving.Select(d => d.Condition.Id).ToList()),
            assessment.Conditions
                .Where(c => listed.Contains(c.Condition.Id))
                .Select(c => new ConditionExplanation(
                    c.Condition.Id,
                    c.Condition.Name,
                    contract.Conditions.First(x => x.Id == c.Condition.Id).Probability,
                    c.Band,
                    c.Condition.Summary.Text,
                    c.Condition.SeeWhom,
                    c.Raised.Select(Contribution).ToList(),
                    c.Lowered.Select(Contribution).ToList()))
                .ToList(),
            assessment.Plan.Select(p => new PlanStepJson(
                p.Advice.Id,
                KindId(p.Advice.Kind),
                p.Advice.Title,
                p.Advice.Detail,
                p.Reason,
                SourceJson.From(kb, p.Advice.Sources))).ToList(),
            assessment.Suppressed.Select(s => new SuppressedJson(s.AdviceId, s.Reason)).ToList());

        return new AssessResponse(
            contract.Case,
            contract.Triage,
            contract.Conditions,
            contract.RedFlags,
            contract.Advice,
            contract.QuestionsAsked,
            contract.Disclaimer,
            explanation);
    }

    public static string KindId(AdviceKind kind) => kind switch
    {
        AdviceKind.Care => "care",
        AdviceKind.Now => "now",
        AdviceKind.Prevent => "prevent",
        _ => "safety",
    };

    private static ContributionJson Contribution(Contribution c) =>
        new(c.FactId, c.Value, c.Label, Math.Round(c.LogRatio, 2));
}

using LegCheck.Core.Cases;
using LegCheck.Core.Model;

namespace LegCheck.Core.Engine;

/// <summary>
/// Sets the urgency as the most urgent of: every triage rule that fires, and every condition whose
/// probability reaches its alert threshold. Rules are checked on the facts alone, so no amount of
/// other evidence can lower a red flag.
/// </summary>
public static class Triage
{
    public static TriageResult Decide(KnowledgeBase kb, Evidence evidence, IReadOnlyList<RankedCondition> ranked)
    {
        var level = TriageLevel.SelfCare;
        var fired = new List<FiredRule>();
        foreach (var rule in kb.TriageRules)
        {
            if (RuleEvaluator.Fire(rule.All, rule.AnyOf, evidence) is { } facts)
            {
                fired.Add(new FiredRule(rule, facts));
                level = TriageLevels.Max(level, rule.Level);
            }
        }

        var driving = new List<RankedCondition>();
        for (var i = 0; i < ranked.Count; i++)
        {
            var rc = ranked[i];

            // The leading cause always counts, so the level matches what the runner is told is most likely.
            if (rc.Probability >= rc.Condition.AlertAt || i == 0)
            {
                driving.Add(rc);
                level = TriageLevels.Max(level, rc.Condition.Triage);
            }
        }

        return new TriageResult(level, fired, driving);
    }

    /// <summary>The level alone, from a posterior in knowledge-base order; used to simulate interview answers cheaply.</summary>
    public static TriageLevel Level(KnowledgeBase kb, Evidence evidence, double[] posterior)
    {
        var level = TriageLevel.SelfCare;
        foreach (var rule in kb.TriageRules)
        {
            if (rule.Level > level && RuleEvaluator.Fire(rule.All, rule.AnyOf, evidence) is not null)
            {
                level = rule.Level;
            }
        }

        var top = 0;
        for (var c = 0; c < posterior.Length; c++)
        {
            var condition = kb.Conditions[c];
            if (posterior[c] >= condition.AlertAt)
            {
                level = TriageLevels.Max(level, condition.Triage);
            }

            if (posterior[c] > posterior[top])
            {
                top = c;
            }
        }

        return TriageLevels.Max(level, kb.Conditions[top].Triage);
    }
}

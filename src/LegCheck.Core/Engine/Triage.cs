using LegCheck.Core.Cases;
using LegCheck.Core.Model;

namespace LegCheck.Core.Engine;

/// <summary>
/// Sets the urgency as the most urgent of: every triage rule that fires, and every condition whose
/// probability reaches its alert threshold (the leading cause always counts).
/// A red flag can never be outweighed: rules test the facts alone, and the condition-driven level is
/// the highest over every subset of the red-flag facts present, so a further red flag, which can shift
/// probability between conditions, can only add urgency, never take it away.
/// </summary>
public static class Triage
{
    /// <summary>Beyond this many red-flag facts the rules alone are urgent enough; the subset search stops growing.</summary>
    private const int MaxSubsetFacts = 8;

    public static TriageResult Decide(CompiledModel model, Evidence evidence, IReadOnlyList<Observation> observations, IReadOnlyList<RankedCondition> ranked)
    {
        var kb = model.Kb;
        var fired = new List<FiredRule>();
        var level = TriageLevel.SelfCare;
        foreach (var rule in kb.TriageRules)
        {
            if (RuleEvaluator.Fire(rule.All, rule.AnyOf, evidence) is { } facts)
            {
                fired.Add(new FiredRule(rule, facts));
                level = TriageLevels.Max(level, rule.Level);
            }
        }

        var driving = ranked.Where((rc, i) => i == 0 || rc.Probability >= rc.Condition.AlertAt).ToList();
        level = TriageLevels.Max(level, ConditionLevel(model, observations));
        return new TriageResult(level, fired, driving);
    }

    /// <summary>The level alone; used to simulate interview answers cheaply.</summary>
    public static TriageLevel Level(CompiledModel model, Evidence evidence, IReadOnlyList<Observation> observations)
    {
        var level = TriageLevel.SelfCare;
        foreach (var rule in model.Kb.TriageRules)
        {
            if (rule.Level > level && RuleEvaluator.Fire(rule.All, rule.AnyOf, evidence) is not null)
            {
                level = rule.Level;
            }
        }

        return TriageLevels.Max(level, ConditionLevel(model, observations));
    }

    /// <summary>
    /// The condition-driven level: for each subset of the red-flag observations present (with all other
    /// observations), the most urgent condition past its alert threshold or leading; the maximum over subsets.
    /// </summary>
    public static TriageLevel ConditionLevel(CompiledModel model, IReadOnlyList<Observation> observations)
    {
        var n = model.ConditionCount;
        var weight = model.Kb.EvidenceWeight;
        var baseScores = (double[])model.LogPriors.Clone();
        var flags = new List<Observation>();
        foreach (var o in observations)
        {
            if (o.IsYes && o.BinaryIndex >= 0 && model.IsRedFlagFact(o.FactId) && flags.Count < MaxSubsetFacts)
            {
                flags.Add(o);
                continue;
            }

            for (var c = 0; c < n; c++)
            {
                baseScores[c] += weight * model.LogRatio(c, o);
            }
        }

        var level = TriageLevel.SelfCare;
        var scores = new double[n];
        for (var mask = 0; mask < 1 << flags.Count; mask++)
        {
            Array.Copy(baseScores, scores, n);
            for (var f = 0; f < flags.Count; f++)
            {
                if ((mask & (1 << f)) != 0)
                {
                    for (var c = 0; c < n; c++)
                    {
                        scores[c] += weight * model.LogRatio(c, flags[f]);
                    }
                }
            }

            Inference.Softmax(scores);
            level = TriageLevels.Max(level, LevelOf(model.Kb, scores));
        }

        return level;
    }

    private static TriageLevel LevelOf(KnowledgeBase kb, double[] posterior)
    {
        var level = TriageLevel.SelfCare;
        var top = 0;
        for (var c = 0; c < posterior.Length; c++)
        {
            if (posterior[c] >= kb.Conditions[c].AlertAt)
            {
                level = TriageLevels.Max(level, kb.Conditions[c].Triage);
            }

            if (posterior[c] > posterior[top])
            {
                top = c;
            }
        }

        return TriageLevels.Max(level, kb.Conditions[top].Triage);
    }
}

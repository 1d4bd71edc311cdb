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
    /// <summary>
    /// The subset search is exponential, so it stops here: so many alarm signs at once is itself a reason
    /// to call emergency services, and answering so keeps adding a red flag from ever lowering the level.
    /// </summary>
    private const int MaxSubsetFacts = 6;

    public static TriageResult Decide(CompiledModel model, Evidence evidence, IReadOnlyList<Observation> observations, IReadOnlyList<RankedCondition> ranked, double[]? scores = null)
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
        level = TriageLevels.Max(level, ConditionLevel(model, observations, scores));
        return new TriageResult(level, fired, driving);
    }

    /// <summary>The level alone; used to simulate interview answers cheaply.</summary>
    public static TriageLevel Level(CompiledModel model, Evidence evidence, IReadOnlyList<Observation> observations, double[]? scores = null)
    {
        var level = TriageLevel.SelfCare;
        foreach (var rule in model.Kb.TriageRules)
        {
            if (rule.Level > level && RuleEvaluator.Fire(rule.All, rule.AnyOf, evidence) is not null)
            {
                level = rule.Level;
            }
        }

        return TriageLevels.Max(level, ConditionLevel(model, observations, scores));
    }

    /// <summary>
    /// The condition-driven level: for every way the red-flag facts present could have been answered
    /// (yes, no, or not at all), with all other observations as they are, the most urgent condition past
    /// its alert threshold or leading; the maximum over them. The answer actually given is one of those
    /// ways, so a red flag added later (from "no" or from unknown) can only add urgency.
    /// </summary>
    public static TriageLevel ConditionLevel(CompiledModel model, IReadOnlyList<Observation> observations, double[]? scores = null)
    {
        var n = model.ConditionCount;
        var weight = model.Kb.EvidenceWeight;
        var full = scores ?? Inference.Scores(model, observations);
        var flags = new List<Observation>();
        foreach (var o in observations)
        {
            if (o.IsYes && o.BinaryIndex >= 0 && model.IsRedFlagFact(o.FactId))
            {
                flags.Add(o);
            }
        }

        if (flags.Count > MaxSubsetFacts)
        {
            return TriageLevel.EmergencyAmbulance;
        }

        var baseScores = (double[])full.Clone();
        foreach (var f in flags)
        {
            var row = model.Row(f);
            for (var c = 0; c < n; c++)
            {
                baseScores[c] -= weight * row[c];
            }
        }

        var level = TriageLevel.SelfCare;
        var work = new double[n];
        var combinations = (int)Math.Pow(3, flags.Count);
        for (var combination = 0; combination < combinations; combination++)
        {
            Array.Copy(baseScores, work, n);
            var rest = combination;
            for (var f = 0; f < flags.Count; f++, rest /= 3)
            {
                // 0: not answered, 1: yes, 2: no.
                if (rest % 3 == 0)
                {
                    continue;
                }

                var row = model.Row(rest % 3 == 1 ? flags[f] : flags[f] with { IsYes = false });
                for (var c = 0; c < n; c++)
                {
                    work[c] += weight * row[c];
                }
            }

            Inference.Softmax(work);
            level = TriageLevels.Max(level, LevelOf(model.Kb, work));
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

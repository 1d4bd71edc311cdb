using LegCheck.Core.Cases;
using LegCheck.Core.Model;

namespace LegCheck.Core.Engine;

/// <summary>
/// The condition-driven urgency, made monotone in the alarm signs by construction.
/// <para>
/// Each condition is tested against its alert threshold with a probability in which no alarm sign answered
/// yes counts against it: the sign (with whatever it alone implied, as a calf larger than the other implies
/// swelling) may raise a rival cause by no more than it raises this one, measured from every earlier way the
/// sign could have stood — not given, answered no, or, under the closed world, not mentioned. Answering a sign
/// yes therefore raises every condition's alert probability or leaves it, so a further alarm sign can shift the
/// ranking between causes but never take a dangerous cause back below its threshold.
/// </para>
/// <para>
/// The leading cause counts too, but only up to consultation within 24 hours: every alarm sign fires a rule at
/// least that urgent on its own, so a sign that changes the leader cannot lower the level that way either.
/// </para>
/// </summary>
internal static class AlarmSignAlerts
{
    public static ConditionVerdict Decide(CompiledModel model, Evidence evidence, IReadOnlyList<Observation> observations, double[] scores)
    {
        var kb = model.Kb;
        var n = model.ConditionCount;
        var posterior = Inference.Posterior(scores);
        var top = ArgMax(posterior);
        var verdict = new ConditionVerdict(TriageLevels.Min(kb.Conditions[top].Triage, TriageLevel.Consultation24), top);

        var signs = Signs(model, evidence, observations);
        var baseScores = (double[])scores.Clone();
        foreach (var s in signs)
        {
            for (var k = 0; k < n; k++)
            {
                baseScores[k] -= s.Yes[k];
            }
        }

        var work = new double[n];
        var bestP = 0.0;
        for (var c = 0; c < n; c++)
        {
            var condition = kb.Conditions[c];
            if (condition.Triage < verdict.Level || condition.Triage <= TriageLevel.Consultation24 && condition.Triage == verdict.Level)
            {
                continue;
            }

            var p = signs.Count == 0 ? posterior[c] : AlertProbability(baseScores, signs, c, work);
            if (p >= condition.AlertAt && (condition.Triage > verdict.Level || p > bestP))
            {
                verdict = new ConditionVerdict(condition.Triage, c);
                bestP = p;
            }
        }

        return verdict;
    }

    /// <summary>Condition c's probability with every alarm sign's boost to its rivals capped at its boost to c.</summary>
    private static double AlertProbability(double[] baseScores, List<Sign> signs, int c, double[] work)
    {
        AlertScores(baseScores, signs, c, work);
        Inference.Softmax(work);
        return work[c];
    }

    private static void AlertScores(double[] baseScores, List<Sign> signs, int c, double[] work)
    {
        Array.Copy(baseScores, work, work.Length);
        foreach (var s in signs)
        {
            for (var k = 0; k < work.Length; k++)
            {
                work[k] += k == c ? s.Yes[c] : s.Clipped(k, c);
            }
        }
    }

    /// <summary>
    /// The scores from which each condition is tested against its alert threshold (before normalising), for the
    /// interview, which asks how far further answers could still move them.
    /// </summary>
    public static AlertBasis Basis(CompiledModel model, Evidence evidence, IReadOnlyList<Observation> observations, double[] scores)
    {
        var signs = Signs(model, evidence, observations);
        var baseScores = (double[])scores.Clone();
        foreach (var s in signs)
        {
            for (var k = 0; k < baseScores.Length; k++)
            {
                baseScores[k] -= s.Yes[k];
            }
        }

        return new AlertBasis(baseScores, signs);
    }

    /// <summary>The alarm signs answered yes and the scores without them; <see cref="ScoresFor"/> gives condition c's alert scores.</summary>
    internal sealed class AlertBasis(double[] baseScores, List<Sign> signs)
    {
        public void ScoresFor(int c, double[] work) => AlertScores(baseScores, signs, c, work);
    }

    /// <summary>
    /// One alarm sign answered yes: the scores it adds as given (<see cref="Yes"/>), and the scores each earlier
    /// answer would have added instead (nothing when not given; its "no" row; the weaker closed-world "no").
    /// </summary>
    internal sealed record Sign(double[] Yes, double[] Unknown, double[] No, double[] NotMentioned)
    {
        /// <summary>What the sign may add to rival k when condition c is tested: never more, from any earlier answer, than it adds to c.</summary>
        public double Clipped(int k, int c) =>
            Math.Min(
                Math.Min(Yes[k], Yes[c] - Unknown[c] + Unknown[k]),
                Math.Min(Yes[c] - No[c] + No[k], Yes[c] - NotMentioned[c] + NotMentioned[k]));
    }

    private static List<Sign> Signs(CompiledModel model, Evidence evidence, IReadOnlyList<Observation> observations)
    {
        var signs = new List<Sign>();
        var n = model.ConditionCount;
        var weight = model.Kb.EvidenceWeight;
        var closedWeight = model.Kb.ClosedWorldWeight;
        foreach (var o in observations)
        {
            if (!o.IsYes || o.BinaryIndex < 0 || o.Value is not null || !model.IsRedFlagFact(o.FactId))
            {
                continue;
            }

            var yes = new double[n];
            var unknown = new double[n];
            var no = new double[n];
            var notMentioned = new double[n];
            Add(yes, model.Row(o), weight);
            Add(no, model.Row(o with { IsYes = false }), weight);
            Add(notMentioned, model.Row(o with { IsYes = false }), weight * closedWeight);

            // What only this sign implied goes with it: without the sign the implied fact was never mentioned.
            foreach (var d in observations)
            {
                if (d.IsYes && d.BinaryIndex >= 0 && d.Value is null && evidence.ImpliedBy.TryGetValue(d.FactId, out var by) && by.Length == 1 && by[0] == o.FactId)
                {
                    Add(yes, model.Row(d), weight);
                    if (evidence.IsClosedWorld)
                    {
                        Add(unknown, model.Row(d with { IsYes = false }), weight * closedWeight);
                        Add(no, model.Row(d with { IsYes = false }), weight * closedWeight);
                        Add(notMentioned, model.Row(d with { IsYes = false }), weight * closedWeight);
                    }
                }
            }

            signs.Add(new Sign(yes, unknown, no, notMentioned));
        }

        // A fact implied by several alarm signs (weakness by foot drop and by not being able to tiptoe) is capped
        // on its own: attached to no single sign, it would leave the capped set when a second sign implying it was
        // answered yes, and the rivals it favours would then rise unchecked (a property-test counterexample).
        foreach (var d in observations)
        {
            if (d.IsYes && d.BinaryIndex >= 0 && d.Value is null && !model.IsRedFlagFact(d.FactId)
                && evidence.ImpliedBy.TryGetValue(d.FactId, out var by) && by.Length > 1
                && by.Any(f => model.IsRedFlagFact(f) && evidence.IsYes(f)))
            {
                var yes = new double[n];
                var earlier = new double[n];
                Add(yes, model.Row(d), weight);
                if (evidence.IsClosedWorld)
                {
                    Add(earlier, model.Row(d with { IsYes = false }), weight * closedWeight);
                }

                signs.Add(new Sign(yes, earlier, earlier, earlier));
            }
        }

        return signs;
    }

    private static void Add(double[] target, ReadOnlySpan<double> row, double scale)
    {
        for (var c = 0; c < target.Length; c++)
        {
            target[c] += scale * row[c];
        }
    }

    private static int ArgMax(double[] p)
    {
        var best = 0;
        for (var i = 1; i < p.Length; i++)
        {
            if (p[i] > p[best])
            {
                best = i;
            }
        }

        return best;
    }
}

/// <summary>The urgency the ranking sets and the index of the condition that set it.</summary>
public sealed record ConditionVerdict(TriageLevel Level, int Condition);

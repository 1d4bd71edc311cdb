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
/// least that urgent on its own, so a sign that changes the leader cannot lower the level that way either. A sign
/// a benign pattern took back from the rules (<see cref="Explanations"/>) fires none, so for it the leader is also
/// judged with the sign standing as it could have before, and the most urgent of those leaders counts.
/// </para>
/// </summary>
internal static class AlarmSignAlerts
{
    public static ConditionVerdict Decide(CompiledModel model, Evidence evidence, IReadOnlyList<Observation> observations, double[] scores, IReadOnlyList<string>? takenBack = null)
    {
        var kb = model.Kb;
        var n = model.ConditionCount;
        var posterior = Inference.Posterior(scores);
        var signs = Signs(model, evidence, observations);
        var verdict = Leader(model, scores, signs, takenBack ?? [], evidence.IsClosedWorld);
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

    /// <summary>
    /// The leading cause's level, up to consultation within 24 hours. An alarm sign that a benign pattern took back
    /// from the rules (<see cref="Explanations"/>) fires no rule to cover a lead it takes away, so the leader is also
    /// judged with each such sign taken back to every earlier way it could have stood, and the most urgent counts:
    /// answering the sign yes then cannot move the lead to a less urgent cause.
    /// </summary>
    private static ConditionVerdict Leader(CompiledModel model, double[] scores, List<Sign> signs, IReadOnlyList<string> takenBack, bool closedWorld)
    {
        var kb = model.Kb;
        ConditionVerdict At(double[] x)
        {
            var top = ArgMax(x);
            return new ConditionVerdict(TriageLevels.Min(kb.Conditions[top].Triage, TriageLevel.Consultation24), top);
        }

        var verdict = At(scores);
        if (takenBack.Count == 0 || verdict.Level == TriageLevel.Consultation24)
        {
            return verdict;
        }

        foreach (var x in EarlierScores(scores, signs, takenBack, closedWorld))
        {
            if (At(x) is { } v && v.Level > verdict.Level)
            {
                verdict = v;
            }
        }

        return verdict;
    }

    /// <summary>
    /// The scores with the taken-back alarm signs standing as each could have stood before: every combination of
    /// unknown, no and (closed world) not mentioned, per sign, besides as given. The interview asks, from each,
    /// whether further answers could still hand the lead to a more urgent cause.
    /// </summary>
    internal static IEnumerable<double[]> EarlierScores(CompiledModel model, Evidence evidence, IReadOnlyList<Observation> observations, double[] scores, IReadOnlyList<string> takenBack) =>
        takenBack.Count == 0 ? [] : EarlierScores(scores, Signs(model, evidence, observations), takenBack, evidence.IsClosedWorld);

    private static IEnumerable<double[]> EarlierScores(double[] scores, List<Sign> signs, IReadOnlyList<string> takenBack, bool closedWorld)
    {
        var back = signs.Where(s => s.FactId is { } id && takenBack.Contains(id, StringComparer.Ordinal)).ToList();
        var states = closedWorld ? 4 : 3;
        var combinations = back.Count == 0 ? 1 : (int)Math.Pow(states, back.Count);
        for (var combination = 1; combination < combinations; combination++)
        {
            var work = (double[])scores.Clone();
            var rest = combination;
            foreach (var s in back)
            {
                var state = rest % states;
                rest /= states;
                if (state == 0)
                {
                    continue;
                }

                var earlier = state switch { 1 => s.Unknown, 2 => s.No, _ => s.NotMentioned };
                for (var k = 0; k < work.Length; k++)
                {
                    work[k] += earlier[k] - s.Yes[k];
                }
            }

            yield return work;
        }
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
        /// <summary>The alarm sign, or null for a fact several answered signs imply, capped on its own.</summary>
        public string? FactId { get; init; }

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

            signs.Add(new Sign(yes, unknown, no, notMentioned) { FactId = o.FactId });
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

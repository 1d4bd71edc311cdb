using LegCheck.Core.Cases;

namespace LegCheck.Core.Engine;

/// <summary>
/// The condition-driven urgency, made monotone in the alarm signs by construction. For every alarm sign
/// answered yes, it considers each way that sign could have been answered instead: not at all, "no", and,
/// under the closed world, the weaker "not mentioned" — and with the sign, whatever it alone implied (a calf
/// larger than the other implies swelling) goes too. The level is the most urgent over all those variants.
/// The state before any yes is always one of the variants after it, so a further alarm sign can only add
/// urgency: it can shift probability from one dangerous cause to another, never lower the level.
/// </summary>
internal static class AlarmVariants
{
    /// <summary>
    /// The search is exponential in the alarm signs present, so it stops here: so many alarm signs at once is
    /// itself a reason to call emergency services, which keeps adding a sign from ever lowering the level.
    /// </summary>
    public const int MaxAlarmSigns = 6;

    private enum State
    {
        Unanswered,
        Yes,
        No,
        NotMentioned,
    }

    /// <summary>The most urgent level over the variants, the condition that set it, and whether that was the answers as given.</summary>
    public static ConditionVerdict Decide(CompiledModel model, Evidence evidence, IReadOnlyList<Observation> observations, double[] scores)
    {
        var flags = new List<Observation>();
        foreach (var o in observations)
        {
            if (o.IsYes && o.BinaryIndex >= 0 && o.Value is null && model.IsRedFlagFact(o.FactId))
            {
                flags.Add(o);
            }
        }

        if (flags.Count > MaxAlarmSigns)
        {
            return new ConditionVerdict(Model.TriageLevel.EmergencyAmbulance, -1, true);
        }

        var actual = LevelOf(model, Inference.Posterior(scores));
        if (flags.Count == 0)
        {
            return actual;
        }

        var dependents = Dependents(evidence, observations, flags);
        var n = model.ConditionCount;
        var weight = model.Kb.EvidenceWeight;
        var closedWeight = model.Kb.ClosedWorldWeight;
        var closed = evidence.IsClosedWorld;

        // Start from the scores without the alarm signs and without what only they implied.
        var baseScores = (double[])scores.Clone();
        foreach (var f in flags)
        {
            Add(baseScores, model.Row(f), -weight);
        }

        foreach (var d in dependents)
        {
            Add(baseScores, model.Row(d.Observation), -weight);
        }

        var states = closed ? 4 : 3;
        var combinations = (int)Math.Pow(states, flags.Count);
        var best = actual;
        var work = new double[n];
        var chosen = new State[flags.Count];
        for (var combination = 0; combination < combinations; combination++)
        {
            var rest = combination;
            for (var f = 0; f < flags.Count; f++, rest /= states)
            {
                chosen[f] = (State)(rest % states);
            }

            Array.Copy(baseScores, work, n);
            for (var f = 0; f < flags.Count; f++)
            {
                switch (chosen[f])
                {
                    case State.Yes:
                        Add(work, model.Row(flags[f]), weight);
                        break;
                    case State.No:
                        Add(work, model.Row(flags[f] with { IsYes = false }), weight);
                        break;
                    case State.NotMentioned:
                        Add(work, model.Row(flags[f] with { IsYes = false }), weight * closedWeight);
                        break;
                }
            }

            foreach (var d in dependents)
            {
                if (d.Sources.Exists(s => chosen[s] == State.Yes))
                {
                    Add(work, model.Row(d.Observation), weight);
                }
                else if (closed)
                {
                    // Without its source the implied fact was never mentioned, which the closed world reads as a weak no.
                    Add(work, model.Row(d.Observation with { IsYes = false }), weight * closedWeight);
                }
            }

            Inference.Softmax(work);
            var verdict = LevelOf(model, work) with { AsAnswered = false };
            if (verdict.Level > best.Level)
            {
                best = verdict;
            }
        }

        return best;
    }

    /// <summary>A fact yes only by implication from alarm signs, with the indexes of those signs.</summary>
    private sealed record Dependent(Observation Observation, List<int> Sources);

    /// <summary>
    /// The implied facts that would go away with the alarm signs that implied them. A fact also implied by
    /// something other than an alarm sign stays whatever the signs are, so it is left as it is.
    /// </summary>
    private static List<Dependent> Dependents(Evidence evidence, IReadOnlyList<Observation> observations, List<Observation> flags)
    {
        var result = new List<Dependent>();
        foreach (var o in observations)
        {
            if (!o.IsYes || o.BinaryIndex < 0 || o.Value is not null || !evidence.ImpliedBy.TryGetValue(o.FactId, out var by))
            {
                continue;
            }

            var sources = new List<int>();
            var fixedSource = false;
            foreach (var source in by)
            {
                var index = flags.FindIndex(f => f.FactId == source);
                if (index < 0)
                {
                    fixedSource = true;
                    break;
                }

                sources.Add(index);
            }

            if (!fixedSource)
            {
                result.Add(new Dependent(o, sources));
            }
        }

        return result;
    }

    private static void Add(double[] scores, ReadOnlySpan<double> row, double scale)
    {
        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] += scale * row[c];
        }
    }

    /// <summary>The most urgent of the conditions past their alert threshold and the leading one.</summary>
    private static ConditionVerdict LevelOf(CompiledModel model, double[] posterior)
    {
        var conditions = model.Kb.Conditions;
        var top = 0;
        for (var c = 1; c < posterior.Length; c++)
        {
            if (posterior[c] > posterior[top])
            {
                top = c;
            }
        }

        var verdict = new ConditionVerdict(conditions[top].Triage, top, true);
        for (var c = 0; c < posterior.Length; c++)
        {
            if (posterior[c] >= conditions[c].AlertAt && conditions[c].Triage > verdict.Level)
            {
                verdict = new ConditionVerdict(conditions[c].Triage, c, true);
            }
        }

        return verdict;
    }
}

/// <summary>
/// The urgency the ranking sets, the index of the condition that set it (-1 when the sheer number of alarm
/// signs did), and whether it came from the answers as given or from another way the alarm signs could have been answered.
/// </summary>
public sealed record ConditionVerdict(Model.TriageLevel Level, int Condition, bool AsAnswered);

using LegCheck.Core.Engine;
using LegCheck.Core.Model;

namespace LegCheck.Core.Interview;

/// <summary>
/// Whether some answers to the questions not yet asked could still make the result more urgent, and which
/// open facts such answers would need. It is a guarantee, not a guess: a level is called out of reach only when
/// no combination of answers reaches it, so an interview that stops here is never less urgent than <c>assess</c>
/// on everything the runner could have said.
/// <list type="bullet">
/// <item>A rule is in reach when each of its tests holds already or rests on an open fact.</item>
/// <item>A condition's alert is in reach unless a bound on its best possible probability stays below the
/// threshold. Two bounds, both valid for every combination of answers, the smaller taken: log p ≤ log p₀ +
/// Σ max(gain of c − gain expected under p₀) (the log-sum-exp lies above its tangent), and p ≤ 1 / (1 + Σₖ
/// exp(least margin rival k could keep)). An alarm sign answered yes helps rivals no more than the triage
/// lets it (<see cref="AlarmSignAlerts"/>).</item>
/// <item>A cause could take the lead only if it could overtake the current leader, facts counted one by one; also
/// from the scores with each alarm sign an explanation took back standing as before, as the triage judges it.</item>
/// <item>A rule held back only by an explanation is in reach through every open fact the explanation tests.</item>
/// </list>
/// </summary>
internal static class TriageReach
{
    /// <summary>Open facts whose answers could raise the level, each with how strongly (higher is asked first).</summary>
    public static Dictionary<string, double> RaisingFacts(InterviewSnapshot s)
    {
        var raising = new Dictionary<string, double>(StringComparer.Ordinal);
        Causes.Clear();
        if (s.Level == TriageLevel.EmergencyAmbulance)
        {
            return raising;
        }

        Rules(s, raising);
        Conditions(s, raising);
        return raising;
    }

    private static void Raise(Dictionary<string, double> raising, string fact, double priority, string cause)
    {
        if (!raising.TryGetValue(fact, out var p) || priority > p)
        {
            raising[fact] = priority;
            Causes[fact] = cause;
        }
    }

    [ThreadStatic]
    private static Dictionary<string, string>? _causes;

    /// <summary>For diagnostics: the rule or condition that made each fact raising on the last call on this thread.</summary>
    public static Dictionary<string, string> Causes => _causes ??= new(StringComparer.Ordinal);

    private static void Rules(InterviewSnapshot s, Dictionary<string, double> raising)
    {
        var needed = new List<string>(8);
        var kb = s.Model.Kb;
        var takenBack = Explanations.TakenBack(kb, s.Closed);
        var ruleEvidence = Explanations.ForRules(s.Closed, takenBack);
        foreach (var rule in kb.TriageRules)
        {
            if (rule.Level <= s.Level)
            {
                continue;
            }

            // Held back only by an explanation of an alarm sign: any answer that ends the explanation fires it.
            if (takenBack.Count > 0 && RuleEvaluator.Fire(rule.All, rule.AnyOf, s.Closed) is not null && RuleEvaluator.Fire(rule.All, rule.AnyOf, ruleEvidence) is null)
            {
                foreach (var e in Explanations.Holding(kb, s.Closed))
                {
                    foreach (var test in e.All.Concat(e.AnyOf.SelectMany(g => g)).Where(t => s.IsOpen(t.FactId)))
                    {
                        Raise(raising, test.FactId, (int)rule.Level + 0.5, "explanation " + e.Id + " of rule " + rule.Id);
                    }
                }

                continue;
            }

            needed.Clear();
            var reachable = true;
            foreach (var test in rule.All)
            {
                if (!RuleEvaluator.Holds(test, s.Closed))
                {
                    if (!s.IsOpen(test.FactId))
                    {
                        reachable = false;
                        break;
                    }

                    needed.Add(test.FactId);
                }
            }

            for (var g = 0; reachable && g < rule.AnyOf.Count; g++)
            {
                var group = rule.AnyOf[g];
                if (group.Any(t => RuleEvaluator.Holds(t, s.Closed)))
                {
                    continue;
                }

                var before = needed.Count;
                needed.AddRange(group.Where(t => s.IsOpen(t.FactId)).Select(t => t.FactId));
                reachable = needed.Count > before;
            }

            // Every level is ruled out for certain, a routine visit too: an interview that stopped while a rule could
            // still fire would end less urgent than assess on the runner's full answers.
            if (reachable)
            {
                // The fewer answers a rule still needs, the closer it is to firing.
                foreach (var fact in needed)
                {
                    Raise(raising, fact, (int)rule.Level + (1.0 / needed.Distinct().Count()), "rule " + rule.Id);
                }
            }
        }
    }

    private static void Conditions(InterviewSnapshot s, Dictionary<string, double> raising)
    {
        var kb = s.Model.Kb;
        var n = s.Model.ConditionCount;
        AlarmSignAlerts.AlertBasis? basis = null;
        List<double[]>? earlier = null;
        var work = new double[n];
        var p = new double[n];
        var gains = new double[s.OpenFacts.Count];
        for (var c = 0; c < n; c++)
        {
            var condition = kb.Conditions[c];
            if (condition.Triage > s.Level)
            {
                basis ??= AlarmSignAlerts.Basis(s.Model, s.Closed, s.ClosedObservations, s.ClosedScores);
                basis.ScoresFor(c, work);
                if (AlertInReach(s, c, work, p, gains, Math.Log(condition.AlertAt)))
                {
                    RaiseBy(s, raising, gains, (int)condition.Triage, "alert " + condition.Id);
                    continue;
                }
            }

            var leadLevel = TriageLevels.Min(condition.Triage, TriageLevel.Consultation24);
            if (leadLevel > s.Level)
            {
                // The lead is judged also with each alarm sign an explanation took back standing as before.
                foreach (var x in earlier ??= [s.ClosedScores, .. AlarmSignAlerts.EarlierScores(s.Model, s.Closed, s.ClosedObservations, s.ClosedScores, Explanations.TakenBack(kb, s.Closed))])
                {
                    if (c != ArgMax(x) && LeadInReach(s, x, c, gains))
                    {
                        RaiseBy(s, raising, gains, (int)leadLevel, "lead " + condition.Id);
                        break;
                    }
                }
            }
        }
    }

    /// <summary>The facts that could help, the largest help first within the level.</summary>
    private static void RaiseBy(InterviewSnapshot s, Dictionary<string, double> raising, double[] gains, int level, string cause)
    {
        var max = gains.Max();
        for (var i = 0; i < gains.Length; i++)
        {
            if (gains[i] > 1e-6)
            {
                Raise(raising, s.OpenFacts[i].Id, level + (0.5 * gains[i] / max), cause);
            }
        }
    }

    /// <summary>
    /// Whether some answers could bring condition c to its alert threshold. For any weights w over the conditions,
    /// log p_c ≤ x_c − w·x + Σ w log w (the log-sum-exp lies above each of its tangents), and the right side splits
    /// into one term per open fact, each maximised on its own; so every w gives a bound that holds for all answers at
    /// once. The bound is convex in w and is minimised by mirror descent from today's posterior towards the posterior
    /// at the answers that suit c best, with shrinking steps. It stops as soon as the bound falls below the threshold
    /// (out of reach) or those answers themselves reach it (in reach).
    /// </summary>
    private static bool AlertInReach(InterviewSnapshot s, int c, double[] work, double[] w, double[] gains, double logThreshold)
    {
        var n = w.Length;
        var facts = s.OpenFacts;
        var reach = new double[n];
        var logW = new double[n];
        var best = double.PositiveInfinity;
        var bestGains = new double[facts.Count];
        var rows = AnswerRowsFor(facts, c, n);
        Array.Copy(work, w, n);
        Inference.Softmax(w);
        var inReach = false;
        for (var step = 0; step < 30; step++)
        {
            // The bound at w, and the scores at the answers that suit c best against w.
            var bound = work[c];
            for (var k = 0; k < n; k++)
            {
                bound += w[k] * (Math.Log(Math.Max(w[k], 1e-300)) - work[k]);
            }

            Array.Copy(work, reach, n);
            bound = AddAlertGains(facts, rows, c, w, gains, reach, bound);
            if (bound < best)
            {
                best = bound;
                Array.Copy(gains, bestGains, gains.Length);
            }

            // The answers chosen are a real completion: if they reach the threshold, the level is in reach.
            var reached = reach[c] - LogSumExp(reach);
            if (best < logThreshold - 1e-9 || reached >= logThreshold)
            {
                inReach = reached >= logThreshold;
                break;
            }

            inReach = true;
            MirrorStep(w, logW, reach, step);
        }

        Array.Copy(bestGains, gains, gains.Length);
        return inReach;
    }

    /// <summary>Each open fact's answer rows against condition c. An alarm sign's clipped "yes" depends on c alone, not on w: worked out once, not at every step.</summary>
    private static double[][][][] AnswerRowsFor(List<OpenFact> facts, int c, int n)
    {
        var rows = new double[facts.Count][][][];
        for (var i = 0; i < facts.Count; i++)
        {
            var f = facts[i];
            rows[i] = new double[f.Answers.Parts.Count][][];
            for (var p = 0; p < f.Answers.Parts.Count; p++)
            {
                var part = f.Answers.Parts[p];
                rows[i][p] = (double[][])part.Rows.Clone();
                if (f.Answers.RedFlag)
                {
                    rows[i][p][0] = Clipped(f.Answers, c, new double[n]);
                }
            }
        }

        return rows;
    }

    /// <summary>
    /// Adds each open fact's best gain for c against w to <paramref name="bound"/>, one fact after another, and moves
    /// <paramref name="reach"/> to the scores at the answers that give those gains.
    /// </summary>
    private static double AddAlertGains(List<OpenFact> facts, double[][][][] rows, int c, double[] w, double[] gains, double[] reach, double bound)
    {
        var n = w.Length;
        for (var i = 0; i < facts.Count; i++)
        {
            var f = facts[i];
            var factRows = rows[i];
            var partsBest = 0.0;
            for (var p = 0; p < factRows.Length; p++)
            {
                partsBest += BestGain(factRows[p], c, w, out _);
            }

            var closedNow = f.ClosedNow;
            gains[i] = Math.Max(partsBest, 0) - (closedNow[c] - Dot(w, closedNow));
            bound += gains[i];
            for (var k = 0; k < n; k++)
            {
                reach[k] -= closedNow[k];
            }

            if (partsBest > 0)
            {
                for (var p = 0; p < factRows.Length; p++)
                {
                    BestGain(factRows[p], c, w, out var row);
                    for (var k = 0; k < n; k++)
                    {
                        reach[k] += row[k];
                    }
                }
            }
        }

        return bound;
    }

    /// <summary>One mirror-descent step of w towards the posterior at <paramref name="reach"/>, with a step that shrinks as 2 / (step + 3).</summary>
    private static void MirrorStep(double[] w, double[] logW, double[] reach, int step)
    {
        var n = w.Length;
        var eta = 2.0 / (step + 3);
        var lse = LogSumExp(reach);
        for (var k = 0; k < n; k++)
        {
            logW[k] = ((1 - eta) * Math.Log(Math.Max(w[k], 1e-300))) + (eta * (reach[k] - lse));
        }

        Array.Copy(logW, w, n);
        Inference.Softmax(w);
    }

    /// <summary>c's best gain against the mixture w over one part's alternatives, and the first alternative that gives it.</summary>
    private static double BestGain(double[][] rows, int c, double[] w, out double[] arg)
    {
        var top = double.NegativeInfinity;
        arg = rows[0];
        for (var a = 0; a < rows.Length; a++)
        {
            var row = rows[a];
            var gain = row[c] - Dot(w, row);
            if (gain > top)
            {
                (top, arg) = (gain, row);
            }
        }

        return top;
    }

    private static double LogSumExp(double[] x)
    {
        var max = x.Max();
        var sum = 0.0;
        foreach (var v in x)
        {
            sum += Math.Exp(v - max);
        }

        return max + Math.Log(sum);
    }

    /// <summary>
    /// Whether some answers could make c the leading cause. For any weights λ over its rivals, c leads only if
    /// Σ λ_k (y_c − y_k) ≥ 0 at the scores y those answers give, and the best such answers split into one choice per
    /// open fact; so each λ with a negative best value proves c cannot lead. λ moves towards the rivals that stay
    /// ahead (mirror descent); the answers tried are real, so if c leads at them it is in reach.
    /// </summary>
    private static bool LeadInReach(InterviewSnapshot s, double[] x, int c, double[] gains)
    {
        var n = s.Model.ConditionCount;
        var lambda = new double[n];
        var y = new double[n];
        var xMax = x.Max();
        for (var k = 0; k < n; k++)
        {
            lambda[k] = k == c ? 0 : Math.Exp(x[k] - xMax);
        }

        Normalise(lambda);
        var bestGains = new double[s.OpenFacts.Count];
        var best = double.PositiveInfinity;
        var choices = new int[s.OpenFacts.Count][];
        for (var i = 0; i < choices.Length; i++)
        {
            choices[i] = new int[s.OpenFacts[i].Answers.Parts.Count];
        }

        for (var step = 0; step < 30; step++)
        {
            var value = 0.0;
            for (var k = 0; k < n; k++)
            {
                value += lambda[k] * (x[c] - x[k]);
            }

            Array.Copy(x, y, n);
            value = AddLeadGains(s.OpenFacts, lambda, c, choices, gains, y, value);
            if (value < best)
            {
                best = value;
                Array.Copy(gains, bestGains, gains.Length);
            }

            if (best < 0)
            {
                return false;
            }

            if (ArgMax(y) == c)
            {
                Array.Copy(bestGains, gains, gains.Length);
                return true;
            }

            var eta = 2.0 / (step + 3);
            for (var k = 0; k < n; k++)
            {
                lambda[k] = k == c ? 0 : lambda[k] * Math.Exp(-eta * (y[c] - y[k]));
            }

            Normalise(lambda);
        }

        Array.Copy(bestGains, gains, gains.Length);
        return true;
    }

    /// <summary>
    /// Adds each open fact's best gain for c against the rival weights λ to <paramref name="value"/>, one fact after
    /// another, records the answers chosen, and moves <paramref name="y"/> to the scores at those answers.
    /// </summary>
    private static double AddLeadGains(List<OpenFact> facts, double[] lambda, int c, int[][] choices, double[] gains, double[] y, double value)
    {
        var n = y.Length;
        for (var i = 0; i < facts.Count; i++)
        {
            var f = facts[i];
            var partsBest = 0.0;
            var choice = choices[i];
            for (var p = 0; p < f.Answers.Parts.Count; p++)
            {
                var part = f.Answers.Parts[p];
                var top = double.NegativeInfinity;
                for (var a = 0; a < part.Rows.Length; a++)
                {
                    var g = part.Rows[a][c] - Dot(lambda, part.Rows[a]);
                    if (g > top)
                    {
                        (top, choice[p]) = (g, a);
                    }
                }

                partsBest += top;
            }

            gains[i] = Math.Max(partsBest, 0) - (f.ClosedNow[c] - Dot(lambda, f.ClosedNow));
            value += gains[i];
            for (var k = 0; k < n; k++)
            {
                y[k] -= f.ClosedNow[k];
            }

            if (partsBest > 0)
            {
                for (var p = 0; p < choice.Length; p++)
                {
                    var row = f.Answers.Parts[p].Rows[choice[p]];
                    for (var k = 0; k < n; k++)
                    {
                        y[k] += row[k];
                    }
                }
            }
        }

        return value;
    }

    private static void Normalise(double[] v)
    {
        var sum = v.Sum();
        for (var k = 0; k < v.Length; k++)
        {
            v[k] /= sum;
        }
    }

    /// <summary>What an alarm sign answered yes adds to each condition when c is tested for its alert.</summary>
    private static double[] Clipped(FactAnswers sign, int c, double[] into)
    {
        for (var k = 0; k < into.Length; k++)
        {
            into[k] = k == c ? sign.Parts[0].Rows[0][c] : ClippedRival(sign, k, c);
        }

        return into;
    }

    /// <summary>As <see cref="AlarmSignAlerts"/>: never more for rival k, from any earlier answer, than for c.</summary>
    private static double ClippedRival(FactAnswers sign, int k, int c)
    {
        var yes = sign.Parts[0].Rows[0];
        var no = sign.Parts[0].Rows[1];
        var unmentioned = sign.Unanswered;
        return Math.Min(Math.Min(yes[k], yes[c]), Math.Min(yes[c] - no[c] + no[k], yes[c] - unmentioned[c] + unmentioned[k]));
    }

    private static double Dot(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    internal static int ArgMax(double[] p)
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

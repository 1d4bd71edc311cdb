using LegCheck.Core.Model;

namespace LegCheck.Core.Interview;

/// <summary>What asking a question is worth: the information it is expected to give about the cause, and the chance its answer changes the leading cause of the result.</summary>
internal sealed record QuestionWorth(double Gain, double FlipChance);

/// <summary>
/// Weighs a question by trying its representative answers (yes and no; none and each single tick; each choice;
/// a number from each band). Each answer's chance comes from what the runner actually said (the open world);
/// the leading cause it leads to is the one the result would show (the closed world).
/// </summary>
internal static class QuestionValue
{
    public static QuestionWorth Of(InterviewSnapshot s, Question q)
    {
        var open = q.SetsFacts.Where(s.IsOpen).Select(id => s.OpenFacts.First(f => f.Id == id)).ToList();
        if (open.Count == 0)
        {
            return new QuestionWorth(0, 0);
        }

        var n = s.Model.ConditionCount;
        var alternatives = Alternatives(q, open);
        var openScores = new double[n];
        var closedScores = new double[n];
        var likelihood = new double[n];
        var weights = new double[alternatives.Count];
        var entropies = new double[alternatives.Count];
        var flips = new bool[alternatives.Count];
        var top = TriageReach.ArgMax(s.ClosedScores);
        for (var i = 0; i < alternatives.Count; i++)
        {
            Array.Copy(s.OpenScores, openScores, n);
            Array.Copy(s.ClosedScores, closedScores, n);
            Array.Fill(likelihood, 1.0);
            ApplyAnswers(open, alternatives[i], openScores, closedScores, likelihood);
            weights[i] = AnswerChance(s.OpenPosterior, likelihood);
            Engine.Inference.Softmax(openScores);
            entropies[i] = Entropy(openScores);
            flips[i] = TriageReach.ArgMax(closedScores) != top;
        }

        var total = weights.Sum();
        var gain = Entropy(s.OpenPosterior);
        var flip = 0.0;
        for (var i = 0; i < alternatives.Count; i++)
        {
            var w = total > 0 ? weights[i] / total : 1.0 / alternatives.Count;
            gain -= w * entropies[i];
            flip += flips[i] ? w : 0;
        }

        return new QuestionWorth(Math.Max(0, gain), flip);
    }

    /// <summary>Moves the scores from today's answers to those of one alternative, and multiplies up each cause's chance of giving it.</summary>
    private static void ApplyAnswers(List<OpenFact> open, int[][] alternative, double[] openScores, double[] closedScores, double[] likelihood)
    {
        var n = openScores.Length;
        for (var j = 0; j < open.Count; j++)
        {
            var f = open[j];
            var choice = alternative[j];
            for (var part = 0; part < f.Answers.Parts.Count; part++)
            {
                var a = choice.Length == 1 ? choice[0] : choice[part];
                var row = f.Answers.Parts[part].Rows[a];
                var chance = f.Answers.Parts[part].Chances[a];
                for (var c = 0; c < n; c++)
                {
                    openScores[c] += row[c];
                    closedScores[c] += row[c];
                    likelihood[c] *= chance[c];
                }
            }

            for (var c = 0; c < n; c++)
            {
                openScores[c] -= f.OpenNow[c];
                closedScores[c] -= f.ClosedNow[c];
            }
        }
    }

    /// <summary>The chance of an answer in the open world: the posterior-weighted sum of the causes' chances, cause by cause.</summary>
    private static double AnswerChance(double[] posterior, double[] likelihood)
    {
        var p = 0.0;
        for (var c = 0; c < likelihood.Length; c++)
        {
            p += posterior[c] * likelihood[c];
        }

        return p;
    }

    /// <summary>
    /// Representative answers, one alternative index per open fact (per part for a body map): yes/no;
    /// a tick-list's "none" and each single tick; a body map's single places; each band or value.
    /// </summary>
    private static List<int[][]> Alternatives(Question q, List<OpenFact> open)
    {
        var list = new List<int[][]>();
        if (open.Count > 1)
        {
            list.Add(open.Select(_ => new[] { 1 }).ToArray());
            for (var yes = 0; yes < open.Count; yes++)
            {
                var tick = yes;
                list.Add(open.Select((_, j) => new[] { j == tick ? 0 : 1 }).ToArray());
            }

            return list;
        }

        var f = open[0];
        if (f.Answers.Parts.Count > 1)
        {
            // A body map: each place alone.
            for (var place = 0; place < f.Answers.Parts.Count; place++)
            {
                var at = place;
                list.Add([Enumerable.Range(0, f.Answers.Parts.Count).Select(p => p == at ? 0 : 1).ToArray()]);
            }

            return list;
        }

        for (var a = 0; a < f.Answers.Parts[0].Rows.Length; a++)
        {
            list.Add([[a]]);
        }

        return list;
    }

    private static double Entropy(double[] p)
    {
        var h = 0.0;
        foreach (var x in p)
        {
            if (x > 1e-12)
            {
                h -= x * Math.Log2(x);
            }
        }

        return h;
    }
}

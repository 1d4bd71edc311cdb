
namespace LegCheck.Core.Engine;

/// <summary>
/// Ranks the conditions by posterior probability: prior times the tempered product of likelihood
/// ratios of what is known, normalised over the conditions (one primary cause per runner).
/// </summary>
public static class Inference
{
    /// <summary>Contributions smaller than this (a ratio of about 1.2) are not worth explaining.</summary>
    private const double ExplainThreshold = 0.18;

    public static double[] Posterior(CompiledModel model, IReadOnlyList<Observation> observations)
    {
        var scores = Scores(model, observations);
        Softmax(scores);
        return scores;
    }

    /// <summary>The posterior for given scores, leaving the scores as they are for later use.</summary>
    public static double[] Posterior(double[] scores)
    {
        var posterior = (double[])scores.Clone();
        Softmax(posterior);
        return posterior;
    }

    /// <summary>Unnormalised log posteriors: log prior plus the tempered sum of log likelihood ratios.</summary>
    public static double[] Scores(CompiledModel model, IReadOnlyList<Observation> observations)
    {
        var n = model.ConditionCount;
        var sums = new double[n];
        var closedWorldWeight = model.Kb.ClosedWorldWeight;
        foreach (var o in observations)
        {
            var row = model.Row(o);
            var scale = o.Implied ? closedWorldWeight : 1.0;
            for (var c = 0; c < n; c++)
            {
                sums[c] += scale * row[c];
            }
        }

        var weight = model.Kb.EvidenceWeight;
        for (var c = 0; c < n; c++)
        {
            sums[c] = model.LogPriors[c] + (weight * sums[c]);
        }

        return sums;
    }

    public static IReadOnlyList<RankedCondition> Rank(CompiledModel model, IReadOnlyList<Observation> observations, double[] posterior)
    {
        // Highest first, ties in knowledge-base order (as a stable sort would leave them).
        var order = new int[posterior.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => posterior[a] != posterior[b] ? posterior[b].CompareTo(posterior[a]) : a.CompareTo(b));
        var ranked = new List<RankedCondition>(order.Length);
        foreach (var c in order)
        {
            var explanation = new ContributionsOf(model, observations, c);
            ranked.Add(new RankedCondition(model.Kb.Conditions[c], posterior[c], explanation.Raised, explanation.Lowered));
        }

        return ranked;
    }

    /// <summary>The facts that moved one condition, strongest first; computed only when someone asks why.</summary>
    internal static (List<Contribution> Raised, List<Contribution> Lowered) Explain(CompiledModel model, IReadOnlyList<Observation> observations, int c)
    {
        var raised = new List<Contribution>();
        var lowered = new List<Contribution>();
        foreach (var o in observations)
        {
            var ratio = model.LogRatio(c, o);
            if (ratio >= ExplainThreshold)
            {
                raised.Add(new Contribution(o.FactId, o.Value, model.Label(o), ratio));
            }
            else if (ratio <= -ExplainThreshold)
            {
                lowered.Add(new Contribution(o.FactId, o.Value, model.Label(o), ratio));
            }
        }

        raised.Sort((a, b) => b.LogRatio.CompareTo(a.LogRatio));
        lowered.Sort((a, b) => a.LogRatio.CompareTo(b.LogRatio));
        return (raised, lowered);
    }

    internal static void Softmax(double[] scores)
    {
        var max = scores.Max();
        var total = 0.0;
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = Math.Exp(scores[i] - max);
            total += scores[i];
        }

        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] /= total;
        }
    }
}

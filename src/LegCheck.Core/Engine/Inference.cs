using LegCheck.Core.Cases;
using LegCheck.Core.Model;

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
        var n = model.ConditionCount;
        var scores = new double[n];
        var weight = model.Kb.EvidenceWeight;
        for (var c = 0; c < n; c++)
        {
            var sum = 0.0;
            foreach (var o in observations)
            {
                sum += model.LogRatio(c, o);
            }

            scores[c] = model.LogPriors[c] + (weight * sum);
        }

        Softmax(scores);
        return scores;
    }

    public static IReadOnlyList<RankedCondition> Rank(CompiledModel model, IReadOnlyList<Observation> observations, double[] posterior)
    {
        var order = Enumerable.Range(0, posterior.Length).OrderByDescending(i => posterior[i]).ToList();
        var ranked = new List<RankedCondition>(order.Count);
        foreach (var c in order)
        {
            var contributions = observations
                .Select(o => new Contribution(o.FactId, o.Value, Label(model.Kb, o), model.LogRatio(c, o)))
                .Where(x => Math.Abs(x.LogRatio) >= ExplainThreshold)
                .ToList();
            ranked.Add(new RankedCondition(
                model.Kb.Conditions[c],
                posterior[c],
                contributions.Where(x => x.LogRatio > 0).OrderByDescending(x => x.LogRatio).ToList(),
                contributions.Where(x => x.LogRatio < 0).OrderBy(x => x.LogRatio).ToList()));
        }

        return ranked;
    }

    private static string Label(KnowledgeBase kb, Observation o)
    {
        var fact = kb.Facts[o.FactId];
        return fact.Type switch
        {
            FactType.Bool => (o.IsYes ? "" : "not: ") + fact.Label,
            FactType.MultiChoice => $"{fact.Label}: {(o.IsYes ? "" : "not ")}{o.Value?.Replace('_', ' ')}",
            FactType.Number => $"{fact.Label}: {o.Value?.Replace('_', ' ')}{(fact.Unit is null ? "" : " " + fact.Unit)}",
            _ => $"{fact.Label}: {o.Value?.Replace('_', ' ')}",
        };
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

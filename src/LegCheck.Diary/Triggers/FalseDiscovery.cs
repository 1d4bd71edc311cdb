namespace LegCheck.Diary.Triggers;

/// <summary>
/// Benjamini–Hochberg adjusted p-values. <c>triggers</c> runs one Fisher test per symptom, factor and value (and one per
/// experiment), so at p &lt; 0.05 each some "trigger" would appear by chance alone; declaring only tests whose adjusted p
/// is below alpha keeps the expected share of false findings among those declared below alpha.
/// </summary>
public static class FalseDiscovery
{
    public const string Method = "benjamini_hochberg";

    /// <summary>The adjusted p of each raw p, in the same order: min over j ≥ rank of p₍ⱼ₎·m/j, capped at 1.</summary>
    public static double[] Adjust(IReadOnlyList<double> p)
    {
        var m = p.Count;
        var order = Enumerable.Range(0, m).OrderBy(i => p[i]).ToArray();
        var adjusted = new double[m];
        var running = 1.0;
        for (var rank = m; rank >= 1; rank--)
        {
            var i = order[rank - 1];
            running = Math.Min(running, p[i] * m / rank);
            adjusted[i] = running;
        }

        return adjusted;
    }

    /// <summary>The adjusted p that <paramref name="candidate"/> would get beside the other tests' raw p-values.</summary>
    public static double AdjustOne(double candidate, IReadOnlyList<double> others) => Adjust([candidate, .. others])[0];
}

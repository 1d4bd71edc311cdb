namespace LegCheck.Diary.Triggers;

/// <summary>
/// Fisher's exact test for a 2×2 table [[a, b], [c, d]], two-sided: the sum of the probabilities of every table with
/// the same margins that is no more likely than the observed one. Probabilities come from log-factorials, so large
/// counts neither overflow nor lose precision.
/// </summary>
public static class FisherExact
{
    // Tables whose probability equals the observed one up to rounding count as "as extreme" (as in R's fisher.test).
    private const double RelativeTolerance = 1e-7;

    private static double[] logFactorials = [0.0];

    public static double TwoSidedP(int a, int b, int c, int d)
    {
        if (a < 0 || b < 0 || c < 0 || d < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(a), "counts must not be negative");
        }

        var row1 = a + b;
        var row2 = c + d;
        var col1 = a + c;
        var n = row1 + row2;
        var table = LogFactorials(n);
        var observed = LogProbability(a, row1, row2, col1, n, table);
        var low = Math.Max(0, col1 - row2);
        var high = Math.Min(row1, col1);
        var p = 0.0;
        for (var x = low; x <= high; x++)
        {
            var logP = LogProbability(x, row1, row2, col1, n, table);
            if (logP <= observed + RelativeTolerance)
            {
                p += Math.Exp(logP);
            }
        }

        return Math.Min(1.0, p);
    }

    /// <summary>Log of the hypergeometric probability of x in the top-left cell, given the margins.</summary>
    private static double LogProbability(int x, int row1, int row2, int col1, int n, double[] lf) =>
        lf[row1] - lf[x] - lf[row1 - x]
        + lf[row2] - lf[col1 - x] - lf[row2 - col1 + x]
        - (lf[n] - lf[col1] - lf[n - col1]);

    private static double[] LogFactorials(int n)
    {
        var current = logFactorials;
        if (current.Length > n)
        {
            return current;
        }

        var grown = new double[Math.Max(n + 1, current.Length * 2)];
        Array.Copy(current, grown, current.Length);
        for (var i = current.Length; i < grown.Length; i++)
        {
            grown[i] = grown[i - 1] + Math.Log(i);
        }

        // A racing thread may build the same table; either copy is correct, so no lock is needed.
        logFactorials = grown;
        return grown;
    }
}

namespace LegCheck.Diary.Triggers;

/// <summary>
/// Turns two arms into a verdict. A trigger is never claimed from too little data: both sides need
/// <see cref="TriggerOptions.MinRunsPerSide"/> runs, and Fisher's p, corrected for every test made
/// (<see cref="FalseDiscovery"/>), must be below alpha.
/// </summary>
public static class Judge
{
    /// <summary>Whether a comparison has enough runs on both sides to be tested at all.</summary>
    public static bool Testable(Arm with, Arm without, TriggerOptions options) =>
        with.Runs >= options.MinRunsPerSide && without.Runs >= options.MinRunsPerSide;

    public static double PValue(Arm with, Arm without) => FisherExact.TwoSidedP(
        with.WithSymptom, with.Runs - with.WithSymptom, without.WithSymptom, without.Runs - without.WithSymptom);

    /// <summary>
    /// The verdict on one comparison, given the raw p-values of the other tests in the family: a difference counts only
    /// when its Benjamini–Hochberg adjusted p, beside <paramref name="others"/>, is below alpha.
    /// </summary>
    public static Comparison Decide(Arm with, Arm without, IReadOnlyList<double> others, TriggerOptions options)
    {
        var p = PValue(with, without);
        var testable = Testable(with, without, options);
        var adjusted = testable ? FalseDiscovery.AdjustOne(p, others) : (double?)null;
        var verdict = adjusted switch
        {
            null => Verdict.NotEnoughData,
            var q when q < options.Alpha => with.Rate > without.Rate ? Verdict.Trigger : Verdict.Protective,
            _ => Verdict.NoClearLink,
        };
        var more = verdict is Verdict.Trigger or Verdict.Protective ? 0 : MoreRunsPerSide(with, without, others, options);
        return new Comparison(with, without, p, adjusted, others.Count + 1, verdict, more);
    }

    /// <summary>One sentence on what the comparison allows one to say, and what it would take to say more.</summary>
    public static string Sentence(Comparison c, TriggerOptions options, string withLabel, string withoutLabel)
    {
        var p = Describe(c);
        switch (c.Verdict)
        {
            case Verdict.Trigger:
                return $"Unlikely to be chance ({p}): runs {withLabel} look like a trigger.";
            case Verdict.Protective:
                return $"Unlikely to be chance ({p}): fewer episodes on runs {withLabel}.";
            case Verdict.NotEnoughData:
                var missing = new List<string>();
                if (c.With.Runs < options.MinRunsPerSide)
                {
                    missing.Add($"{options.MinRunsPerSide - c.With.Runs} more runs {withLabel}");
                }

                if (c.Without.Runs < options.MinRunsPerSide)
                {
                    missing.Add($"{options.MinRunsPerSide - c.Without.Runs} more runs {withoutLabel}");
                }

                var deficit = options.MinRunsPerSide - Math.Min(c.With.Runs, c.Without.Runs);
                var estimate = c.MoreRunsPerSide is { } k && k > deficit
                    ? $"; if the pattern holds, about {k} more on each side would settle it"
                    : string.Empty;
                return $"Too little data to tell: need at least {options.MinRunsPerSide} runs on each side, so {string.Join(" and ", missing)}{estimate}.";
            default:
                return c.MoreRunsPerSide is { } more
                    ? $"Could be chance ({p}); if the pattern holds, about {more} more runs on each side would show whether it is real."
                    : $"Could be chance ({p}); no difference worth chasing so far.";
        }
    }

    /// <summary>"p = 0.004, 0.031 corrected for 12 tests", or the raw p alone when there was only one test.</summary>
    public static string Describe(Comparison c) =>
        c.AdjustedP is { } q && c.Tests > 1 ? $"{FormatP(c.PValue)}, {FormatP(q)[4..]} corrected for {c.Tests} tests" : FormatP(c.PValue);

    /// <summary>"p = 0.03", "p = 0.004" or "p &lt; 0.001".</summary>
    public static string FormatP(double p) =>
        p < 0.001 ? "p < 0.001" : "p = " + p.ToString(p < 0.01 ? "0.000" : "0.00", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Smallest k such that adding k runs to each side, at the rates seen so far, reaches the minimum and an adjusted p
    /// below alpha beside the other tests as they stand (so the correction is paid for). Doubling then bisection:
    /// rounding makes p only roughly monotone in k, so the answer is an estimate.
    /// </summary>
    private static int? MoreRunsPerSide(Arm with, Arm without, IReadOnlyList<double> others, TriggerOptions options)
    {
        if (with.Runs == 0 || without.Runs == 0 || Math.Abs(with.Rate - without.Rate) < 1e-12)
        {
            return null;
        }

        bool Clear(int k)
        {
            var w = Grow(with, k);
            var o = Grow(without, k);
            return Testable(w, o, options) && FalseDiscovery.AdjustOne(PValue(w, o), others) < options.Alpha;
        }

        if (Clear(0))
        {
            // Significant already, only short of the minimum.
            return Math.Max(options.MinRunsPerSide - with.Runs, options.MinRunsPerSide - without.Runs);
        }

        int low = 0, high = 1;
        while (!Clear(high))
        {
            if (high >= options.MaxMoreRuns)
            {
                return null;
            }

            low = high;
            high = Math.Min(high * 2, options.MaxMoreRuns);
        }

        while (high - low > 1)
        {
            var mid = low + ((high - low) / 2);
            if (Clear(mid))
            {
                high = mid;
            }
            else
            {
                low = mid;
            }
        }

        return high;
    }

    private static Arm Grow(Arm arm, int k) =>
        new(arm.Runs + k, (int)Math.Round(arm.Rate * (arm.Runs + k), MidpointRounding.AwayFromZero));
}

namespace LegCheck.HostedLoad;

/// <summary>The figures of a group of samples: count, throughput over the phase's wall time, latency percentiles, errors and leaks.</summary>
public sealed record Figures(string Label, int Requests, double PerSecond, double P50, double P99, int Errors, int Leaks)
{
    public static Figures Of(string label, IReadOnlyCollection<Sample> samples, TimeSpan elapsed)
    {
        var sorted = samples.Select(s => s.Milliseconds).Order().ToArray();
        return new Figures(
            label,
            sorted.Length,
            elapsed > TimeSpan.Zero ? sorted.Length / elapsed.TotalSeconds : 0,
            Percentile(sorted, 0.50),
            Percentile(sorted, 0.99),
            samples.Count(s => s.Outcome == Outcome.Error),
            samples.Count(s => s.Outcome == Outcome.Leak));
    }

    /// <summary>Nearest rank: the smallest latency that at least <paramref name="share"/> of the requests did not exceed.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double share) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Count) - 1, 0, sorted.Count - 1)];
}

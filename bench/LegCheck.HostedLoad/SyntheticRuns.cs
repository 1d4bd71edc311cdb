using LegCheck.Activities.Writing;

namespace LegCheck.HostedLoad;

/// <summary>
/// A fresh FIT run for each import: a re-sent file would be skipped as already imported and a run starting within a
/// minute of another as a duplicate, so each one starts six hours after the account's previous one.
/// </summary>
public static class SyntheticRuns
{
    private static readonly DateTimeOffset First = new(2024, 1, 1, 7, 0, 0, TimeSpan.Zero);

    /// <summary>The <paramref name="sequence"/>-th run of an account: 10 minutes, a point every 5 seconds (a small upload).</summary>
    public static byte[] Fit(int sequence, Random random)
    {
        var activity = new SyntheticActivity
        {
            Start = First.AddHours(6 * sequence),
            Duration = TimeSpan.FromMinutes(10),
            IntervalSeconds = 5,
            SpeedMps = 2.6 + random.NextDouble(),
            HeartRate = 130 + random.Next(40),
        };
        return FitActivityWriter.Write(TrackGenerator.Track(activity));
    }
}

using LegCheck.Activities.Track;

namespace LegCheck.Activities.Tests;

public class TrackAccumulatorTests
{
    private static readonly DateTimeOffset T0 = Fixtures.Start;

    private static TrackSummary Summarize(IEnumerable<TrackPoint> points)
    {
        var acc = new TrackAccumulator();
        foreach (TrackPoint p in points)
        {
            acc.Add(p);
        }

        return acc.Summarize();
    }

    [Fact]
    public void Haversine_OneDegreeOfLatitude_IsAbout111Km()
    {
        Assert.Equal(111_195, Geo.HaversineM(0, 0, 1, 0), 0);
        Assert.Equal(0, Geo.HaversineM(51.5, -0.1, 51.5, -0.1));
    }

    [Fact]
    public void MovingTime_LeavesOutALongStop()
    {
        // 60 s moving, 120 s standing still sampled every second, 60 s moving.
        var points = new List<TrackPoint>();
        double d = 0;
        for (int s = 0; s <= 240; s++)
        {
            bool still = s > 60 && s <= 180;
            d += s == 0 || still ? 0 : 3;
            points.Add(new TrackPoint(T0.AddSeconds(s), DistanceM: d));
        }

        TrackSummary summary = Summarize(points);

        Assert.Equal(TimeSpan.FromSeconds(120), summary.MovingTime);
        Assert.Equal(TimeSpan.FromSeconds(240), summary.ElapsedTime);
        Assert.Equal(360, summary.DistanceM);
    }

    [Fact]
    public void MovingTime_KeepsAShortStop()
    {
        var points = new List<TrackPoint>();
        double d = 0;
        for (int s = 0; s <= 100; s++)
        {
            d += s is > 50 and <= 58 || s == 0 ? 0 : 3;
            points.Add(new TrackPoint(T0.AddSeconds(s), DistanceM: d));
        }

        Assert.Equal(TimeSpan.FromSeconds(100), Summarize(points).MovingTime);
    }

    [Fact]
    public void MovingTime_LeavesOutAGapWithoutMovement_ButKeepsAGapWithMovement()
    {
        TrackPoint[] points =
        [
            new(T0, 51.5, 0), new(T0.AddSeconds(10), 51.5003, 0), // ~33 m in 10 s
            new(T0.AddSeconds(310), 51.5003, 0.00001), // 5 minutes, under a metre: a pause
            new(T0.AddSeconds(340), 51.5006, 0.00001), // 30 s gap, 33 m: smart recording, moving
        ];

        TrackSummary s = Summarize(points);

        Assert.Equal(TimeSpan.FromSeconds(40), s.MovingTime);
        Assert.Equal(TimeSpan.FromSeconds(340), s.ElapsedTime);
        Assert.Equal(66.7, s.DistanceM!.Value, 0);
    }

    [Fact]
    public void MovingTime_WithoutPositions_GapsOverAMinuteArePauses()
    {
        TrackPoint[] points = [new(T0, HeartRate: 100), new(T0.AddSeconds(30), HeartRate: 110), new(T0.AddSeconds(300), HeartRate: 120)];

        TrackSummary s = Summarize(points);

        Assert.Equal(TimeSpan.FromSeconds(30), s.MovingTime);
        Assert.Equal(110, s.AverageHeartRate);
        Assert.Equal(120, s.MaxHeartRate);
        Assert.Null(s.DistanceM);
    }

    [Fact]
    public void Segments_GapBetweenThemIsNeitherDistanceNorTime()
    {
        var acc = new TrackAccumulator();
        acc.Add(new TrackPoint(T0, 51.5, 0));
        acc.Add(new TrackPoint(T0.AddSeconds(10), 51.5003, 0));
        acc.BreakSegment();
        acc.Add(new TrackPoint(T0.AddSeconds(20), 52.5, 0));
        acc.Add(new TrackPoint(T0.AddSeconds(30), 52.5003, 0));

        TrackSummary s = acc.Summarize();

        Assert.Equal(TimeSpan.FromSeconds(20), s.MovingTime);
        Assert.Equal(66.7, s.DistanceM!.Value, 0);
    }

    [Fact]
    public void ElevationGain_IgnoresNoiseBelowTheThreshold()
    {
        double[] noisy = [100, 101.5, 99, 101, 98.5, 100.5, 99, 101.4];

        Assert.Equal(0, Summarize(noisy.Select((e, i) => new TrackPoint(T0.AddSeconds(i), ElevationM: e))).ElevationGainM);
    }

    [Fact]
    public void ElevationGain_CountsASlowClimbAndEachClimbAfterADescent()
    {
        // Up 1 m a step to 110, down to 100, up to 105: 10 + 5 = 15 m.
        double[] profile = [.. Enumerable.Range(0, 11).Select(i => 100.0 + i), .. Enumerable.Range(1, 10).Select(i => 110.0 - i), .. Enumerable.Range(1, 5).Select(i => 100.0 + i)];

        Assert.Equal(15, Summarize(profile.Select((e, i) => new TrackPoint(T0.AddSeconds(i), ElevationM: e))).ElevationGainM);
    }

    [Fact]
    public void Cadence_AverageIgnoresZeros()
    {
        TrackPoint[] points = [new(T0, Cadence: 80), new(T0.AddSeconds(1), Cadence: 0), new(T0.AddSeconds(2), Cadence: 90)];

        Assert.Equal(85, Summarize(points).AverageCadence);
    }
}

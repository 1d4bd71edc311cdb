using LegCheck.Activities.Track;

namespace LegCheck.Activities.Writing;

/// <summary>A steady synthetic activity for fixtures and benchmarks.</summary>
public sealed record SyntheticActivity
{
    public required DateTimeOffset Start { get; init; }

    public TimeSpan Duration { get; init; } = TimeSpan.FromMinutes(30);

    public double SpeedMps { get; init; } = 3.0;

    public int IntervalSeconds { get; init; } = 1;

    public int? HeartRate { get; init; } = 150;

    /// <summary>Steps per minute (both feet); files get half of it, as devices record running cadence.</summary>
    public double? StepsPerMinute { get; init; } = 170;

    public double? TemperatureC { get; init; } = 18;

    /// <summary>Metres climbed per kilometre, as a steady slope.</summary>
    public double ClimbPerKm { get; init; }

    public double StartLatitude { get; init; } = 51.5;

    public double StartLongitude { get; init; } = -0.12;

    /// <summary>A stop: from this time after the start, standing still for <see cref="PauseLength"/>.</summary>
    public TimeSpan? PauseAt { get; init; }

    public TimeSpan PauseLength { get; init; } = TimeSpan.FromMinutes(2);
}

/// <summary>Generates <see cref="TrackPoint"/>s for a <see cref="SyntheticActivity"/>, heading due north.</summary>
public static class TrackGenerator
{
    private const double MetresPerDegreeLatitude = Geo.EarthRadiusM * Math.PI / 180;

    public static IReadOnlyList<TrackPoint> Points(SyntheticActivity a)
    {
        ArgumentNullException.ThrowIfNull(a);
        var points = new List<TrackPoint>();
        double distance = 0;
        int step = Math.Max(1, a.IntervalSeconds);
        for (int s = 0; s <= a.Duration.TotalSeconds; s += step)
        {
            TimeSpan t = TimeSpan.FromSeconds(s);
            bool paused = a.PauseAt is { } at && t > at && t <= at + a.PauseLength;
            if (s > 0 && !paused)
            {
                distance += a.SpeedMps * step;
            }

            points.Add(new TrackPoint(
                a.Start + t,
                a.StartLatitude + (distance / MetresPerDegreeLatitude),
                a.StartLongitude,
                100 + (distance / 1000 * a.ClimbPerKm),
                distance,
                paused ? 0 : a.SpeedMps,
                a.HeartRate,
                paused ? 0 : a.StepsPerMinute / 2,
                a.TemperatureC));
        }

        return points;
    }

    public static ActivityTrack Track(SyntheticActivity a, string sport = "running") =>
        new() { Sport = sport, Points = Points(a) };
}

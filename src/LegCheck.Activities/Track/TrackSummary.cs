namespace LegCheck.Activities.Track;

/// <summary>What <see cref="TrackAccumulator"/> derived from a track's samples. Cadence is as the samples hold it.</summary>
public sealed record TrackSummary(
    int PointCount,
    DateTimeOffset? Start,
    DateTimeOffset? End,
    double? DistanceM,
    TimeSpan? MovingTime,
    TimeSpan? ElapsedTime,
    double? ElevationGainM,
    double? AverageHeartRate,
    double? MaxHeartRate,
    double? AverageCadence,
    double? AverageTemperatureC);

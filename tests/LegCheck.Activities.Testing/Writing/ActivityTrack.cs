using LegCheck.Activities.Track;

namespace LegCheck.Activities.Writing;

/// <summary>An activity to write as FIT, GPX or TCX: its sport, device and samples in time order.</summary>
public sealed record ActivityTrack
{
    /// <summary>A profile sport name: running, cycling, walking, hiking, swimming, ...</summary>
    public string Sport { get; init; } = "running";

    /// <summary>Samples in time order; cadence as files record it (strides per minute for foot sports).</summary>
    public required IReadOnlyList<TrackPoint> Points { get; init; }

    /// <summary>The runner's UTC offset, written as FIT's activity.local_timestamp.</summary>
    public TimeSpan? UtcOffset { get; init; }

    /// <summary>FIT manufacturer id; 255 is "development".</summary>
    public ushort Manufacturer { get; init; } = 255;

    public ushort Product { get; init; } = 1;

    /// <summary>FIT serial number; null writes none.</summary>
    public uint? SerialNumber { get; init; } = 20261122;

    /// <summary>GPX creator and TCX Creator name.</summary>
    public string Creator { get; init; } = "LegCheck writer";

    public DateTimeOffset Start => Points.Count > 0 ? Points[0].Time : throw new InvalidOperationException("The track has no points.");

    /// <summary>What LegCheck's readers will derive from the samples.</summary>
    public TrackSummary Summarize()
    {
        var acc = new TrackAccumulator();
        foreach (TrackPoint p in Points)
        {
            acc.Add(p);
        }

        return acc.Summarize();
    }
}

using LegCheck.Activities.Track;

namespace LegCheck.Activities.Fit;

/// <summary>Turns record (20) messages into track points, with the profile's scales. Cadence stays as recorded.</summary>
public static class FitRecordReader
{
    /// <summary>The record as a track point; false when it has no timestamp.</summary>
    public static bool TryRead(FitMessage record, out TrackPoint point)
    {
        if (record.Timestamp is not { } ts)
        {
            point = default;
            return false;
        }

        double? lat = record.GetInteger(RecordFields.PositionLat) is { } la ? Geo.SemicirclesToDegrees(la) : null;
        double? lon = record.GetInteger(RecordFields.PositionLong) is { } lo ? Geo.SemicirclesToDegrees(lo) : null;
        double? cadence = record.GetDouble(RecordFields.Cadence);
        if (cadence is { } c && record.GetDouble(RecordFields.FractionalCadence, 128) is { } fraction)
        {
            cadence = c + fraction;
        }

        point = new TrackPoint(
            FitTime.ToDateTime(ts),
            lat,
            lon,
            record.GetDouble(RecordFields.EnhancedAltitude, 5, 500) ?? record.GetDouble(RecordFields.Altitude, 5, 500),
            record.GetDouble(RecordFields.Distance, 100),
            record.GetDouble(RecordFields.EnhancedSpeed, 1000) ?? record.GetDouble(RecordFields.Speed, 1000),
            record.GetInteger(RecordFields.HeartRate) is { } hr ? (int)hr : null,
            cadence,
            record.GetDouble(RecordFields.Temperature));
        return true;
    }
}

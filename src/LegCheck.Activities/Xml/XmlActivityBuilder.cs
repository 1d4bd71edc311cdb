using System.Globalization;
using LegCheck.Activities.Track;

namespace LegCheck.Activities.Xml;

/// <summary>Builds an <see cref="Activity"/> from a GPX or TCX track summary.</summary>
internal static class XmlActivityBuilder
{
    /// <summary>"{format}:{sport}:{start unix seconds}:{distance rounded to 10 m}".</summary>
    public static string Key(string format, ActivitySport sport, DateTimeOffset start, double? distance) =>
        string.Create(CultureInfo.InvariantCulture, $"{format}:{SportIds.Id(sport)}:{start.ToUnixTimeSeconds()}:{Math.Round((distance ?? 0) / 10) * 10:0}");

    public static Activity FromTrack(string format, ActivitySport sport, TrackSummary t, DateTimeOffset start, string? device) => new()
    {
        Sport = sport,
        StartUtc = start,
        UtcOffset = null,
        DistanceMeters = t.DistanceM,
        MovingTime = t.MovingTime ?? t.ElapsedTime,
        ElapsedTime = t.ElapsedTime,
        ElevationGainMeters = t.ElevationGainM,
        AverageHeartRate = t.AverageHeartRate,
        MaxHeartRate = t.MaxHeartRate,
        AverageCadenceSpm = SportRules.ToStepsPerMinute(sport, t.AverageCadence),
        AverageTemperatureC = t.AverageTemperatureC,
        Device = string.IsNullOrWhiteSpace(device) ? null : device.Trim(),
        Key = Key(format, sport, start, t.DistanceM),
    };
}

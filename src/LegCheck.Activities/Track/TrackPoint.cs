namespace LegCheck.Activities.Track;

/// <summary>One sample of a recorded track, as the readers see it and the writers write it.</summary>
/// <param name="Time">When the sample was taken.</param>
/// <param name="Latitude">Degrees, when the sample has a position.</param>
/// <param name="Longitude">Degrees, when the sample has a position.</param>
/// <param name="ElevationM">Metres above sea level.</param>
/// <param name="DistanceM">Distance from the start of the activity, when the device recorded one.</param>
/// <param name="SpeedMps">Speed in metres per second.</param>
/// <param name="HeartRate">Beats per minute.</param>
/// <param name="Cadence">As the file records it: strides (one foot) per minute for foot sports, revolutions per minute for cycling.
/// <see cref="Activity.AverageCadenceSpm"/> doubles it for foot sports.</param>
/// <param name="TemperatureC">Degrees Celsius.</param>
[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Auto)]
public readonly record struct TrackPoint(
    DateTimeOffset Time,
    double? Latitude = null,
    double? Longitude = null,
    double? ElevationM = null,
    double? DistanceM = null,
    double? SpeedMps = null,
    int? HeartRate = null,
    double? Cadence = null,
    double? TemperatureC = null)
{
    public bool HasPosition => Latitude is not null && Longitude is not null;
}

using System.Globalization;

namespace LegCheck.Activities;

/// <summary>
/// Whether an activity recorded as running can be a run. Files say "running" for rides whose sport was never set,
/// GPS glitches make 5 m runs, and a broken device can claim a run across a continent. Such activities are named,
/// not stored, so they cannot distort the training analysis.
/// </summary>
public static class RunPlausibility
{
    /// <summary>Shorter than this is no run worth counting (a watch started by accident).</summary>
    public const double MinimumMeters = 100;

    /// <summary>Longer than this in one activity is no run: multi-day races are recorded as stages.</summary>
    public const double MaximumMeters = 1_000_000;

    /// <summary>Faster on average than this is no run: the mile world record averages about 26 km/h.</summary>
    public const double MaximumKmPerHour = 27;

    /// <summary>Why <paramref name="activity"/> cannot be a run, such as "60 km/h is a ride"; null when it can.</summary>
    public static string? Problem(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.DistanceMeters is not { } meters || !double.IsFinite(meters))
        {
            return null;
        }

        if (meters > MaximumMeters)
        {
            return Invariant($"{meters / 1000:0} km is longer than any run");
        }

        if (meters < MinimumMeters)
        {
            return Invariant($"{meters:0} m is too short to be a run");
        }

        TimeSpan? time = activity.MovingTime ?? activity.ElapsedTime;
        if (time is not { TotalSeconds: > 0 } t)
        {
            return null;
        }

        double kmh = meters / 1000 / t.TotalHours;
        if (kmh <= MaximumKmPerHour)
        {
            return null;
        }

        return kmh <= 120 ? Invariant($"{kmh:0} km/h is a ride") : Invariant($"{kmh:0} km/h is faster than anyone travels on foot");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

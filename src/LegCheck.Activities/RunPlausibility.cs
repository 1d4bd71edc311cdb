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
            return Endurance(meters, activity.ElapsedTime is { } elapsed && elapsed > t ? elapsed : t);
        }

        return kmh <= 120 ? Invariant($"{kmh:0} km/h is a ride") : Invariant($"{kmh:0} km/h is faster than anyone travels on foot");
    }

    /// <summary>
    /// World-best distances for long timed races (hours, km: 6 h about 100 km, 12 h 177 km, 24 h 320 km, 48 h 474 km,
    /// six days 1,037 km). Nobody sustains more for that long, so a longer activity faster than these, with a tenth to
    /// spare for GPS that reads long, is a device left running in a car or a synthetic file, not a run.
    /// </summary>
    private static readonly (double Hours, double Km)[] WorldBest = [(6, 100), (12, 177), (24, 320), (48, 474), (144, 1037)];

    /// <summary>Why a long activity cannot be a run: faster than anyone has sustained for its duration; null when it can.</summary>
    private static string? Endurance(double meters, TimeSpan time)
    {
        double hours = time.TotalHours;
        if (hours < WorldBest[0].Hours)
        {
            return null;
        }

        double kmh = meters / 1000 / hours;
        return kmh <= 1.1 * RecordKmPerHour(hours) ? null : Invariant($"{meters / 1000:0} km in {hours:0} h is beyond the world best for that time");
    }

    /// <summary>The world-best average speed for a race of <paramref name="hours"/>, interpolated on log scales.</summary>
    private static double RecordKmPerHour(double hours)
    {
        for (var i = 1; i < WorldBest.Length; i++)
        {
            var (h0, k0) = WorldBest[i - 1];
            var (h1, k1) = WorldBest[i];
            if (hours <= h1)
            {
                double v0 = k0 / h0, v1 = k1 / h1;
                double f = Math.Log(hours / h0) / Math.Log(h1 / h0);
                return v0 * Math.Pow(v1 / v0, f);
            }
        }

        return WorldBest[^1].Km / WorldBest[^1].Hours;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

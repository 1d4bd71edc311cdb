namespace LegCheck.Activities;

/// <summary>
/// How sports and cadence are read. Running cadence in FIT, in Garmin's GPX TrackPointExtension and in TCX is
/// strides per minute (one foot); LegCheck stores steps per minute, so foot sports (running, walking, hiking)
/// have their cadence doubled. Other sports' cadence (cycling rpm, swimming strokes) is not steps, so
/// <see cref="Activity.AverageCadenceSpm"/> stays null for them.
/// </summary>
public static class SportRules
{
    public static bool IsFootSport(ActivitySport sport) => sport is ActivitySport.Running or ActivitySport.Walking or ActivitySport.Hiking;

    /// <summary>Per-foot cadence to steps per minute for foot sports; null for other sports.</summary>
    public static double? ToStepsPerMinute(ActivitySport sport, double? perFootCadence) =>
        IsFootSport(sport) && perFootCadence is { } c and > 0 ? c * 2 : null;

    /// <summary>
    /// A sport word from a GPX &lt;type&gt; or a TCX Sport attribute: anything naming running ("running",
    /// "Run", "trail_running") is running; likewise walking, hiking, cycling ("biking", "ride") and swimming;
    /// Strava's numbered GPX types (9 is a run) by their number; anything else is <see cref="ActivitySport.Other"/>.
    /// </summary>
    public static ActivitySport FromText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string t = text.Trim().ToLowerInvariant();
        if (int.TryParse(t, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int number))
        {
            return FromStravaNumber(number);
        }

        if (t.Contains("run", StringComparison.Ordinal))
        {
            return ActivitySport.Running;
        }

        if (t.Contains("walk", StringComparison.Ordinal))
        {
            return ActivitySport.Walking;
        }

        if (t.Contains("hik", StringComparison.Ordinal))
        {
            return ActivitySport.Hiking;
        }

        if (t.Contains("cycl", StringComparison.Ordinal) || t.Contains("bik", StringComparison.Ordinal) || t.Contains("ride", StringComparison.Ordinal))
        {
            return ActivitySport.Cycling;
        }

        return t.Contains("swim", StringComparison.Ordinal) ? ActivitySport.Swimming : ActivitySport.Other;
    }

    /// <summary>
    /// Strava writes its activity type as a number in GPX exports (an unpublished list: 9 run, 53 virtual run,
    /// 10 walk, 4 hike, 1 ride, 17 virtual ride, 18 e-bike ride, 16 swim).
    /// </summary>
    private static ActivitySport FromStravaNumber(int number) => number switch
    {
        9 or 53 => ActivitySport.Running,
        10 => ActivitySport.Walking,
        4 => ActivitySport.Hiking,
        1 or 17 or 18 => ActivitySport.Cycling,
        16 => ActivitySport.Swimming,
        _ => ActivitySport.Other,
    };
}

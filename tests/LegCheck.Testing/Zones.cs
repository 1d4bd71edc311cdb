namespace LegCheck.Testing;

/// <summary>
/// Non-UTC zones for tests. InvariantGlobalization leaves the IANA time-zone data usable on Linux; where a machine
/// lacks it, an equivalent zone is built by hand (US Pacific: UTC-8, summer time from the second Sunday of March
/// to the first Sunday of November).
/// </summary>
public static class Zones
{
    public static TimeZoneInfo Pacific { get; } = Find("America/Los_Angeles") ?? BuildPacific();

    private static TimeZoneInfo? Find(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException)
        {
            return null;
        }
    }

    private static TimeZoneInfo BuildPacific()
    {
        var start = TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 3, 2, DayOfWeek.Sunday);
        var end = TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 11, 1, DayOfWeek.Sunday);
        var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(new DateTime(2007, 1, 1), DateTime.MaxValue.Date, TimeSpan.FromHours(1), start, end);
        return TimeZoneInfo.CreateCustomTimeZone("Test/Pacific", TimeSpan.FromHours(-8), "Pacific", "PST", "PDT", [rule]);
    }
}

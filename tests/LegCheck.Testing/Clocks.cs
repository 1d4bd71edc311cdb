using Microsoft.Extensions.Time.Testing;

namespace LegCheck.Testing;

/// <summary>Test clocks: Microsoft's <see cref="FakeTimeProvider"/>, stopped until a test advances it.</summary>
public static class Clocks
{
    /// <summary>A clock at <paramref name="now"/> in <paramref name="zone"/> (UTC when none is given).</summary>
    public static FakeTimeProvider At(DateTimeOffset now, TimeZoneInfo? zone = null)
    {
        var time = new FakeTimeProvider(now.ToUniversalTime());
        if (zone is not null)
        {
            time.SetLocalTimeZone(zone);
        }

        return time;
    }
}

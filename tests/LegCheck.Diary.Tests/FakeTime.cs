namespace LegCheck.Diary.Tests;

/// <summary>A clock stopped at one instant, in a chosen time zone.</summary>
internal sealed class FakeTime(DateTimeOffset now, TimeZoneInfo? zone = null) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone => zone ?? TimeZoneInfo.Utc;
}

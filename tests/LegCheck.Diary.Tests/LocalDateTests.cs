using LegCheck.Diary.Model;
using LegCheck.Diary.Prefill;
using LegCheck.Diary.Storage;
using LegCheck.Diary.Training;
using Microsoft.Extensions.Time.Testing;
using Xunit;
using static LegCheck.Diary.Tests.TestData;

namespace LegCheck.Diary.Tests;

/// <summary>A runner in Los Angeles on a Saturday evening: 20:00 local is already Sunday in UTC.</summary>
public sealed class LocalDateTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    /// <summary>2026-11-21 20:00 in Los Angeles (UTC-8), which is 2026-11-22 04:00 UTC.</summary>
    private static FakeTimeProvider SaturdayEveningInLosAngeles()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 4, 0, 0, TimeSpan.Zero));
        time.SetLocalTimeZone(Zones.Pacific);
        return time;
    }

    /// <summary>Four weeks of the same 20 km, the last run at 18:00 local today (02:00 UTC tomorrow).</summary>
    private static DiarySnapshot SteadyWeeks() => DiaryOf([
        Run("2026-10-25T18:00", 20, minutes: 110, offsetHours: -8),
        Run("2026-11-01T18:00", 20, minutes: 110, offsetHours: -8),
        Run("2026-11-08T18:00", 20, minutes: 110, offsetHours: -8),
        Run("2026-11-15T18:00", 10, minutes: 55, offsetHours: -8),
        Run("2026-11-21T18:00", 10, minutes: 55, offsetHours: -8),
    ]);

    [Fact]
    public void Zone_IsReallyNotUtc()
    {
        Assert.Equal(TimeSpan.FromHours(-8), Zones.Pacific.GetUtcOffset(new DateTime(2026, 11, 22, 4, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(TimeSpan.FromHours(-7), Zones.Pacific.GetUtcOffset(new DateTime(2026, 7, 1, 12, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void Infer_PacificEvening_CountsTheSevenDaysToTheLocalDate()
    {
        var facts = DiaryPrefill.Infer(SteadyWeeks(), SaturdayEveningInLosAngeles());

        var mileage = Assert.Single(facts, f => f.FactId == "mileage_increase_pct");
        Assert.Equal("0", mileage.Value);
        Assert.Contains("20.0 km in the 7 days to 2026-11-21", mileage.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void FromDatabase_PacificEvening_UsesTheRunnersClockNotUtc()
    {
        var path = temp.File("legcheck.db");
        using (var db = DiaryDatabase.Open(path))
        {
            foreach (var run in SteadyWeeks().Runs)
            {
                db.Runs.Insert(run);
            }
        }

        var facts = DiaryPrefill.FromDatabase(path, SaturdayEveningInLosAngeles());

        Assert.Equal("0", Assert.Single(facts, f => f.FactId == "mileage_increase_pct").Value);
    }

    [Fact]
    public void Analyze_WithTheClock_WeeksRunToTodayNotToTheLastRun()
    {
        var time = SaturdayEveningInLosAngeles();
        time.Advance(TimeSpan.FromDays(20));

        var report = TrainingAnalysis.Analyze(DiaryOf([Run("2026-11-02T07:00", 10, offsetHours: -8)]), time);

        Assert.Equal(new DateOnly(2026, 12, 7), report.Weeks[^1].WeekStart);
        Assert.Equal(0, report.Weeks[^1].Runs);
        Assert.Equal(6, report.Weeks.Count);
    }

    [Fact]
    public void Analyze_PacificSundayEvening_TodayIsStillSunday()
    {
        // Sunday 2026-11-22 20:00 local is Monday 04:00 UTC: the current week is still the one that began on Nov 16.
        var time = SaturdayEveningInLosAngeles();
        time.Advance(TimeSpan.FromDays(1));

        var report = TrainingAnalysis.Analyze(DiaryOf([Run("2026-11-02T07:00", 10, offsetHours: -8)]), time);

        Assert.Equal(new DateOnly(2026, 11, 16), report.Weeks[^1].WeekStart);
    }
}

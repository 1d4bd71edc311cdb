using LegCheck.Activities;
using LegCheck.Diary.Training;
using Xunit;
using static LegCheck.Diary.Tests.TestData;

namespace LegCheck.Diary.Tests;

public class TrainingWeeksTests
{
    [Theory]
    [InlineData("2026-11-02", "2026-11-02")] // Monday
    [InlineData("2026-11-08", "2026-11-02")] // Sunday
    [InlineData("2026-11-09", "2026-11-09")]
    [InlineData("2027-01-03", "2026-12-28")] // a week across the new year
    public void StartOf_Date_IsThatWeeksMonday(string date, string monday) =>
        Assert.Equal(Date(monday), IsoWeek.StartOf(Date(date)));

    [Fact]
    public void Analyze_SundayNightAndMondayMorning_FallInDifferentWeeks()
    {
        var report = TrainingAnalysis.Analyze(DiaryOf([Run("2026-11-08T23:30", 10), Run("2026-11-09T00:30", 5)]));

        Assert.Equal(2, report.Weeks.Count);
        Assert.Equal(new WeekSummary(Date("2026-11-02"), 1, 10, 30, null), report.Weeks[0]);
        Assert.Equal(Date("2026-11-09"), report.Weeks[1].WeekStart);
        Assert.Equal(-50, report.Weeks[1].ChangePct!.Value, 9);
    }

    [Fact]
    public void Analyze_RunOnLocalSundayThatIsMondayInUtc_CountsInTheLocalWeek()
    {
        // 22:00 on Sunday at UTC-5 is 03:00 on Monday in UTC: the runner's own calendar decides.
        var report = TrainingAnalysis.Analyze(DiaryOf([Run("2026-11-08T22:00", 8, offsetHours: -5)]));

        Assert.Equal(Date("2026-11-02"), Assert.Single(report.Weeks).WeekStart);
    }

    [Fact]
    public void Analyze_GapWeek_IsListedEmptyAndBreaksTheChange()
    {
        var report = TrainingAnalysis.Analyze(DiaryOf([
            Run("2026-11-03T07:00", 10, minutes: 60),
            Run("2026-11-05T07:00", 12, minutes: 70),
            Run("2026-11-18T07:00", 6, minutes: 35),
        ]));

        Assert.Equal(
            [
                new WeekSummary(Date("2026-11-02"), 2, 22, 130, null),
                new WeekSummary(Date("2026-11-09"), 0, 0, 0, -100),
                new WeekSummary(Date("2026-11-16"), 1, 6, 35, null),
            ],
            report.Weeks);
    }

    [Fact]
    public void Analyze_NoRuns_GivesEmptyReport()
    {
        var report = TrainingAnalysis.Analyze(DiaryOf([]));

        Assert.Empty(report.Weeks);
        Assert.Empty(report.Flags);
    }

    [Fact]
    public void Analyze_OtherSports_AreLeftOut()
    {
        var report = TrainingAnalysis.Analyze(DiaryOf([Run("2026-11-03T07:00", 40, sport: ActivitySport.Cycling), Run("2026-11-04T07:00", 5)]));

        Assert.Equal(5, Assert.Single(report.Weeks).DistanceKm, 9);
    }

    [Fact]
    public void Analyze_WeekUpExactlyTenPercent_NoFlagButElevenPercentFlags()
    {
        var report = TrainingAnalysis.Analyze(DiaryOf([
            Run("2026-11-02T07:00", 10),
            Run("2026-11-09T07:00", 11),
            Run("2026-11-16T07:00", 12.21),
        ]));

        var flag = Assert.Single(report.Flags, f => f.Kind == FlagKinds.WeeklyIncrease);
        Assert.Equal(Date("2026-11-16"), flag.Date);
        Assert.Equal("week of 2026-11-16: 12.2 km, up 11% from 11.0 km the week before", flag.Detail);
    }

    [Fact]
    public void Write_Report_HasTheIssueJsonShape()
    {
        var report = TrainingAnalysis.Analyze(DiaryOf([Run("2026-11-02T07:00", 10), Run("2026-11-09T07:00", 12.5, minutes: 62.25)]));

        using var doc = System.Text.Json.JsonDocument.Parse(TrainingJson.Write(report));
        var weeks = doc.RootElement.GetProperty("weeks");
        Assert.Equal("2026-11-02", weeks[0].GetProperty("week_start").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, weeks[0].GetProperty("change_pct").ValueKind);
        Assert.Equal(1, weeks[1].GetProperty("runs").GetInt32());
        Assert.Equal(12.5, weeks[1].GetProperty("distance_km").GetDouble());
        Assert.Equal(62.3, weeks[1].GetProperty("duration_min").GetDouble());
        Assert.Equal(25, weeks[1].GetProperty("change_pct").GetDouble());
        var flag = doc.RootElement.GetProperty("flags")[0];
        Assert.Equal("single_run_spike", flag.GetProperty("kind").GetString());
        Assert.Equal("2026-11-09", flag.GetProperty("date").GetString());
        Assert.False(string.IsNullOrEmpty(flag.GetProperty("detail").GetString()));
    }
}

using LegCheck.Diary.Model;
using LegCheck.Diary.Training;
using Xunit;
using static LegCheck.Diary.Tests.TestData;

namespace LegCheck.Diary.Tests;

public class TrainingFlagsTests
{
    private static IReadOnlyList<TrainingFlag> Flags(string kind, DiarySnapshot diary) =>
        [.. TrainingAnalysis.Analyze(diary).Flags.Where(f => f.Kind == kind)];

    [Fact]
    public void Analyze_RunExactly110PercentOfLongest_NoSpike() =>
        Assert.Empty(Flags(FlagKinds.SingleRunSpike, DiaryOf([Run("2026-11-02T07:00", 10), Run("2026-11-12T07:00", 11)])));

    [Fact]
    public void Analyze_RunOver110PercentOfLongestInPrevious30Days_FlagsSpike()
    {
        // Window of the last run: 10 km and 11 km, so the longest is 11 km and 12.2 km is 10.9% over it.
        var flag = Assert.Single(Flags(
            FlagKinds.SingleRunSpike,
            DiaryOf([Run("2026-11-02T07:00", 10), Run("2026-11-12T07:00", 11), Run("2026-11-22T07:00", 12.2)])));

        Assert.Equal(Date("2026-11-22"), flag.Date);
        Assert.Equal("12.2 km run, 11% longer than the longest run in the previous 30 days (11.0 km)", flag.Detail);
    }

    [Fact]
    public void Analyze_LongestRunExactly30DaysBefore_StillCounts() =>
        Assert.Empty(Flags(FlagKinds.SingleRunSpike, DiaryOf([Run("2026-10-01T07:00", 20), Run("2026-10-25T07:00", 5), Run("2026-10-31T07:00", 21)])));

    [Fact]
    public void Analyze_LongestRun31DaysBefore_DropsOutOfTheWindow()
    {
        // Only the 5 km run is left in the window, so 21 km is a 320% spike.
        var flag = Assert.Single(Flags(
            FlagKinds.SingleRunSpike,
            DiaryOf([Run("2026-10-01T07:00", 20), Run("2026-10-25T07:00", 5), Run("2026-11-01T07:00", 21)])));

        Assert.Equal(Date("2026-11-01"), flag.Date);
        Assert.Contains("320% longer", flag.Detail, StringComparison.Ordinal);
        Assert.Contains("risk more than doubles", flag.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_NoEarlierRunInWindow_NoSpike() =>
        Assert.Empty(Flags(FlagKinds.SingleRunSpike, DiaryOf([Run("2026-09-01T07:00", 5), Run("2026-11-01T07:00", 30)])));

    [Fact]
    public void Analyze_SpikeOnLocalDate_ReportsTheLocalDate()
    {
        var flag = Assert.Single(Flags(
            FlagKinds.SingleRunSpike,
            DiaryOf([Run("2026-11-01T07:00", 5, offsetHours: -6), Run("2026-11-02T21:00", 10, offsetHours: -6)])));

        Assert.Equal(Date("2026-11-02"), flag.Date);
    }

    [Fact]
    public void Analyze_AcuteLoadJumps_FlagsAcwrOnceWhenItFirstPasses1Point5()
    {
        // 5 km a day from Nov 1 to Nov 29, then 20 km on Nov 30, Dec 1 and Dec 2.
        // Nov 30: acute = 6*5 + 20 = 50, chronic = (27*5 + 20) / 4 = 38.75, ratio 1.29.
        // Dec 1:  acute = 5*5 + 40 = 65, chronic = (26*5 + 40) / 4 = 42.5,  ratio 1.53 -> flag.
        // Dec 2:  acute = 4*5 + 60 = 80, chronic = (25*5 + 60) / 4 = 46.25, ratio 1.73, still high: no second flag.
        var runs = Daily("2026-11-01", 29, 5).Concat(Daily("2026-11-30", 3, 20));

        var flag = Assert.Single(Flags(FlagKinds.AcwrHigh, DiaryOf(runs)));

        Assert.Equal(Date("2026-12-01"), flag.Date);
        Assert.Equal("acute:chronic load 1.53: 65.0 km in 7 days against 42.5 km a week over 28 days", flag.Detail);
    }

    [Fact]
    public void Analyze_SteadyLoad_NoAcwrFlag() =>
        Assert.Empty(Flags(FlagKinds.AcwrHigh, DiaryOf(Daily("2026-11-01", 60, 8))));

    [Fact]
    public void Analyze_LessThan28DaysOfHistory_NoAcwrFlag() =>
        Assert.Empty(Flags(FlagKinds.AcwrHigh, DiaryOf([Run("2026-11-01T07:00", 3), Run("2026-11-20T07:00", 30), Run("2026-11-27T07:00", 30)])));

    [Fact]
    public void Analyze_AcwrDropsBackThenRisesAgain_FlagsEachStretch()
    {
        var runs = Daily("2026-11-01", 29, 5)
            .Concat(Daily("2026-11-30", 3, 20))
            .Concat(Daily("2026-12-03", 40, 5))
            .Concat(Daily("2027-01-12", 3, 20));

        Assert.Equal(2, Flags(FlagKinds.AcwrHigh, DiaryOf(runs)).Count);
    }

    [Theory]
    [InlineData(46, null, null, true)]
    [InlineData(45, null, null, false)]
    [InlineData(46, true, null, false)]
    [InlineData(46, false, null, true)]
    [InlineData(46, null, true, false)]
    public void Analyze_LongRun_FlaggedUnlessElectrolytesLogged(double minutes, bool? onRun, bool? onEpisode, bool flagged)
    {
        var run = Run("2026-11-02T07:00", 9, minutes: minutes, electrolytes: onRun, id: 1);
        Episode[] episodes = onEpisode is null ? [] : [Episode(1, "2026-11-02T07:40:00+00:00", "calf_cramp", electrolytes: onEpisode)];

        var flags = Flags(FlagKinds.LongRunNoElectrolytes, DiaryOf([run], episodes));

        Assert.Equal(flagged, flags.Count == 1);
    }

    [Theory]
    [InlineData(25.0, null, "run at 25 °C")]
    [InlineData(24.9, true, "run marked hot")]
    [InlineData(null, true, "run marked hot")]
    public void Analyze_HotRun_FlagsHeat(double? temperature, bool? marked, string detail) =>
        Assert.Equal(detail, Assert.Single(Flags(FlagKinds.Heat, DiaryOf([Run("2026-11-02T07:00", 5, temperature: temperature, hot: marked)]))).Detail);

    [Fact]
    public void Analyze_JustBelow25Degrees_NoHeatFlag() =>
        Assert.Empty(Flags(FlagKinds.Heat, DiaryOf([Run("2026-11-02T07:00", 5, temperature: 24.9)])));

    [Fact]
    public void Analyze_CadenceBelow160_FlagsLowCadence()
    {
        var flags = Flags(FlagKinds.LowCadence, DiaryOf([Run("2026-11-02T07:00", 5, cadence: 159), Run("2026-11-03T07:00", 5, cadence: 160)]));

        Assert.Equal(Date("2026-11-02"), Assert.Single(flags).Date);
    }

    [Fact]
    public void Analyze_ShoePasses700Km_FlagsTheRunThatCrossesOnce()
    {
        var shoe = new Shoe(7, "Pegasus", Date("2026-01-01"), null, false);
        var runs = new[]
        {
            Run("2026-11-02T07:00", 350, shoeId: 7),
            Run("2026-11-03T07:00", 350, shoeId: 7),
            Run("2026-11-04T07:00", 1, shoeId: 7),
            Run("2026-11-05T07:00", 1, shoeId: 7),
            Run("2026-11-06T07:00", 800),
        };

        var flag = Assert.Single(Flags(FlagKinds.ShoeMileage, DiaryOf(runs, shoes: [shoe])));

        Assert.Equal(Date("2026-11-04"), flag.Date);
        Assert.Equal("Pegasus passed 700 km (701 km): cushioning wears out", flag.Detail);
    }

    [Fact]
    public void Analyze_FlagsOnOneDate_ComeInTheIssueOrder()
    {
        var runs = new[] { Run("2026-11-02T07:00", 5), Run("2026-11-03T07:00", 12, minutes: 70, temperature: 30, cadence: 150) };

        var kinds = TrainingAnalysis.Analyze(DiaryOf(runs)).Flags.Select(f => f.Kind);

        Assert.Equal([FlagKinds.SingleRunSpike, FlagKinds.LongRunNoElectrolytes, FlagKinds.Heat, FlagKinds.LowCadence], kinds);
    }

    [Fact]
    public void Analyze_ShortRunBeforeANormalOne_IsNoBarForASpike() =>
        Assert.Empty(Flags(FlagKinds.SingleRunSpike, DiaryOf([Run("2026-11-02T07:00", 0.4, minutes: 3), Run("2026-11-03T07:00", 8)])));

    [Fact]
    public void Analyze_ShortSlowRun_RaisesNoCadenceOrHeatFlag()
    {
        var diary = DiaryOf([Run("2026-11-02T07:00", 0.3, minutes: 2, cadence: 120, temperature: 30)]);

        Assert.Empty(TrainingAnalysis.Analyze(diary).Flags);
    }

    [Fact]
    public void Analyze_WeekAfterAlmostNothing_IsNoWeeklyIncrease() =>
        Assert.Empty(Flags(FlagKinds.WeeklyIncrease, DiaryOf([Run("2026-11-02T07:00", 2), Run("2026-11-09T07:00", 10)])));
}

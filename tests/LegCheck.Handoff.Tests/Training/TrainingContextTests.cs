using LegCheck.Diary.Model;
using LegCheck.Handoff.Summary;
using LegCheck.Handoff.Training;
using Xunit;

namespace LegCheck.Handoff.Tests.Training;

public class TrainingContextTests
{
    // Tuesday 3 March 2026, 14:30 in Berlin.
    private static readonly DateTimeOffset Now = new(2026, 3, 3, 14, 30, 0, TimeSpan.FromHours(1));

    [Fact]
    public void From_FourWeeksOfRuns_WeeklyLoadSpikeAndShoe()
    {
        var shoe = new Shoe(7, "Pegasus 40", new DateOnly(2026, 1, 10), null, true);
        var runs = new List<RunRecord>
        {
            TestData.Run("2026-02-10", 10, 7),
            TestData.Run("2026-02-12", 10, 7),
            TestData.Run("2026-02-17", 10, 7),
            TestData.Run("2026-02-24", 10, 7),
            TestData.Run("2026-03-01", 21, 7),
            TestData.Run("2026-03-02", 5, 7),
        };
        var diary = new DiarySnapshot(runs, [], [shoe], []);

        var context = TrainingContextReader.From(diary, Now);

        Assert.NotNull(context);
        Assert.Equal([new DateOnly(2026, 2, 9), new DateOnly(2026, 2, 16), new DateOnly(2026, 2, 23), new DateOnly(2026, 3, 2)], context.Weeks.Select(w => w.WeekStart));
        Assert.Equal([20, 10, 31, 5], context.Weeks.Select(w => w.DistanceKm));
        var spike = Assert.Single(context.Spikes);
        Assert.StartsWith("2026-03-01: 21.0 km run, 110% longer", spike, StringComparison.Ordinal);
        Assert.Equal(new ShoeContext("Pegasus 40", 66, new DateOnly(2026, 1, 10)), context.Shoe);
    }

    [Fact]
    public void From_RunAfterNow_IsLeftOut()
    {
        var diary = new DiarySnapshot([TestData.Run("2026-03-01", 8), TestData.Run("2026-03-05", 30)], [], [], []);

        var context = TrainingContextReader.From(diary, Now);

        Assert.NotNull(context);
        Assert.Equal(8, context.Weeks.Sum(w => w.DistanceKm));
        Assert.Empty(context.Spikes);
    }

    [Fact]
    public void From_NoRuns_Null()
    {
        Assert.Null(TrainingContextReader.From(DiarySnapshot.Empty, Now));
    }

    [Fact]
    public void FromDatabase_NoFile_NullAndNothingCreated()
    {
        var path = Path.Combine(Path.GetTempPath(), "legcheck-none-" + Guid.NewGuid().ToString("N"), "diary.db");

        Assert.Null(TrainingContextReader.FromDatabase(path, Now));
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Build_WithTraining_SummaryListsLoadSpikeAndShoes()
    {
        var training = new TrainingContext(
            [new WeekLoad(new DateOnly(2026, 2, 23), 3, 31), new WeekLoad(new DateOnly(2026, 3, 2), 1, 5)],
            ["2026-03-01: 21.0 km run, 110% longer than the longest run in the previous 30 days (10.0 km)"],
            [],
            new ShoeContext("Pegasus 40", 66, new DateOnly(2026, 1, 10)));
        var input = TestData.Assessed("eamc-calf-seized-end-of-long-run.yaml") with { Training = training };

        var summary = SummaryBuilder.Build(TestData.Kb, input, TestData.BerlinClock());

        Assert.Equal(
            [
                "Weekly load: week of 23 Feb 31.0 km (3 runs); week of 2 Mar 5.0 km (1 run)",
                "Single-run spike: 2026-03-01: 21.0 km run, 110% longer than the longest run in the previous 30 days (10.0 km)",
                "Shoes: Pegasus 40, 66 km since 10 Jan 2026.",
            ],
            summary.Training);
    }
}

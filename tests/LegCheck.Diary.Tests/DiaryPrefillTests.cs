using LegCheck.Diary.Model;
using LegCheck.Diary.Prefill;
using Xunit;
using static LegCheck.Diary.Tests.TestData;

namespace LegCheck.Diary.Tests;

public class DiaryPrefillTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-22T12:00:00+00:00", System.Globalization.CultureInfo.InvariantCulture);

    private static Dictionary<string, DiaryFact> Facts(DiarySnapshot diary) =>
        DiaryPrefill.Infer(diary, Now).ToDictionary(f => f.FactId, StringComparer.Ordinal);

    [Fact]
    public void Infer_RecentRecurringEpisode_FillsEveryFact()
    {
        // 3 weeks at 20 km a week (Oct 26 - Nov 15), then 30 km in the 7 days to Nov 21: +50%.
        var shoe = new Shoe(5, "Clifton", Date("2026-11-10"), null, true);
        var runs = new List<RunRecord>
        {
            Run("2026-10-27T07:00", 20, minutes: 110),
            Run("2026-11-03T07:00", 20, minutes: 110),
            Run("2026-11-11T07:00", 20, minutes: 110, shoeId: 5),
            Run("2026-11-17T07:00", 10, minutes: 55, shoeId: 5, id: 1),
            Run("2026-11-21T07:00", 20, minutes: 118, shoeId: 5, temperature: 27, id: 2),
        };
        var episodes = new[]
        {
            Episode(1, "2026-11-17T07:42:00+00:00", "calf_cramp", minutesIntoRun: 42),
            Episode(2, "2026-11-21T08:45:00+00:00", "calf_cramp,numbness", minutesIntoRun: 45, electrolytes: false),
        };

        var facts = Facts(DiaryOf(runs, episodes, [shoe]));

        Assert.Equal("50", facts["mileage_increase_pct"].Value);
        Assert.Equal(
            "from your diary: 30.0 km in the 7 days to 2026-11-21, against 20.0 km a week on average in the 3 weeks before",
            facts["mileage_increase_pct"].Explanation);
        Assert.Equal("118", facts["run_minutes"].Value);
        Assert.Equal("yes", facts["hot_humid_weather"].Value);
        Assert.Contains("27 °C", facts["hot_humid_weather"].Explanation, StringComparison.Ordinal);
        Assert.Equal("no", facts["electrolytes_taken"].Value);
        Assert.Equal("yes", facts["recurrent"].Value);
        Assert.Equal("yes", facts["onset_predictable"].Value);
        Assert.Equal("45", facts["onset_minutes_into_run"].Value);
        Assert.Equal("no", facts["shoes_worn_out"].Value);
        Assert.Equal("yes", facts["new_shoes"].Value);
        Assert.All(facts.Values, f => Assert.StartsWith("from your diary: ", f.Explanation, StringComparison.Ordinal));
    }

    [Fact]
    public void Infer_SingleEpisodeNoDetails_SaysNotRecurrentAndLeavesUnknownsOut()
    {
        var facts = Facts(DiaryOf([Run("2026-11-20T07:00", 8, id: 1)], [Episode(1, "2026-11-20T07:30:00+00:00", "numbness")]));

        Assert.Equal("no", facts["recurrent"].Value);
        Assert.Equal("30", facts["run_minutes"].Value);
        Assert.False(facts.ContainsKey("onset_predictable"));
        Assert.False(facts.ContainsKey("onset_minutes_into_run"));
        Assert.False(facts.ContainsKey("electrolytes_taken"));
        Assert.False(facts.ContainsKey("hot_humid_weather"));
        Assert.False(facts.ContainsKey("mileage_increase_pct"));
        Assert.False(facts.ContainsKey("shoes_worn_out"));
    }

    [Fact]
    public void Infer_OnsetsFarApart_NotPredictable()
    {
        var facts = Facts(DiaryOf(
            [Run("2026-11-10T07:00", 8, id: 1), Run("2026-11-20T07:00", 8, id: 2)],
            [Episode(1, "2026-11-10T07:20:00+00:00", "numbness", minutesIntoRun: 10), Episode(2, "2026-11-20T07:50:00+00:00", "numbness", minutesIntoRun: 50)]));

        Assert.Equal("no", facts["onset_predictable"].Value);
    }

    [Fact]
    public void Infer_OldEpisodeOnly_GivesOnlyTrainingAndShoeFacts()
    {
        var shoe = new Shoe(5, "Old faithful", Date("2025-01-01"), null, true);
        var runs = Enumerable.Range(0, 80).Select(i => Run($"{Day("2026-09-01", i)}T07:00", 10, shoeId: 5, id: 100 + i)).ToList();

        var facts = Facts(DiaryOf(runs, [Episode(100, "2026-06-01T08:00:00+00:00", "calf_cramp")], [shoe]));

        Assert.Equal(["mileage_increase_pct", "shoes_worn_out", "new_shoes"], facts.Keys);
        Assert.Equal("yes", facts["shoes_worn_out"].Value);
        Assert.Equal("from your diary: Old faithful has 800 km on it (worn out past 700 km)", facts["shoes_worn_out"].Explanation);
        Assert.Equal("no", facts["new_shoes"].Value);
    }

    [Fact]
    public void Infer_EmptyDiary_GivesNothing() => Assert.Empty(DiaryPrefill.Infer(DiarySnapshot.Empty, Now));

    [Fact]
    public void FromDatabase_NoDiaryYet_GivesNothingAndCreatesNoFile()
    {
        using var temp = new TempFolder();

        Assert.Empty(DiaryPrefill.FromDatabase(temp.File("none.db"), Clocks.At(Now)));
        Assert.False(File.Exists(temp.File("none.db")));
    }

    [Fact]
    public void FromDatabase_StoredEpisode_InfersFromIt()
    {
        using var temp = new TempFolder();
        using (var db = LegCheck.Diary.Storage.DiaryDatabase.Open(temp.File("legcheck.db")))
        {
            var runId = db.Runs.Insert(Run("2026-11-20T07:00", 8, minutes: 48));
            db.Episodes.Insert(Episode(runId, "2026-11-20T07:40:00+00:00", "numbness", minutesIntoRun: 40));
        }

        var facts = DiaryPrefill.FromDatabase(temp.File("legcheck.db"), Clocks.At(Now)).ToDictionary(f => f.FactId, f => f.Value, StringComparer.Ordinal);

        Assert.Equal("48", facts["run_minutes"]);
        Assert.Equal("40", facts["onset_minutes_into_run"]);
    }
}

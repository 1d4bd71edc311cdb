using System.Text.Json;
using Xunit;
using static LegCheck.Cli.Tests.Diary.Fixtures;

namespace LegCheck.Cli.Tests.Diary;

/// <summary>training and triggers over imported runs and logged episodes.</summary>
public sealed class ReportCommandsTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Training_Json_GivesWeeksAndFlagsInTheIssueShape()
    {
        // Mon Nov 2: 30 min (5.4 km); Thu Nov 5: 30 min; Mon Nov 9: 60 min (10.8 km), a 100% spike.
        Gpx(temp.Path, "a.gpx", Track(At("2026-11-02T07:00:00Z")));
        Tcx(temp.Path, "b.tcx", Track(At("2026-11-05T07:00:00Z")));
        Fit(temp.Path, "c.fit", Track(At("2026-11-09T07:00:00Z"), minutes: 60));
        Run("import", temp.Path);

        using var doc = JsonDocument.Parse(Run("training", "--json"));

        var weeks = doc.RootElement.GetProperty("weeks");
        Assert.Equal(3, weeks.GetArrayLength()); // to the week of today (Sunday Nov 22), not of the last run
        Assert.Equal("2026-11-02", weeks[0].GetProperty("week_start").GetString());
        Assert.Equal(2, weeks[0].GetProperty("runs").GetInt32());
        Assert.Equal(10.8, weeks[0].GetProperty("distance_km").GetDouble(), 1);
        Assert.Equal(60, weeks[0].GetProperty("duration_min").GetDouble(), 0);
        Assert.Equal(JsonValueKind.Null, weeks[0].GetProperty("change_pct").ValueKind);
        Assert.Equal(0, weeks[1].GetProperty("change_pct").GetDouble(), 0);
        var kinds = doc.RootElement.GetProperty("flags").EnumerateArray().Select(f => (f.GetProperty("kind").GetString(), f.GetProperty("date").GetString())).ToList();
        Assert.Equal([("single_run_spike", "2026-11-09"), ("long_run_no_electrolytes", "2026-11-09")], kinds);
    }

    [Fact]
    public void Training_Human_ShowsWeeksAndFlags()
    {
        Gpx(temp.Path, "a.gpx", Track(At("2026-11-02T07:00:00Z")));
        Gpx(temp.Path, "b.gpx", Track(At("2026-11-09T07:00:00Z"), minutes: 60));
        Run("import", temp.Path);

        var output = Run("training");

        Assert.Contains("2026-11-09", output, StringComparison.Ordinal);
        Assert.Contains("single_run_spike: 10.8 km run, 100% longer than the longest run in the previous 30 days (5.4 km)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Training_EmptyDiary_SaysHowToStart() =>
        Assert.Equal("No runs yet. Import some with: legcheck import FOLDER", Run("training").Trim());

    [Fact]
    public void Triggers_FewRuns_SaysHowManyMoreAreNeeded()
    {
        Run("shoes", "add", "Shoe A");
        Run("shoes", "add", "Shoe B");
        for (var day = 2; day <= 6; day++)
        {
            Gpx(temp.Path, $"d{day}.gpx", Track(At($"2026-11-0{day}T07:00:00Z")));
        }

        Run("import", temp.Path);
        Run("runs", "edit", "1", "2", "--shoe", "Shoe A");
        Run("runs", "edit", "3", "4", "5", "--shoe", "Shoe B");
        Run("log", "--when", "2026-11-02 07:20", "--symptoms", "numbness");
        Run("log", "--when", "2026-11-03 07:20", "--symptoms", "numbness");

        var output = Run("triggers");

        Assert.Contains(
            "Numbness came on in 2 of 2 runs in Shoe A and in 0 of 3 runs in Shoe B. Too little data to tell: need at least 5 runs on each side, so 3 more runs in Shoe A and 2 more runs in Shoe B",
            output,
            StringComparison.Ordinal);
        Assert.DoesNotContain("look like a trigger", output, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(Run("triggers", "--json"));
        Assert.All(doc.RootElement.GetProperty("findings").EnumerateArray(), f => Assert.Equal("not_enough_data", f.GetProperty("verdict").GetString()));
    }

    [Fact]
    public void Triggers_NoEpisodes_SaysWhatToLog() =>
        Assert.StartsWith("No episodes matched to runs yet", Run("triggers"), StringComparison.Ordinal);

    private string Run(params string[] args)
    {
        var (exit, output) = CliHarness.Run([.. args, "--db", temp.Db]);
        Assert.True(exit == 0, output);
        return output;
    }
}

using LegCheck.Activities;
using LegCheck.Diary.Storage;
using Xunit;
using static LegCheck.Cli.Tests.Diary.Fixtures;

namespace LegCheck.Cli.Tests.Diary;

public sealed class ImportCommandTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Import_FolderWithEachFormat_ImportsRunsAndNamesTheBadFile()
    {
        var runs = temp.File("runs");
        Gpx(runs, "2026/morning.gpx", Track(At("2026-11-02T07:00:00Z")));
        Tcx(runs, "2026/lunch.tcx", Track(At("2026-11-03T12:00:00Z"), minutes: 40));
        var fit = Fit(runs, "evening.fit", Track(At("2026-11-04T18:00:00Z"), minutes: 50, temperature: 26));
        Fit(runs, "ride.fit", Track(At("2026-11-05T18:00:00Z"), sport: "cycling"));
        var bytes = File.ReadAllBytes(fit);
        var broken = Save(runs, "broken.fit", bytes[..(bytes.Length / 2)]);
        File.WriteAllText(Path.Combine(runs, "notes.txt"), "not an activity file");

        var result = CliHarness.Run(["import", runs, "--db", temp.Db]);

        Assert.Equal(1, result.Exit);
        var error = Assert.Single(result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: {broken}: ", error, StringComparison.Ordinal);
        var report = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("imported 3 runs, 0 duplicates, 1 not runs, 0 not activities, 0 partly recovered, 1 errors, 0 already imported", report[^1]);
        Assert.Equal(4, report.Count(l => l.StartsWith("imported ", StringComparison.Ordinal)));
        Assert.Contains(report, l => l.StartsWith("not a run", StringComparison.Ordinal) && l.EndsWith("ride.fit: cycling", StringComparison.Ordinal));

        using var db = DiaryDatabase.Open(temp.Db);
        var stored = db.Runs.All();
        Assert.Equal(["morning.gpx", "lunch.tcx", "evening.fit"], stored.Select(r => r.FileName));
        Assert.All(stored, r => Assert.Equal(ActivitySport.Running, r.Activity.Sport));
        Assert.Equal(5.4, stored[0].DistanceKm, 1);
        Assert.Equal(40, stored[1].Minutes, 0);
        Assert.Equal(170, stored[2].Activity.AverageCadenceSpm!.Value, 0);
        Assert.Equal(26, stored[2].Activity.AverageTemperatureC!.Value, 0);
    }

    [Fact]
    public void Import_SameFilesTwice_SkipsTheRunsAlreadyThere()
    {
        Gpx(temp.Path, "a.gpx", Track(At("2026-11-02T07:00:00Z")));
        Fit(temp.Path, "b.fit", Track(At("2026-11-03T07:00:00Z")));
        CliHarness.Run(["import", temp.Path, "--db", temp.Db]);

        var result = CliHarness.Run(["import", temp.Path, "--db", temp.Db]);

        Assert.Equal(0, result.Exit);
        Assert.Equal("imported 0 runs, 0 duplicates, 0 not runs, 0 not activities, 0 partly recovered, 0 errors, 2 already imported", result.Out.Trim());
    }

    [Fact]
    public void Import_ManyFilesInATerminal_ShowsProgressThenErrorsAndSummary()
    {
        for (var i = 0; i < 25; i++)
        {
            Gpx(temp.Path, $"{i:D2}.gpx", Track(At("2026-10-01T07:00:00Z").AddDays(i), intervalSeconds: 60));
        }

        File.WriteAllText(temp.File("99.gpx"), "<gpx");

        var result = CliHarness.Run(["import", temp.Path, "--db", temp.Db], keys: []);

        Assert.Equal(1, result.Exit);

        // Progress is on standard error: the bar's frames first, the error after the bar is gone; the summary is the data.
        Assert.Contains("Importing", result.Err, StringComparison.Ordinal);
        var lines = result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains($"error: {temp.File("99.gpx")}: ", lines[^1], StringComparison.Ordinal);
        Assert.Equal("imported 25 runs, 0 duplicates, 0 not runs, 0 not activities, 0 partly recovered, 1 errors, 0 already imported", result.Out.Trim().Split('\n')[^1].Trim());
    }

    [Fact]
    public void Import_ChainedFitFile_ImportsEveryRunInIt()
    {
        var file = ChainedFit(temp.Path, "double.fit", Track(At("2026-11-02T07:00:00Z")), Track(At("2026-11-02T18:00:00Z")));

        var result = CliHarness.Run(["import", file, "--db", temp.Db]);

        Assert.Equal(0, result.Exit);
        Assert.StartsWith("imported 2 runs", result.Out.Trim().Split('\n')[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Import_NoDbOption_UsesLegcheckDbFromTheEnvironment()
    {
        var file = Gpx(temp.Path, "a.gpx", Track(At("2026-11-02T07:00:00Z")));
        var env = new Dictionary<string, string?>(StringComparer.Ordinal) { ["LEGCHECK_DB"] = temp.File("from-env.db") };

        var (exit, _) = CliHarness.Run(["import", file], env);

        Assert.Equal(0, exit);
        using var db = DiaryDatabase.Open(temp.File("from-env.db"));
        Assert.Equal(1, db.Runs.Count());
    }

    [Fact]
    public void Import_MissingPath_SaysSoInOneLine()
    {
        var result = CliHarness.Run(["import", temp.File("nowhere.fit"), "--db", temp.Db]);

        Assert.Equal(1, result.Exit);
        Assert.StartsWith($"error: {temp.File("nowhere.fit")}: no such file or folder", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_DbIsNotADatabase_RefusesWithOneLine()
    {
        var file = Gpx(temp.Path, "a.gpx", Track(At("2026-11-02T07:00:00Z")));
        var notDb = temp.File("bogus.db");
        File.WriteAllText(notDb, new string('x', 200));

        var (exit, output) = CliHarness.Run(["import", file, "--db", notDb]);

        Assert.Equal(1, exit);
        Assert.StartsWith($"error: {notDb}: cannot open the diary database", output, StringComparison.Ordinal);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}

using System.Text;
using System.Text.Json;
using LegCheck.Activities.Writing;
using Xunit;
using static LegCheck.Cli.Tests.Diary.Fixtures;

namespace LegCheck.Cli.Tests.Diary;

/// <summary>What the runner sees after importing awkward files, and distances in km or miles.</summary>
public sealed class ImportReportTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private static string Samples(string name) => Assess.AssessCommandTests.Repo("tests", "fixtures", "fit-samples", name);

    /// <summary>Five miles at 3 m/s, one sample a second.</summary>
    private string FiveMileFit() =>
        Fit(temp.Path, "five-miles.fit", Track(At("2026-11-02T07:00:00Z"), minutes: 5 * 1609.344 / 3 / 60, intervalSeconds: 1));

    [Fact]
    public void Import_FiveMileFit_ShowsKilometresOrMiles()
    {
        var import = CliHarness.Run(["import", FiveMileFit(), "--db", temp.Db]);

        Assert.Contains("8.05 km", import.Out, StringComparison.Ordinal);
        Assert.Contains("8.05 km", CliHarness.Run(["runs", "list", "--db", temp.Db]).Out, StringComparison.Ordinal);
        Assert.Contains("5.00 mi", CliHarness.Run(["runs", "list", "--units", "mi", "--db", temp.Db]).Out, StringComparison.Ordinal);
        var env = new Dictionary<string, string?>(StringComparer.Ordinal) { ["LEGCHECK_UNITS"] = "mi" };
        Assert.Contains("5.00 mi", CliHarness.Run(["runs", "list", "--db", temp.Db], env).Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_UnitsMiles_IsStoredInTheDiaryAndUsedByEveryCommand()
    {
        CliHarness.Run(["import", FiveMileFit(), "--db", temp.Db]);

        var set = CliHarness.Run(["settings", "units", "mi", "--db", temp.Db]);

        Assert.Equal(0, set.Exit);
        Assert.Contains("5.00 mi", CliHarness.Run(["runs", "list", "--db", temp.Db]).Out, StringComparison.Ordinal);
        Assert.Contains("Weekly distance (mi)", CliHarness.Run(["training", "--db", temp.Db]).Out, StringComparison.Ordinal);
        Assert.Contains("8.05 km", CliHarness.Run(["runs", "list", "--units", "km", "--db", temp.Db]).Out, StringComparison.Ordinal);
        Assert.Equal("units  mi", CliHarness.Run(["settings", "--db", temp.Db]).Out.Trim());
    }

    [Fact]
    public void Import_BadUnits_IsAUsageError()
    {
        var result = CliHarness.Run(["import", FiveMileFit(), "--units", "furlongs", "--db", temp.Db]);

        Assert.Equal(2, result.Exit);
        Assert.Equal("error: --units: expected km or mi, got \"furlongs\".", result.Err.Trim());
    }

    [Fact]
    public void Import_AwkwardFiles_NamesEachWithItsReasonAndShowsNoDotNetText()
    {
        var run = Track(At("2026-11-03T07:00:00Z"));
        Fit(temp.Path, "watch/run.fit", run);
        Gpx(temp.Path, "strava/run.gpx", run);
        var ride = TrackGenerator.Track(new SyntheticActivity { Start = At("2026-11-04T07:00:00Z"), Duration = TimeSpan.FromMinutes(20), SpeedMps = 60 / 3.6, IntervalSeconds = 10 });
        Save(temp.Path, "commute.gpx", GpxWriter.Write(ride, new GpxWriteOptions { WriteType = false }));
        var doctype = Encoding.UTF8.GetString(GpxWriter.Write(Track(At("2026-11-05T07:00:00Z"))));
        var root = doctype.IndexOf("<gpx", StringComparison.Ordinal);
        Save(temp.Path, "doctype.gpx", Encoding.UTF8.GetBytes(doctype[..root] + "<!DOCTYPE gpx>\n" + doctype[root..]));
        File.Copy(Samples("strava-android-app-201.10-b1218918.fit"), temp.File("strava-android.fit"));
        File.Copy(Samples("Settings.fit"), temp.File("Settings.fit"));
        File.WriteAllText(temp.File("broken.gpx"), "<gpx><trk>");

        var result = CliHarness.Run(["import", temp.Path, "--db", temp.Db]);

        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains(lines, l => l.StartsWith("not a run", StringComparison.Ordinal) && l.EndsWith("commute.gpx: 60 km/h is a ride", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("duplicate", StringComparison.Ordinal) && l.Contains("kept this copy (run.fit)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("recovered", StringComparison.Ordinal) && l.Contains("11.27 km", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("not an activity", StringComparison.Ordinal) && l.EndsWith("Settings.fit: settings file", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("imported", StringComparison.Ordinal) && l.EndsWith("doctype.gpx", StringComparison.Ordinal));
        Assert.Equal("imported 3 runs, 1 duplicates, 1 not runs, 1 not activities, 1 partly recovered, 1 errors, 0 already imported", lines[^1]);
        Assert.Equal($"error: {temp.File("broken.gpx")}: not valid XML (the XML stops before its end at line 1, column 11)", result.Err.Trim());
        foreach (var dotNet in new[] { "Exception", "System.", "DtdProcessing", "XmlReaderSettings", "   at " })
        {
            Assert.DoesNotContain(dotNet, result.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Import_Json_GivesTotalsAndEveryFileWithItsResult()
    {
        var fit = Fit(temp.Path, "a.fit", Track(At("2026-11-03T07:00:00Z")));
        var ride = Fit(temp.Path, "b.fit", Track(At("2026-11-04T07:00:00Z"), sport: "cycling"));

        var result = CliHarness.Run(["import", temp.Path, "--json", "--db", temp.Db]);

        using var doc = JsonDocument.Parse(result.Out);
        var root = doc.RootElement;
        Assert.Equal(1, root.GetProperty("imported").GetInt32());
        Assert.Equal(1, root.GetProperty("not_runs").GetInt32());
        var files = root.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal([fit, ride], files.Select(f => f.GetProperty("file").GetString()));
        Assert.Equal(["imported", "not_a_run"], files.Select(f => f.GetProperty("result").GetString()));
        Assert.Equal(5.4, files[0].GetProperty("runs")[0].GetProperty("distance_km").GetDouble(), 1);
        Assert.Equal("cycling", files[1].GetProperty("reason").GetString());
    }

    [Fact]
    public void Import_Verbose_ListsWarningsOnStandardErrorAndKnownFiles()
    {
        var gpx = Save(temp.Path, "no-type.gpx", GpxWriter.Write(Track(At("2026-11-03T07:00:00Z")), new GpxWriteOptions { WriteType = false }));
        CliHarness.Run(["import", gpx, "--db", temp.Db]);

        var quiet = CliHarness.Run(["import", gpx, "--db", temp.Db]);
        var verbose = CliHarness.Run(["import", gpx, "--verbose", "--db", temp.Db]);
        var first = CliHarness.Run(["import", Save(temp.Path, "other.gpx", GpxWriter.Write(Track(At("2026-11-06T07:00:00Z")), new GpxWriteOptions { WriteType = false })), "--verbose", "--db", temp.Db]);

        Assert.Empty(quiet.Err);
        Assert.Contains("already there   " + gpx, verbose.Out, StringComparison.Ordinal);
        Assert.Contains("warning: " + temp.File("other.gpx") + ": the track has no <type>; assumed to be a run", first.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_Lenient_ReadsAFitWithoutItsCrc()
    {
        File.Copy(Samples("nick.fit"), temp.File("nick.fit"));

        var strict = CliHarness.Run(["import", temp.File("nick.fit"), "--db", temp.Db]);
        var lenient = CliHarness.Run(["import", temp.File("nick.fit"), "--lenient", "--db", temp.Db]);

        Assert.Equal(1, strict.Exit);
        Assert.Contains("unexpected end of file", strict.Err, StringComparison.Ordinal);
        Assert.Equal(0, lenient.Exit);
        Assert.Contains("nick.fit: cycling", lenient.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Training_Terminal_ShowsAWeeklyDistanceBarChart()
    {
        Gpx(temp.Path, "a.gpx", Track(At("2026-11-02T07:00:00Z")));
        Gpx(temp.Path, "b.gpx", Track(At("2026-11-10T07:00:00Z"), minutes: 60));
        CliHarness.Run(["import", temp.Path, "--db", temp.Db]);

        var result = CliHarness.Run(["training", "--db", temp.Db]);

        Assert.Contains("Weekly distance (km)", result.Out, StringComparison.Ordinal);
        // Three weeks to today (Sunday Nov 22): 5.4 km, 10.8 km, and an empty week without a bar.
        var bars = result.Out.Split('\n').Where(l => l.Contains('█')).ToList();
        Assert.Equal(2, bars.Count);
        Assert.StartsWith("2026-11-02", bars[0].Trim(), StringComparison.Ordinal);
        Assert.EndsWith("5.4", bars[0].TrimEnd(), StringComparison.Ordinal);
        Assert.EndsWith("10.8", bars[1].TrimEnd(), StringComparison.Ordinal);
        Assert.True(bars[1].Count(c => c == '█') > bars[0].Count(c => c == '█'));
    }
}

using LegCheck.Diary.Storage;
using Xunit;
using static LegCheck.Cli.Tests.Diary.Fixtures;

namespace LegCheck.Cli.Tests.Diary;

/// <summary>log, episodes, shoes, runs and experiments, run the way a runner would.</summary>
public sealed class DiaryCommandsTests : IDisposable
{
    private readonly TempFolder temp = new();

    public DiaryCommandsTests()
    {
        Gpx(temp.Path, "monday.gpx", Track(At("2026-11-02T07:00:00Z"), minutes: 50));
        Gpx(temp.Path, "wednesday.gpx", Track(At("2026-11-04T07:00:00Z"), minutes: 30));
    }

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Log_WithFlags_MatchesTheRunByTimeAndWorksOutMinutesIntoIt()
    {
        Cli("shoes", "add", "Pegasus", "--added", "2026-10-01");
        Cli("import", temp.Path);

        var output = Cli("log", "--when", "2026-11-02 07:42", "--symptoms", "numbness,tingling", "--where", "top of left foot", "--severity", "4", "--shoe", "pegasus", "--lacing", "tight", "--electrolytes", "no");

        Assert.Equal("logged episode 1 (matched run 1 that started 2026-11-02 07:00)", output.Trim());
        using var db = DiaryDatabase.Open(temp.Db);
        var episode = Assert.Single(db.Episodes.All());
        Assert.Equal(1, episode.RunId);
        Assert.Equal(42, episode.MinutesIntoRun);
        Assert.Equal(["numbness", "tingling"], episode.Symptoms);
        Assert.Equal(["top of left foot"], episode.Locations);

        // What the episode says about the run is carried over to it, for the trigger analysis.
        var run = db.Runs.Find(1)!;
        Assert.Equal(db.Shoes.FindByName("Pegasus")!.Id, run.ShoeId);
        Assert.Equal("tight", run.Lacing);
        Assert.False(run.Electrolytes);
    }

    [Fact]
    public void Log_DateOnlyWithOneRunThatDay_MatchesIt()
    {
        Cli("import", temp.Path);

        var output = Cli("log", "--when", "2026-11-04", "--symptoms", "calf_cramp");

        Assert.Equal("logged episode 1 (matched run 2 on 2026-11-04)", output.Trim());
    }

    [Fact]
    public void Log_NoRunAtThatTime_LogsItUnmatched()
    {
        Cli("import", temp.Path);

        var output = Cli("log", "--when", "2026-11-03 20:00", "--symptoms", "calf_cramp");

        Assert.Equal("logged episode 1 (no run around 2026-11-03 20:00)", output.Trim());
    }

    [Theory]
    [InlineData(new[] { "--severity", "11" }, "error: --severity: expected a whole number from 0 to 10, got 11.")]
    [InlineData(new[] { "--when", "last tuesday" }, "error: --when: expected now, HH:MM, YYYY-MM-DD or \"YYYY-MM-DD HH:MM\", got \"last tuesday\".")]
    [InlineData(new[] { "--when", "9999-12-31 23:59" }, "error: --when: expected a time from 1900 to 2100, got \"9999-12-31 23:59\".")]
    [InlineData(new[] { "--when", "2027-01-05 10:00" }, "error: --when: \"2027-01-05 10:00\" is in the future; expected a time up to now.")]
    [InlineData(new[] { "--electrolytes", "maybe" }, "error: --electrolytes: expected yes, no or unknown, got \"maybe\".")]
    [InlineData(new[] { "--duration", "-5" }, "error: --duration: expected minutes from 0 to 1440, got -5.")]
    public void Log_BadOptionValue_IsAUsageErrorOnStderrNamingTheOption(string[] extra, string expected)
    {
        var result = CliHarness.Run(["log", "--db", temp.Db, "--symptoms", "numbness", .. extra]);

        Assert.Equal(2, result.Exit);
        Assert.Empty(result.Out);
        Assert.Equal(expected, result.Err.Split('\n')[0].Trim());
        Assert.False(File.Exists(temp.Db) && new FileInfo(temp.Db).Length > 0 && HasEpisodes(temp.Db));
    }

    [Theory]
    [InlineData(new[] { "--shoe", "Ghost" }, "error: --shoe: no shoe named \"Ghost\" (add it with: legcheck shoes add \"Ghost\").")]
    [InlineData(new[] { "--run", "99" }, "error: --run: no run 99 (see: legcheck runs list).")]
    public void Log_UnknownShoeOrRun_FailsWithOneLineNamingTheOption(string[] extra, string expected)
    {
        var result = CliHarness.Run(["log", "--db", temp.Db, "--symptoms", "numbness", .. extra]);

        Assert.Equal(1, result.Exit);
        Assert.Empty(result.Out);
        Assert.Equal(expected, result.Err.Trim());
        Assert.False(HasEpisodes(temp.Db));
    }

    private static bool HasEpisodes(string path)
    {
        using var db = DiaryDatabase.Open(path);
        return db.Episodes.All().Count > 0;
    }

    [Fact]
    public void Log_UnknownSymptom_ListsTheKnownOnes()
    {
        var result = CliHarness.Run(["log", "--db", temp.Db, "--symptoms", "cramp"]);

        Assert.Equal(2, result.Exit);
        Assert.StartsWith("error: --symptoms: expected one or more of calf_cramp, foot_cramp,", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Log_NotInteractiveAndNoSymptoms_RefusesInsteadOfPrompting()
    {
        var (exit, output) = CliHarness.Run(["log", "--db", temp.Db]);

        Assert.Equal(1, exit);
        Assert.StartsWith("error: --symptoms: required when not asking interactively", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Log_Interactive_AsksForEachField()
    {
        Cli("import", temp.Path);
        var keys = new List<ConsoleKeyInfo>();
        keys.AddRange(CliHarness.Type("2026-11-02 07:30"));
        keys.Add(CliHarness.Key(ConsoleKey.Spacebar)); // calf cramps, the first choice
        keys.Add(CliHarness.Key(ConsoleKey.Enter));
        keys.AddRange(CliHarness.Type("left calf"));
        keys.AddRange(CliHarness.Type(string.Empty)); // minutes into run: worked out from the time
        keys.AddRange(CliHarness.Type("abc")); // a bad answer is asked again
        keys.AddRange(CliHarness.Type("3"));
        keys.AddRange(CliHarness.Type("6"));
        keys.AddRange(CliHarness.Type(string.Empty)); // lacing
        keys.AddRange(CliHarness.Type("yes")); // heat
        keys.AddRange(CliHarness.Type("500 ml water"));
        keys.AddRange(CliHarness.Type("no")); // electrolytes
        keys.AddRange(CliHarness.Type("stretching"));
        keys.AddRange(CliHarness.Type(string.Empty));

        var (exit, output) = CliHarness.Run(["log", "--db", temp.Db], keys: keys);

        Assert.Equal(0, exit);
        Assert.Contains("duration: expected a number, got \"abc\".", output, StringComparison.Ordinal);
        using var db = DiaryDatabase.Open(temp.Db);
        var episode = Assert.Single(db.Episodes.All());
        Assert.Equal(["calf_cramp"], episode.Symptoms);
        Assert.Equal(1, episode.RunId);
        Assert.Equal(30, episode.MinutesIntoRun);
        Assert.Equal(3, episode.DurationMinutes);
        Assert.Equal(6, episode.Severity);
        Assert.True(episode.Heat);
        Assert.Equal("500 ml water", episode.Fluids);
        Assert.False(episode.Electrolytes);
        Assert.Equal("stretching", episode.Helped);
        Assert.Null(episode.Notes);
    }

    [Fact]
    public void Episodes_ListEditDelete_ChangeOnlyWhatIsGiven()
    {
        Cli("import", temp.Path);
        Cli("log", "--when", "2026-11-02 07:40", "--symptoms", "numbness", "--severity", "3", "--notes", "left foot");

        Cli("episodes", "edit", "1", "--severity", "5", "--when", "2026-11-04 07:10");
        var list = Cli("episodes", "list");

        Assert.Contains("2026-11-04 07:10", list, StringComparison.Ordinal);
        using (var db = DiaryDatabase.Open(temp.Db))
        {
            var episode = db.Episodes.Find(1)!;
            Assert.Equal(5, episode.Severity);
            Assert.Equal("left foot", episode.Notes);
            Assert.Equal(2, episode.RunId);
        }

        Assert.Equal("deleted episode 1", Cli("episodes", "delete", "1").Trim());
        var (exit, output) = CliHarness.Run(["episodes", "delete", "1", "--db", temp.Db]);
        Assert.Equal(1, exit);
        Assert.Equal("error: episode 1: no such episode.", output.Trim());
    }

    [Fact]
    public void Shoes_AddDefaultImportListRetire_CountsDistanceFromRuns()
    {
        Assert.Equal("added shoe Clifton 9 (default for new runs)", Cli("shoes", "add", "Clifton 9", "--added", "2026-10-01", "--default").Trim());
        Cli("import", temp.Path);

        var list = Cli("shoes", "list");

        // 50 and 30 minutes at 3 m/s: 9.0 + 5.4 km.
        Assert.Contains("14.4", list, StringComparison.Ordinal);
        Assert.Contains("2026-10-01", list, StringComparison.Ordinal);
        Assert.Equal("retired shoe Clifton 9", Cli("shoes", "retire", "clifton 9", "--on", "2026-11-20").Trim());
        Assert.Contains("2026-11-20", Cli("shoes", "list"), StringComparison.Ordinal);
    }

    [Fact]
    public void Runs_Edit_SetsFactorsOnSeveralRuns()
    {
        Cli("shoes", "add", "Trail shoe");
        Cli("import", temp.Path);

        Assert.Equal("updated 2 run(s)", Cli("run", "edit", "1", "2", "--shoe", "Trail shoe", "--surface", "Trail", "--electrolytes", "yes", "--hot", "no").Trim());

        using var db = DiaryDatabase.Open(temp.Db);
        Assert.All(db.Runs.All(), r =>
        {
            Assert.Equal("trail", r.Surface);
            Assert.True(r.Electrolytes);
            Assert.False(r.Hot);
            Assert.NotNull(r.ShoeId);
        });
        Assert.Contains("trail", Cli("runs", "list"), StringComparison.Ordinal);
    }

    [Fact]
    public void Experiments_AddListDelete_Work()
    {
        Assert.Equal("added experiment 1: heel-lock lacing from 2026-11-03", Cli("experiments", "add", "heel-lock lacing", "--factor", "lacing", "--date", "2026-11-03").Trim());
        Assert.Contains("heel-lock lacing", Cli("experiments", "list"), StringComparison.Ordinal);
        Assert.Equal("deleted experiment 1", Cli("experiments", "delete", "1").Trim());
    }

    [Fact]
    public void Log_NowInLosAngeles_StoresTheRunnersLocalTimeNotUtc()
    {
        // Saturday 20:00 in Los Angeles is already Sunday 04:00 in UTC.
        var time = Clocks.At(new DateTimeOffset(2026, 11, 22, 4, 0, 0, TimeSpan.Zero), Zones.Pacific);
        var env = new Dictionary<string, string?>(StringComparer.Ordinal);

        var logged = CliHarness.Run(["log", "--when", "now", "--symptoms", "calf_cramp", "--db", temp.Db], env, time: time);
        var listed = CliHarness.Run(["episodes", "list", "--json", "--db", temp.Db], env, time: time);

        Assert.Equal(0, logged.Exit);
        Assert.Contains("\"occurred_at\":\"2026-11-21T20:00:00-08:00\"", listed.Out, StringComparison.Ordinal);
    }

    private string Cli(params string[] args)
    {
        var (exit, output) = CliHarness.Run([.. args, "--db", temp.Db]);
        Assert.True(exit == 0, output);
        return output;
    }
}

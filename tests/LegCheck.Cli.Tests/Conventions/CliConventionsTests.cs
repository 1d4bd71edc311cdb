using System.Text.Json;
using LegCheck.Cli.Output;
using LegCheck.Cli.Tests.Assess;
using LegCheck.Cli.Tests.Diary;
using Spectre.Console;
using Xunit;
using static LegCheck.Cli.Tests.Diary.Fixtures;

namespace LegCheck.Cli.Tests.Conventions;

/// <summary>The command-line conventions of git and dotnet: streams, styling, exit codes, help, --json, --db, stdin.</summary>
public sealed class CliConventionsTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Assess_FolderWithBadFileAsJson_StdoutIsOnlyJsonAndTheErrorIsJsonOnStderr()
    {
        var dir = Path.Combine(temp.Path, "cases");
        Directory.CreateDirectory(dir);
        File.Copy(AssessCommandTests.Repo("examples", "calf-cramp-hot-marathon.yaml"), Path.Combine(dir, "a.yaml"));
        File.WriteAllText(Path.Combine(dir, "b.yaml"), "id: b\nfacts:\n  run_minutes: lots\n");

        var result = CliHarness.Run(["assess", "--case", dir, "--json"]);

        Assert.Equal(1, result.Exit);
        var line = Assert.Single(result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using (var doc = JsonDocument.Parse(line))
        {
            Assert.Equal("calf-cramp-hot-marathon", doc.RootElement.GetProperty("case").GetString());
        }

        using var error = JsonDocument.Parse(Assert.Single(result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        Assert.Contains("facts.run_minutes", error.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("b.yaml", error.RootElement.GetProperty("file").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, null, null)]
    [InlineData(true, "1", null)]
    [InlineData(true, null, "dumb")]
    public void Consoles_NotATerminalOrNoColorOrDumb_WriteNoEscapeSequenceAtAll(bool terminal, string? noColor, string? term)
    {
        var writer = new StringWriter();
        var env = new Dictionary<string, string?>(StringComparer.Ordinal) { ["NO_COLOR"] = noColor, ["TERM"] = term ?? "xterm-256color" };

        var console = Consoles.Create(writer, terminal, env);
        console.MarkupLine("[bold red]alarm[/] [dim]quiet[/]");
        console.Write(new Table().AddColumn("a").AddRow("b"));

        Assert.DoesNotContain('\x1b', writer.ToString());
        Assert.Contains("alarm quiet", writer.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Consoles_TerminalWithoutNoColor_IsStyled()
    {
        var writer = new StringWriter();

        var console = Consoles.Create(writer, true, new Dictionary<string, string?>(StringComparer.Ordinal) { ["TERM"] = "xterm-256color" });
        console.MarkupLine("[bold]alarm[/]");

        Assert.Contains('\x1b', writer.ToString());
    }

    [Fact]
    public void Consoles_Columns_SetsTheWidth()
    {
        var console = Consoles.Create(new StringWriter(), false, new Dictionary<string, string?>(StringComparer.Ordinal) { ["COLUMNS"] = "61" });

        Assert.Equal(61, console.Profile.Width);
    }

    [Theory]
    [InlineData(new[] { "help" }, "Usage:")]
    [InlineData(new[] { "help", "shoes", "add" }, "shoes add <name> [options]")]
    [InlineData(new[] { "assess", "--help" }, "assess [options]")]
    public void Help_CommandOrOption_PrintsUsageOnStdoutWithExit0(string[] args, string expected)
    {
        var result = CliHarness.Run(args);

        Assert.Equal(0, result.Exit);
        Assert.Contains(expected, result.Out, StringComparison.Ordinal);
        Assert.Empty(result.Err);
    }

    [Theory]
    [InlineData("help", "nothing")]
    [InlineData("bogus")]
    [InlineData("assess")]
    [InlineData("assess", "--case", "x", "--colour")]
    [InlineData("training", "--weeks", "-3")]
    [InlineData("training", "--weeks", "many")]
    [InlineData("runs", "list", "--last", "0")]
    [InlineData("episodes", "delete", "-1")]
    public void Usage_WrongCommandLine_ExitsWith2AndSaysSoOnStderr(params string[] args)
    {
        var result = CliHarness.Run([.. args, "--db", temp.Db]);

        Assert.Equal(2, result.Exit);
        Assert.Empty(result.Out);
        Assert.StartsWith("error: ", result.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.Db));
    }

    [Fact]
    public void Usage_ErrorInJsonMode_IsJsonOnStderr()
    {
        var result = CliHarness.Run(["runs", "list", "--last", "-2", "--json"]);

        Assert.Equal(2, result.Exit);
        using var doc = JsonDocument.Parse(result.Err.Split('\n')[0]);
        Assert.Contains("--last", doc.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Db_BeforeOrAfterTheSubcommand_IsTheSameDiary()
    {
        Assert.Equal(0, CliHarness.Run(["--db", temp.Db, "shoes", "add", "Pegasus", "--added", "2026-09-01"]).Exit);

        var before = CliHarness.Run(["--db", temp.Db, "shoes", "list", "--json"]);
        var after = CliHarness.Run(["shoes", "list", "--json", "--db", temp.Db]);

        Assert.Equal(0, before.Exit);
        Assert.Equal(before.Out, after.Out);
        Assert.Contains("\"name\":\"Pegasus\"", after.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("training")]
    [InlineData("training", "--json")]
    [InlineData("triggers")]
    [InlineData("runs", "list")]
    [InlineData("runs", "list", "--json")]
    [InlineData("episodes", "list")]
    [InlineData("shoes", "list")]
    [InlineData("experiments", "list")]
    [InlineData("forget", "--yes")]
    public void ReadOnlyCommand_NoDiaryYet_CreatesNeitherFolderNorDatabase(params string[] args)
    {
        var db = Path.Combine(temp.Path, "new", "dir", "x.db");

        var result = CliHarness.Run([.. args, "--db", db]);

        Assert.Equal(0, result.Exit);
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "new")));
    }

    [Fact]
    public void Export_NoDiaryYet_FailsAndCreatesNothing()
    {
        var db = Path.Combine(temp.Path, "new", "x.db");

        var result = CliHarness.Run(["export", "--out", temp.File("out"), "--db", db]);

        Assert.Equal(1, result.Exit);
        Assert.Contains("no diary here yet", result.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "new")));
        Assert.False(Directory.Exists(temp.File("out")));
    }

    [Fact]
    public void Assess_CaseDash_ReadsTheCaseFromStandardInput()
    {
        var yaml = File.ReadAllText(AssessCommandTests.Repo("examples", "numb-foot-top-tight-laces.yaml"));

        var result = CliHarness.Run(["assess", "--case", "-", "--json"], input: new StringReader(yaml));

        Assert.Equal(0, result.Exit);
        using var doc = JsonDocument.Parse(result.Out);
        Assert.Equal("numb-foot-top-tight-laces", doc.RootElement.GetProperty("case").GetString());
    }

    [Fact]
    public void Assess_CaseDashWithEmptyInput_FailsWithOneLine()
    {
        var result = CliHarness.Run(["assess", "--case", "-"], input: new StringReader(""));

        Assert.Equal(1, result.Exit);
        Assert.Equal("error: stdin: empty; expected a case in YAML or JSON on standard input", result.Err.Trim());
    }

    [Fact]
    public void Assess_EscapeSequencesInTheCaseSummary_AreShownHarmlessly()
    {
        var file = temp.File("evil.yaml");
        File.WriteAllText(file, "id: evil\nsummary: \"calf \\e]0;owned\\a\\e[2J cramp\"\nfacts:\n  cramp: yes\n  location: [calf]\n");

        var result = CliHarness.Run(["assess", "--case", file]);

        Assert.Equal(0, result.Exit);
        Assert.DoesNotContain('\x1b', result.Output);
        Assert.DoesNotContain('\a', result.Output);
        Assert.Contains(@"calf \x1b]0;owned\x07\x1b[2J cramp", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void TerminalText_ControlCharacters_BecomeVisibleEscapes()
    {
        Assert.Equal(@"a\x1b[31mb\x9bc\x7f" + "\n\t", TerminalText.Neutralise("a\u001b[31mb\u009bc\u007f\n\t"));
        Assert.Equal("plain", TerminalText.Neutralise("plain"));
    }

    [Fact]
    public void Lists_Json_AreJsonArraysOfTheRecords()
    {
        Gpx(temp.Path, "a.gpx", Track(At("2026-11-02T07:00:00Z")));
        Assert.Equal(0, CliHarness.Run(["import", temp.Path, "--db", temp.Db]).Exit);
        Assert.Equal(0, CliHarness.Run(["shoes", "add", "Ghost 15", "--db", temp.Db]).Exit);
        Assert.Equal(0, CliHarness.Run(["log", "--when", "2026-11-02 07:20", "--symptoms", "numbness", "--db", temp.Db]).Exit);
        Assert.Equal(0, CliHarness.Run(["experiments", "add", "loose laces", "--factor", "lacing", "--db", temp.Db]).Exit);

        using var runs = Json(["runs", "list", "--json"]);
        using var episodes = Json(["episodes", "list", "--json"]);
        using var shoes = Json(["shoes", "list", "--json"]);
        using var experiments = Json(["experiments", "list", "--json"]);

        Assert.Equal("a.gpx", Assert.Single(runs.RootElement.EnumerateArray()).GetProperty("file").GetString());
        var episode = Assert.Single(episodes.RootElement.EnumerateArray());
        Assert.Equal(["numbness"], episode.GetProperty("symptoms").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(1, episode.GetProperty("run").GetInt64());
        Assert.Equal("Ghost 15", Assert.Single(shoes.RootElement.EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal("lacing", Assert.Single(experiments.RootElement.EnumerateArray()).GetProperty("factor").GetString());
    }

    [Fact]
    public void Import_Json_GivesTheSummaryAsOneObject()
    {
        Gpx(temp.Path, "a.gpx", Track(At("2026-11-02T07:00:00Z")));

        using var summary = Json(["import", temp.Path, "--json"]);

        Assert.Equal(1, summary.RootElement.GetProperty("imported").GetInt32());
        Assert.Equal(0, summary.RootElement.GetProperty("errors").GetInt32());
    }

    [Fact]
    public void EvalAndKbCheck_Json_AreOneObjectEach()
    {
        using var eval = Json(["eval", AssessCommandTests.Repo("examples"), "--json"]);
        using var kb = Json(["kb", "check", "--json"]);

        Assert.Equal(Directory.GetFiles(AssessCommandTests.Repo("examples")).Length, eval.RootElement.GetProperty("cases").GetInt32());
        Assert.Equal(JsonValueKind.Array, eval.RootElement.GetProperty("misses").ValueKind);
        Assert.True(kb.RootElement.GetProperty("ok").GetBoolean());
        Assert.True(kb.RootElement.GetProperty("counts").GetProperty("conditions").GetInt32() > 0);
    }

    [Fact]
    public void Version_PrintsTheVersionOnStdout()
    {
        var result = CliHarness.Run(["--version"]);

        Assert.Equal(0, result.Exit);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Out);
    }

    private JsonDocument Json(string[] args)
    {
        var result = CliHarness.Run([.. args, "--db", temp.Db]);
        Assert.True(result.Exit == 0, result.Err);
        return JsonDocument.Parse(result.Out);
    }
}

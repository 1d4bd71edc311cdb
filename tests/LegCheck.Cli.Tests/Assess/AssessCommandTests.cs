using Xunit;
using System.Text.Json;
using LegCheck.Cli.Tests.Diary;

namespace LegCheck.Cli.Tests.Assess;

public class AssessCommandTests
{
    /// <summary>A path under the repository root (the folder holding LegCheck.slnx).</summary>
    internal static string Repo(params string[] parts)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LegCheck.slnx")))
        {
            dir = dir.Parent;
        }

        return Path.Combine([dir!.FullName, .. parts]);
    }

    [Fact]
    public void Assess_JsonForFolder_PrintsOneContractLinePerCaseInFileOrder()
    {
        var (exit, output) = CliHarness.Run(["assess", "--case", Repo("examples"), "--json"]);
        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var files = Directory.GetFiles(Repo("examples")).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files.Count, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        var root = first.RootElement;
        Assert.Equal(Path.GetFileNameWithoutExtension(files[0]), root.GetProperty("case").GetString());
        Assert.Contains(root.GetProperty("triage").GetString(), new[] { "emergency_ambulance", "emergency", "consultation_24", "consultation", "self_care" });
        Assert.True(root.GetProperty("conditions").EnumerateArray().Sum(c => c.GetProperty("probability").GetDouble()) <= 1.0);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("red_flags").ValueKind);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("advice").ValueKind);
        Assert.False(root.TryGetProperty("questions_asked", out _));
    }

    [Fact]
    public void Assess_HumanReport_ShowsBannerCausesPlanSourcesAndDisclaimer()
    {
        var (exit, output) = CliHarness.Run(["assess", "--case", Repo("examples", "swollen-calf-after-flight.json")]);
        Assert.Equal(0, exit);
        Assert.DoesNotContain("consultation_24", output, StringComparison.Ordinal);
        Assert.Contains("Deep vein thrombosis", output, StringComparison.Ordinal);
        Assert.Contains("See a doctor today", output, StringComparison.Ordinal);
        Assert.Contains("NICE", output, StringComparison.Ordinal);
        Assert.Contains("not a diagnosis", output, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Do not massage, stretch or foam-roll", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_BadCaseInFolder_NamesFileAndFieldRunsTheRestAndFails()
    {
        var dir = Directory.CreateTempSubdirectory("legcheck-cases-");
        try
        {
            File.Copy(Repo("examples", "night-calf-cramps-after-long-run.yaml"), Path.Combine(dir.FullName, "a-good.yaml"));
            File.WriteAllText(Path.Combine(dir.FullName, "b-bad.yaml"), "id: b-bad\nage: 30\nsex: male\nfacts:\n  run_minutes: lots\n");
            File.WriteAllText(Path.Combine(dir.FullName, "c-unknown.yaml"), "id: c-unknown\nage: 30\nsex: male\nfacts:\n  crampy: yes\n");
            var (exit, output) = CliHarness.Run(["assess", "--case", dir.FullName, "--json"]);
            Assert.NotEqual(0, exit);
            Assert.Contains("b-bad.yaml: facts.run_minutes: expected a number", output, StringComparison.Ordinal);
            Assert.Contains("c-unknown.yaml: facts.crampy: unknown fact id", output, StringComparison.Ordinal);
            Assert.Contains("\"case\":\"night-calf-cramps-after-long-run\"", output, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Assess_MissingPath_FailsWithClearMessage()
    {
        var (exit, output) = CliHarness.Run(["assess", "--case", "/nonexistent/case.yaml"]);
        Assert.NotEqual(0, exit);
        Assert.Contains("no such file or folder", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_Examples_PrintsScoreScriptMetrics()
    {
        var (exit, output) = CliHarness.Run(["eval", Repo("examples")]);
        Assert.Equal(0, exit);
        Assert.Matches(@"4 cases: top1=\d\.\d\d top3=\d\.\d\d triage=\d\.\d\d under_triage=0 over_triage=\d+ forbidden=0 advice=\d\.\d\d", output);
    }

    [Fact]
    public void Interview_CaseFolderJson_IncludesQuestionsAsked()
    {
        var (exit, output) = CliHarness.Run(["interview", "--case", Repo("examples"), "--json"]);
        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Directory.GetFiles(Repo("examples")).Length, lines.Length);
        Assert.All(lines, l =>
        {
            using var doc = JsonDocument.Parse(l);
            Assert.InRange(doc.RootElement.GetProperty("questions_asked").GetInt32(), 1, 25);
        });
    }

    [Fact]
    public void KbCheck_EmbeddedBase_PrintsCounts()
    {
        var (exit, output) = CliHarness.Run(["kb", "check"]);
        Assert.Equal(0, exit);
        Assert.Contains("knowledge base OK", output, StringComparison.Ordinal);
        Assert.Contains($"conditions {LegCheck.Core.Loading.KnowledgeLoader.Default.Conditions.Count}", output, StringComparison.Ordinal);
    }

    /// <summary>Writes the embedded knowledge base, phrases included, with one edit, and runs kb check on it.</summary>
    private static CliResult KbCheckEdited(string file, string from, string to)
    {
        var dir = Directory.CreateTempSubdirectory("legcheck-kb-");
        try
        {
            var files = new Dictionary<string, string>(LegCheck.Core.Loading.KnowledgeLoader.ReadEmbedded(), StringComparer.Ordinal)
            {
                ["phrases.yaml"] = LegCheck.Core.FreeText.PhraseLexicon.ReadEmbedded(),
            };
            var at = files[file].IndexOf(from, StringComparison.Ordinal);
            Assert.True(at >= 0, from);
            files[file] = files[file][..at] + to + files[file][(at + from.Length)..];
            foreach (var (name, text) in files)
            {
                File.WriteAllText(Path.Combine(dir.FullName, name), text);
            }

            return CliHarness.Run(["kb", "check", "--dir", dir.FullName]);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void KbCheck_MistypedBoolean_FailsWithFileAndLine()
    {
        var result = KbCheckEdited("facts.yaml", "red_flag: true", "red_flag: ture");
        Assert.Equal(1, result.Exit);
        Assert.Matches(@"^error: facts\.yaml:\d+: expected true or false, got 'ture'$", result.Err.Trim());
    }

    [Fact]
    public void KbCheck_UnknownKey_FailsWithFileAndLine()
    {
        var result = KbCheckEdited("facts.yaml", "    implies:", "    implys:");
        Assert.Equal(1, result.Exit);
        Assert.Matches(@"^error: facts\.yaml:\d+: unknown key 'implys'", result.Err.Trim());
    }

    [Fact]
    public void KbCheck_BrokenPhrases_FailsWithFileAndLine()
    {
        var result = KbCheckEdited("phrases.yaml", "negation_window: 3", "negation_window: 3\nnegation_windows: 4");
        Assert.Equal(1, result.Exit);
        Assert.Matches(@"^error: phrases\.yaml:\d+: unknown section 'negation_windows'", result.Err.Trim());
    }

    [Fact]
    public void KbCheck_ShippedFolder_IsOk()
    {
        var result = KbCheckEdited("facts.yaml", "facts:", "facts:");
        Assert.Equal(0, result.Exit);
        Assert.Contains("phrases ", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void KbCheck_BrokenFolder_NamesFileAndLine()
    {
        var dir = Directory.CreateTempSubdirectory("legcheck-kb-");
        try
        {
            foreach (var (name, text) in LegCheck.Core.Loading.KnowledgeLoader.ReadEmbedded())
            {
                File.WriteAllText(Path.Combine(dir.FullName, name), name == "triage.yaml" ? text.Replace("level: emergency_ambulance", "level: soon", StringComparison.Ordinal) : text);
            }

            var (exit, output) = CliHarness.Run(["kb", "check", "--dir", dir.FullName]);
            Assert.Equal(1, exit);
            Assert.Matches(@"triage\.yaml:\d+: rule 'chest_pain': unknown triage level 'soon'", output);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}

using System.Diagnostics;
using LegCheck.Cli.Assess;
using LegCheck.Cli.Tests.Diary;
using LegCheck.Core.Loading;
using Spectre.Console.Testing;
using Xunit;

namespace LegCheck.Cli.Tests.Assess;

/// <summary>Case files that once crashed or hung legcheck: each now gives a one-line error and the good files still run.</summary>
public sealed class CaseFileLimitsTests : IDisposable
{
    private const string Good = "id: good\nage: 30\nsex: male\nfacts:\n  cramp: yes\n  location: [calf]\n";

    private static readonly CliContext Ctx = new(
        new TestConsole(), new TestConsole(), TimeProvider.System, TextReader.Null, false, new Dictionary<string, string?>(StringComparer.Ordinal));

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("legcheck-limits-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void Read_Fifo_IsRefusedWithoutOpeningIt()
    {
        var fifo = Path.Combine(_dir.FullName, "pipe.yaml");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
        }

        var file = Assert.Single(CaseFiles.Read(Ctx, fifo, KnowledgeLoader.Default));
        Assert.Null(file.Case);
        Assert.Equal("pipe.yaml: empty, or not a regular file (a pipe or a device); expected a case file", file.Error);
    }

    [Fact]
    public void Read_LinkToDevRandom_IsRefusedWithoutReadingIt()
    {
        var link = Path.Combine(_dir.FullName, "random.yaml");
        File.CreateSymbolicLink(link, "/dev/urandom");
        var file = Assert.Single(CaseFiles.Read(Ctx, link, KnowledgeLoader.Default));
        Assert.Contains("not a regular file", file.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FileOverTheSizeLimit_IsRefused()
    {
        var big = Path.Combine(_dir.FullName, "big.yaml");
        File.WriteAllText(big, "id: " + new string('x', 10 * 1024 * 1024) + "\n");
        var file = Assert.Single(CaseFiles.Read(Ctx, big, KnowledgeLoader.Default));
        Assert.Equal("big.yaml: larger than the limit of 64 KiB for a case file", file.Error);
    }

    [Theory]
    [InlineData("? [a, b]\n: c\n", "(top level): a key must be plain text")]
    [InlineData("facts:\n  ? {cramp: yes}\n  : no\n", "facts: a key must be plain text")]
    [InlineData("id: &x a\nsummary: *x\n", "id: YAML anchors and aliases are not supported")]
    [InlineData("facts:\n  chest_pain: yes\n  chest_pain: no\n", "facts.chest_pain: given more than once")]
    [InlineData("facts:\n  red_flag: ture\n", "facts.red_flag: unknown fact id")]
    [InlineData("facts:\n  cramp: ture\n", "facts.cramp: expected yes, no or unknown, got 'ture'")]
    [InlineData("notes: extra\n", "notes: unknown field; expected id, summary, age, sex, facts, expected")]
    [InlineData("id: a\n---\nid: b\n", "(top level): more than one YAML document")]
    [InlineData("facts: [", "(top level): not valid YAML")]
    public void Read_HostileYaml_GivesOneFieldError(string yaml, string expected)
    {
        var path = Path.Combine(_dir.FullName, "hostile.yaml");
        File.WriteAllText(path, yaml);
        var file = Assert.Single(CaseFiles.Read(Ctx, path, KnowledgeLoader.Default));
        Assert.StartsWith("hostile.yaml: " + expected, file.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_YamlNested40000Deep_GivesADepthErrorInsteadOfAStackOverflow()
    {
        var path = Path.Combine(_dir.FullName, "deep.yaml");
        File.WriteAllText(path, "facts: " + new string('[', 40_000));
        var file = Assert.Single(CaseFiles.Read(Ctx, path, KnowledgeLoader.Default));
        Assert.Contains("nested deeper than 8 levels", file.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidUtf8InYaml_IsAnError()
    {
        var path = Path.Combine(_dir.FullName, "bytes.yaml");
        File.WriteAllBytes(path, [.. "id: a"u8, 0xC3, 0x28, (byte)'\n']);
        var file = Assert.Single(CaseFiles.Read(Ctx, path, KnowledgeLoader.Default));
        Assert.StartsWith("bytes.yaml: (top level): not valid UTF-8 text", file.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_FolderWithHostileFiles_KeepsEveryGoodResultAndFails()
    {
        File.WriteAllText(Path.Combine(_dir.FullName, "a-good.yaml"), Good);
        File.WriteAllText(Path.Combine(_dir.FullName, "b-deep.yaml"), "facts: " + new string('[', 40_000));
        File.CreateSymbolicLink(Path.Combine(_dir.FullName, "c-random.yaml"), "/dev/urandom");
        File.WriteAllText(Path.Combine(_dir.FullName, "d-dup.json"), """{"facts": {"chest_pain": "yes", "chest_pain": "no"}}""");
        File.WriteAllText(Path.Combine(_dir.FullName, "e-good.yaml"), Good.Replace("id: good", "id: also-good", StringComparison.Ordinal));

        var result = CliHarness.Run(["assess", "--case", _dir.FullName, "--json"]);

        Assert.Equal(1, result.Exit);
        var cases = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, cases.Length);
        Assert.Contains("\"case\":\"good\"", cases[0], StringComparison.Ordinal);
        Assert.Contains("\"case\":\"also-good\"", cases[1], StringComparison.Ordinal);
        Assert.Contains("d-dup.json: facts.chest_pain: given more than once", result.Err, StringComparison.Ordinal);
        Assert.Equal(3, result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}

using LegCheck.Cli.Tests.Diary;
using Xunit;

namespace LegCheck.Cli.Tests.Assess;

public class DiaryPrefillInterviewTests
{
    [Fact]
    public void Interview_WithDiary_OffersDiaryFactsAsEditableAnswers()
    {
        using var folder = new TempFolder();
        var env = new Dictionary<string, string?>(StringComparer.Ordinal) { ["LEGCHECK_DB"] = folder.Db };
        for (var day = 1; day <= 21; day += 2)
        {
            var start = Fixtures.At($"2026-11-{day:00}T07:00:00Z");
            Fixtures.Gpx(folder.Path, $"run-{day:00}.gpx", Fixtures.Track(start, minutes: day > 14 ? 80 : 40, temperature: 28));
        }

        Assert.Equal(0, CliHarness.Run(["import", folder.Path], env).Exit);

        // Skip the description, accept the diary answers, then "don't know" to everything.
        var script = "\ny\n" + string.Concat(Enumerable.Repeat("\n", 40));
        var (exit, output) = CliHarness.Run(["interview"], env, input: new StringReader(script));
        Assert.Equal(0, exit);
        Assert.Contains("From your run diary (you can change these):", output, StringComparison.Ordinal);
        Assert.Contains("from your diary:", output, StringComparison.Ordinal);
        Assert.Contains("Your plan", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Interview_NoDiaryFlag_AsksWithoutPrefill()
    {
        using var folder = new TempFolder();
        var env = new Dictionary<string, string?>(StringComparer.Ordinal) { ["LEGCHECK_DB"] = folder.Db };
        var (exit, output) = CliHarness.Run(["interview", "--no-diary"], env, input: new StringReader(string.Concat(Enumerable.Repeat("\n", 40))));
        Assert.Equal(0, exit);
        Assert.DoesNotContain("From your run diary", output, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.Db), "the interview must not create a diary");
    }
}

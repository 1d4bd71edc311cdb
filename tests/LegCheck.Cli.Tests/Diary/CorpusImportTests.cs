using LegCheck.Diary.Storage;
using Xunit;

namespace LegCheck.Cli.Tests.Diary;

/// <summary>Importing the vendored real FIT files (tests/fixtures/fit-samples), broken ones included: every file is accounted for.</summary>
public sealed class CorpusImportTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Import_RealFitSamples_AccountsForEveryFileWithoutCrashing()
    {
        var samples = Assess.AssessCommandTests.Repo("tests", "fixtures", "fit-samples");
        var fitFiles = Directory.EnumerateFiles(samples, "*", SearchOption.AllDirectories)
            .Count(f => Path.GetExtension(f).Equals(".fit", StringComparison.OrdinalIgnoreCase));

        var result = CliHarness.Run(["import", samples, "--db", temp.Db]);

        var lines = result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Append(result.Out.Trim().Split('\n')[^1].Trim()).ToArray();
        var summary = lines[^1];
        Assert.Matches(@"^imported \d+ runs, \d+ duplicates, \d+ not runs, \d+ not activities, \d+ partly recovered, \d+ errors, \d+ already imported$", summary);
        Assert.All(lines[..^1], line => Assert.StartsWith("error: " + samples, line, StringComparison.Ordinal));
        var counts = System.Text.RegularExpressions.Regex.Matches(summary, @"\d+").Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        using var db = DiaryDatabase.Open(temp.Db);
        var filesWithRuns = db.Runs.All().Select(r => r.FileName).Distinct(StringComparer.Ordinal).Count();
        Assert.Equal(lines.Length - 1, counts[5]);

        // Every file gave runs, a duplicate, a refusal or an error, or held only runs another file already held.
        Assert.InRange(filesWithRuns + counts[1] + counts[2] + counts[3] + counts[5], fitFiles - counts[6], fitFiles);
        Assert.Equal(1, counts[4]);
        Assert.True(counts[0] > 0);
    }
}

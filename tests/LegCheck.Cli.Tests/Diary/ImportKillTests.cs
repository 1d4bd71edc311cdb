using System.Diagnostics;
using LegCheck.Diary.Storage;
using Microsoft.Data.Sqlite;
using Xunit;
using static LegCheck.Cli.Tests.Diary.Fixtures;

namespace LegCheck.Cli.Tests.Diary;

/// <summary>
/// A real <c>legcheck import</c> process killed mid-way: the diary must open cleanly, hold only whole files (each file
/// here chains two runs, so a half-imported file would show as one run) and lose nothing it had committed.
/// </summary>
public sealed class ImportKillTests : IDisposable
{
    private const int Files = 1500;

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Import_KilledMidway_KeepsEveryCommittedFileWholeAndResumes()
    {
        var folder = temp.File("runs");
        for (var i = 0; i < Files; i++)
        {
            var start = At("2020-01-01T06:00:00Z").AddDays(i);
            ChainedFit(folder, $"{i:D4}.fit", Track(start, minutes: 20 + (i % 40), intervalSeconds: 60), Track(start.AddHours(10), minutes: 15, intervalSeconds: 60));
        }

        var committedBeforeKill = RunAndKill(folder);

        using (var db = DiaryDatabase.Open(temp.Db))
        {
            Assert.Equal("ok", Scalar(temp.Db, "PRAGMA integrity_check"));
            var runs = db.Runs.All();
            Assert.True(runs.Count >= committedBeforeKill, $"{runs.Count} runs after the kill, {committedBeforeKill} seen committed before it");
            Assert.True(runs.Count < 2 * Files, "the import finished before the kill, so nothing was tested");
            Assert.All(runs.GroupBy(r => r.FileName, StringComparer.Ordinal), file => Assert.Equal(2, file.Count()));
            Assert.All(runs.Where(r => r.Activity.StartUtc.Hour == 6), r =>
            {
                var i = int.Parse(r.FileName[..4], System.Globalization.CultureInfo.InvariantCulture);
                Assert.Equal(20 + (i % 40), r.Minutes, 0);
            });
        }

        var (exit, output) = CliHarness.Run(["import", folder, "--db", temp.Db]);

        Assert.Equal(0, exit);
        Assert.Matches(@"imported \d+ runs, \d+ duplicates, 0 not runs, 0 not activities, 0 partly recovered, 0 errors, \d+ already imported", output);
        using var resumed = DiaryDatabase.Open(temp.Db);
        Assert.Equal(2 * Files, resumed.Runs.Count());
    }

    /// <summary>Starts the import in a child process, kills it once a few files are committed, returns the count seen then.</summary>
    private long RunAndKill(string folder)
    {
        var legcheck = typeof(LegCheckApp).Assembly.Location;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { legcheck, "import", folder, "--db", temp.Db })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        var committed = 0L;
        var deadline = Stopwatch.StartNew();
        while (committed < 20 && !process.HasExited && deadline.Elapsed < TimeSpan.FromMinutes(2))
        {
            Thread.Sleep(5);
            committed = CountRuns();
        }

        process.Kill(entireProcessTree: true);
        process.WaitForExit();
        Assert.True(committed >= 20, $"the import never got going (exit {(process.HasExited ? process.ExitCode : -1)})");
        return committed;
    }

    private long CountRuns()
    {
        if (!File.Exists(temp.Db))
        {
            return 0;
        }

        try
        {
            return Convert.ToInt64(Scalar(temp.Db, "SELECT COUNT(*) FROM runs"), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            // The child may still be creating the schema.
            return 0;
        }
    }

    private static string? Scalar(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False;Mode=ReadWrite");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar()?.ToString();
    }
}

using LegCheck.Activities;
using LegCheck.Diary.Import;
using LegCheck.Diary.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace LegCheck.Diary.Tests;

/// <summary>The importer's bookkeeping, with a stand-in decoder so each outcome can be chosen.</summary>
public sealed class ActivityImporterTests : IDisposable
{
    private static readonly FakeTimeProvider Clock = Clocks.At(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero), TimeZoneInfo.CreateCustomTimeZone("test+2", TimeSpan.FromHours(2), "test+2", "test+2"));

    private readonly TempFolder temp = new();
    private readonly Dictionary<string, ReadOutcome> outcomes = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentBag<string> decoded = [];
    private readonly DiaryDatabase db;

    public ActivityImporterTests() => db = DiaryDatabase.Open(temp.File("legcheck.db"));

    public void Dispose()
    {
        db.Dispose();
        temp.Dispose();
    }

    [Fact]
    public void ImportAll_MixedFiles_CountsEachKindAndKeepsGoingPastErrors()
    {
        var files = new[]
        {
            File("a.gpx", Ok(Activity("a"))),
            File("b.fit", new ReadOutcome(ReadStatus.Error, [], temp.File("b.fit") + ": bad CRC (expected 0x1234, found 0x4321)", [])),
            File("c.tcx", new ReadOutcome(ReadStatus.NotARun, [Activity("c", ActivitySport.Cycling)], null, [])),
            File("d.fit", new ReadOutcome(ReadStatus.NotAnActivity, [], null, [])),
            File("e.fit", Ok(Activity("e1"), Activity("e2"))),
        };
        var seen = new List<FileImportResult>();

        var summary = Importer().ImportAll(files, seen.Add);

        Assert.Equal(new ImportSummary(Imported: 3, NotRuns: 1, NotActivities: 1, Errors: 1, AlreadyImported: 0) { Files = 5 }, summary);
        Assert.Equal(temp.File("b.fit") + ": bad CRC (expected 0x1234, found 0x4321)", seen[1].Message);
        Assert.Equal(3, db.Runs.Count());
        Assert.Equal("imported 3 runs, 0 duplicates, 1 not runs, 1 not activities, 0 partly recovered, 1 errors, 0 already imported", summary.ToString());
    }

    [Fact]
    public void ImportAll_SameFilesAgain_SkipsThemByContentWithoutDecoding()
    {
        var files = new[] { File("a.gpx", Ok(Activity("a"))), File("b.gpx", Ok(Activity("b"))), File("c.fit", new ReadOutcome(ReadStatus.NotARun, [Activity("c", ActivitySport.Cycling)], null, [])) };
        Importer().ImportAll(files);
        decoded.Clear();

        var again = Importer().ImportAll(files);

        Assert.Equal(new ImportSummary(0, 0, 0, 0, 3) { Files = 3 }, again);
        Assert.Empty(decoded);
        Assert.Equal(2, db.Runs.Count());
    }

    [Fact]
    public void ImportAll_SameRunsInNewFiles_CountsThemAsAlreadyImported()
    {
        Importer().ImportAll([File("a.gpx", Ok(Activity("a")))]);

        var summary = Importer().ImportAll([File("copy-of-a.gpx", Ok(Activity("a")))]);

        Assert.Equal(1, summary.AlreadyImported);
        Assert.Equal(1, db.Runs.Count());
    }

    [Fact]
    public void ImportAll_TwoFilesWithTheSameContent_ImportsOneAndSkipsTheOther()
    {
        var a = File("a.gpx", Ok(Activity("a")), content: "same");
        var b = File("b.gpx", Ok(Activity("a")), content: "same");
        var seen = new List<FileImportResult>();

        Importer().ImportAll([a, b], seen.Add);

        Assert.Equal([FileImportStatus.Imported, FileImportStatus.AlreadyImported], seen.Select(r => r.Status));
        Assert.Equal(b + ": already imported (same content)", seen[1].Message);
    }

    [Fact]
    public void ImportAll_ErrorFile_IsTriedAgainNextTime()
    {
        var bad = File("bad.fit", new ReadOutcome(ReadStatus.Error, [], "bad", []));
        Importer().ImportAll([bad]);
        decoded.Clear();

        Importer().ImportAll([bad]);

        Assert.Equal([bad], decoded);
    }

    [Fact]
    public void ImportFile_MissingFile_NamesIt()
    {
        var result = Importer().ImportFile(temp.File("gone.fit"));

        Assert.Equal(FileImportStatus.Error, result.Status);
        Assert.Equal(temp.File("gone.fit") + ": no such file or folder", result.Message);
    }

    [Fact]
    public void ImportFile_DecoderThrows_ReportsOneLineError()
    {
        var path = temp.File("weird.fit");
        System.IO.File.WriteAllText(path, "x");
        var importer = new ActivityImporter(db, Clock, (_, _) => throw new InvalidDataException("unexpected end of stream."));

        var result = importer.ImportFile(path);

        Assert.Equal(path + ": could not be read (LegCheck's reader failed on it)", result.Message);
        Assert.DoesNotContain("stream", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportFile_NoOffsetInFile_UsesTheMachinesTimeZoneForTheLocalDate()
    {
        // 23:30 UTC on Sunday is 01:30 on Monday at UTC+2.
        var activity = Activity("late") with { StartUtc = new DateTimeOffset(2026, 11, 8, 23, 30, 0, TimeSpan.Zero), UtcOffset = null };
        Importer().ImportFile(File("late.gpx", Ok(activity)));

        var run = Assert.Single(db.Runs.All());

        Assert.Equal(new DateOnly(2026, 11, 9), run.LocalDate);
        Assert.False(run.OffsetFromFile);
        Assert.Equal(TimeSpan.FromHours(2), run.UtcOffset);
        Assert.Equal(Clock.GetLocalNow(), run.ImportedAt);
    }

    [Fact]
    public void ImportFile_DefaultShoe_IsGivenToNewRuns()
    {
        var shoe = db.Shoes.Add("Pegasus", new DateOnly(2026, 10, 1), isDefault: true);

        Importer().ImportAll([File("a.gpx", Ok(Activity("a")))]);

        Assert.Equal(shoe.Id, Assert.Single(db.Runs.All()).ShoeId);
    }

    [Fact]
    public void ImportAll_FailureMidFile_RollsBackThatFileOnlyAndGoesOn()
    {
        // A trigger makes the second activity of b.fit fail inside the file's transaction, as a crash there would.
        using (var connection = new SqliteConnection($"Data Source={db.Path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TRIGGER boom BEFORE INSERT ON runs WHEN NEW.activity_key = 'b2' BEGIN SELECT RAISE(ABORT, 'simulated crash'); END;";
            command.ExecuteNonQuery();
        }

        var summary = Importer().ImportAll([
            File("a.fit", Ok(Activity("a"))),
            File("b.fit", Ok(Activity("b1"), Activity("b2"))),
            File("c.fit", Ok(Activity("c"))),
        ]);

        Assert.Equal(1, summary.Errors);
        Assert.Equal(["a", "c"], db.Runs.All().Select(r => r.Activity.Key));
    }

    [Fact]
    public void ImportAll_Cancelled_KeepsTheFilesCommittedBeforeAndStops()
    {
        using var cancel = new CancellationTokenSource();
        var files = new[] { File("a.fit", Ok(Activity("a"))), File("b.fit", Ok(Activity("b1"), Activity("b2"))), File("c.fit", Ok(Activity("c"))) };

        Assert.Throws<OperationCanceledException>(() => Importer().ImportAll(files, _ => cancel.Cancel(), cancel.Token));

        Assert.Equal(["a"], db.Runs.All().Select(r => r.Activity.Key));
    }

    [Fact]
    public void ImportFile_CancelledBeforeStoring_StoresNothingOfTheFile()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.Throws<OperationCanceledException>(() => Importer().ImportFile(File("b.fit", Ok(Activity("b1"), Activity("b2"))), cancel.Token));

        Assert.Equal(0, db.Runs.Count());
    }

    [Fact]
    public void Expand_Folder_FindsActivityFilesRecursivelyAndKeepsNamedFiles()
    {
        Directory.CreateDirectory(temp.File("runs/2026"));
        foreach (var name in new[] { "runs/b.GPX", "runs/a.fit", "runs/2026/c.tcx", "runs/readme.txt" })
        {
            System.IO.File.WriteAllText(temp.File(name), "x");
        }

        var files = ImportPaths.Expand([temp.File("runs"), temp.File("named.csv"), temp.File("missing")]);

        Assert.Equal(
            [temp.File("runs/2026/c.tcx"), temp.File("runs/a.fit"), temp.File("runs/b.GPX"), temp.File("named.csv"), temp.File("missing")],
            files);
    }

    private ActivityImporter Importer() => new(db, Clock, (_, path) =>
    {
        decoded.Add(path);
        return outcomes[path];
    });

    /// <summary>A stand-in file whose content is its name unless told, so each has its own content hash.</summary>
    private string File(string name, ReadOutcome outcome, string? content = null)
    {
        var path = temp.File(name);
        System.IO.File.WriteAllText(path, content ?? name);
        outcomes[path] = outcome;
        return path;
    }

    private static ReadOutcome Ok(params Activity[] activities) => new(ReadStatus.Ok, activities, null, []);

    private static Activity Activity(string key, ActivitySport sport = ActivitySport.Running) => new()
    {
        Sport = sport,
        StartUtc = new DateTimeOffset(2026, 11, 2, 7, 0, 0, TimeSpan.Zero).AddHours(key.Length).AddMinutes(5 * key.Sum(c => c - 'a')),
        UtcOffset = TimeSpan.FromHours(1),
        DistanceMeters = 8000,
        MovingTime = TimeSpan.FromMinutes(45),
        Key = key,
    };
}

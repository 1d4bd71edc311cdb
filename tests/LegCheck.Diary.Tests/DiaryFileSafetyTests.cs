using LegCheck.Diary.Storage;
using Microsoft.Data.Sqlite;
using Xunit;
using static LegCheck.Diary.Tests.TestData;

namespace LegCheck.Diary.Tests;

/// <summary>The diary file as health data: private modes, integrity checked on open, a forget that can be trusted.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class DiaryFileSafetyTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Open_NewDiary_Files0600AndNewFolders0700()
    {
        var path = temp.File("a/b/legcheck.db");

        using var db = DiaryDatabase.Open(path);
        db.Runs.Insert(Run("2026-11-02T07:00", 10));

        Assert.Equal(PrivateFiles.FileMode, File.GetUnixFileMode(path));
        Assert.Equal(PrivateFiles.FileMode, File.GetUnixFileMode(path + "-wal"));
        Assert.Equal(PrivateFiles.FolderMode, File.GetUnixFileMode(temp.File("a")));
        Assert.Equal(PrivateFiles.FolderMode, File.GetUnixFileMode(temp.File("a/b")));
    }

    [Fact]
    public void Open_WorldReadableOldDiary_IsTightenedTo0600()
    {
        var path = temp.File("legcheck.db");
        using (DiaryDatabase.Open(path))
        {
        }

        File.SetUnixFileMode(path, PrivateFiles.FileMode | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        using var db = DiaryDatabase.Open(path);

        Assert.Equal(PrivateFiles.FileMode, File.GetUnixFileMode(path));
    }

    [Fact]
    public void OpenForReading_NoFile_GivesAnEmptyDiaryAndCreatesNothing()
    {
        var path = temp.File("none/legcheck.db");

        using var db = DiaryDatabase.OpenForReading(path);

        Assert.False(db.Exists);
        Assert.Empty(db.Runs.All());
        Assert.False(Directory.Exists(temp.File("none")));
    }

    [Fact]
    public void Open_DamagedFile_IsRefusedForWritingWithAClearMessage()
    {
        var path = Damaged();

        var error = Assert.Throws<DiaryException>(() => DiaryDatabase.Open(path));

        Assert.StartsWith($"{path}: the diary database is damaged (", error.Message, StringComparison.Ordinal);
        Assert.Contains("LegCheck will not write to it", error.Message, StringComparison.Ordinal);
        using var reading = DiaryDatabase.OpenForReading(path);
        Assert.NotNull(reading.Damage);
    }

    [Fact]
    public void Dispose_AfterWorkWhoseCommandsAreCollected_ClosesTheFileAtOnce()
    {
        // A command left undisposed keeps the connection open past Dispose until the finalizer thread runs; the
        // late close then checkpoints the WAL into the file (it once undid the damage the test above makes).
        var path = temp.File("legcheck.db");
        var db = DiaryDatabase.Open(path);
        var shoe = db.Shoes.Add("Daily trainer", new DateOnly(2026, 9, 1), isDefault: true);
        db.Runs.Insert(Run("2026-11-02T07:00", 10) with { ShoeId = shoe.Id });
        Assert.NotEmpty(db.Runs.All());
        Assert.NotNull(db.Shoes.Default());
        GC.Collect();

        db.Dispose();

        Assert.False(File.Exists(path + "-wal"), "the WAL file outlived Dispose: some connection is still open");
    }

    [Fact]
    public void Forget_AnotherConnectionHasTheFileOpen_FailsAndDeletesNothing()
    {
        var path = temp.File("legcheck.db");
        using var db = DiaryDatabase.Open(path);
        db.Runs.Insert(Run("2026-11-02T07:00", 10));
        using var reader = new SqliteConnection($"Data Source={path};Pooling=False");
        reader.Open();
        using (var command = reader.CreateCommand())
        {
            command.CommandText = "SELECT COUNT(*) FROM runs";
            Assert.Equal(1L, command.ExecuteScalar());
        }

        var error = Assert.Throws<DiaryException>(db.Forget);

        Assert.Contains("has the diary open", error.Message, StringComparison.Ordinal);
        Assert.Contains("Nothing was deleted", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, db.Runs.Count());
    }

    [Fact]
    public void Forget_AloneWithTheFile_LeavesNoTextOfTheDataInIt()
    {
        var path = temp.File("legcheck.db");
        using var db = DiaryDatabase.Open(path);
        var shoe = db.Shoes.Add("Zebracorn Glide 7", new DateOnly(2026, 9, 1), isDefault: false);
        db.Runs.Insert(Run("2026-11-02T07:00", 10) with { FileName = "secret-morning-route.gpx", ShoeId = shoe.Id, Lacing = "double-knotted heel lock" });

        db.Forget();

        Assert.Empty(db.Runs.All());
        Assert.Empty(db.Shoes.All());
        var bytes = File.ReadAllBytes(path);
        foreach (var text in new[] { "Zebracorn Glide 7", "secret-morning-route.gpx", "double-knotted heel lock" })
        {
            Assert.True(bytes.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(text)) < 0, text);
        }

        Assert.Equal("wal", JournalMode(path));
        db.Runs.Insert(Run("2026-11-03T07:00", 5));
        Assert.Equal(1, db.Runs.Count());
    }

    private static string? JournalMode(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        return command.ExecuteScalar() as string;
    }

    /// <summary>A diary with enough rows for several pages, whose b-tree page headers are then overwritten.</summary>
    private string Damaged()
    {
        var path = temp.File("damaged.db");
        using (var db = DiaryDatabase.Open(path))
        {
            db.InTransaction(() =>
            {
                for (var i = 0; i < 300; i++)
                {
                    db.Runs.Insert(Run("2026-01-01T07:00", 10) with { FileName = $"run-{i:D4}-" + new string('x', 200) + ".gpx" });
                }
            });
        }

        // Damage the header of every table's and index's root page: those pages are always read by quick_check,
        // whereas fixed page numbers may land on the freelist (the schema migrations free pages) and go unnoticed.
        var (pageSize, roots) = Layout(path);
        using (var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite))
        {
            foreach (var page in roots)
            {
                file.Position = (page - 1) * pageSize;
                file.Write(Enumerable.Repeat((byte)0xA5, 12).ToArray());
            }
        }

        return path;
    }

    private static (long PageSize, List<long> Roots) Layout(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var size = connection.CreateCommand();
        size.CommandText = "PRAGMA page_size";
        var pageSize = (long)size.ExecuteScalar()!;
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT rootpage FROM sqlite_master WHERE rootpage > 1";
        using var reader = command.ExecuteReader();
        var roots = new List<long>();
        while (reader.Read())
        {
            roots.Add(reader.GetInt64(0));
        }

        Assert.NotEmpty(roots);
        return (pageSize, roots);
    }
}

using LegCheck.Diary.Model;
using LegCheck.Diary.Storage;
using Microsoft.Data.Sqlite;
using Xunit;
using static LegCheck.Diary.Tests.TestData;

namespace LegCheck.Diary.Tests;

public sealed class DiaryDatabaseTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Open_NewPathInMissingFolder_CreatesWalDatabaseAtLatestSchema()
    {
        var path = temp.File("nested/folder/legcheck.db");

        using var db = DiaryDatabase.Open(path);

        Assert.True(File.Exists(path));
        Assert.Equal(DiaryDatabase.LatestSchemaVersion, db.SchemaVersion);
        Assert.Equal("wal", Scalar(path, "PRAGMA journal_mode"));
    }

    [Fact]
    public void Open_Twice_KeepsDataAndSchema()
    {
        var path = temp.File("legcheck.db");
        using (var db = DiaryDatabase.Open(path))
        {
            db.Runs.Insert(Run("2026-11-02T07:00", 10));
        }

        using var again = DiaryDatabase.Open(path);

        Assert.Equal(1, again.Runs.Count());
        Assert.Equal(DiaryDatabase.LatestSchemaVersion, again.SchemaVersion);
    }

    [Fact]
    public void Open_DatabaseFromNewerVersion_RefusesWithOneLine()
    {
        var path = temp.File("newer.db");
        using (DiaryDatabase.Open(path))
        {
        }

        Scalar(path, "PRAGMA user_version = 99");

        var error = Assert.Throws<DiaryException>(() => DiaryDatabase.Open(path));
        Assert.Contains("newer LegCheck (schema 99", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Open_FileThatIsNotADatabase_NamesTheFile()
    {
        var path = temp.File("notes.db");
        File.WriteAllText(path, "these are my running notes, not a database, and they are long enough to fill a header");

        var error = Assert.Throws<DiaryException>(() => DiaryDatabase.Open(path));

        Assert.StartsWith(path + ": cannot open the diary database", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Insert_Run_ReadsBackEqual()
    {
        using var db = DiaryDatabase.Open(temp.File("legcheck.db"));
        var shoe = db.Shoes.Add("Pegasus", Date("2026-10-01"), isDefault: false);
        var run = Run("2026-11-02T07:00", 10.5, minutes: 55.5, offsetHours: 1, shoeId: shoe.Id, electrolytes: true, temperature: 18.5, cadence: 172, lacing: "heel lock", surface: "trail") with { Hot = false };

        var id = db.Runs.Insert(run);

        Assert.Equal(run with { Id = id }, db.Runs.Find(id));
        Assert.True(db.Runs.Contains(run.Activity.Key));
    }

    [Fact]
    public void Insert_SameActivityKeyTwice_IsRejectedByTheSchema()
    {
        using var db = DiaryDatabase.Open(temp.File("legcheck.db"));
        var run = Run("2026-11-02T07:00", 10);
        db.Runs.Insert(run);

        Assert.Throws<SqliteException>(() => db.Runs.Insert(run));
        Assert.Equal(1, db.Runs.Count());
    }

    [Fact]
    public void Insert_Episode_ReadsBackEqual()
    {
        using var db = DiaryDatabase.Open(temp.File("legcheck.db"));
        var runId = db.Runs.Insert(Run("2026-11-02T07:00", 10));
        var episode = Episode(runId, "2026-11-02T07:40:00+01:00", "calf_cramp,numbness", minutesIntoRun: 40, electrolytes: false, heat: true) with
        {
            Locations = ["left calf", "top of right foot"],
            DurationMinutes = 3,
            Severity = 6,
            Lacing = "tight",
            Fluids = "500 ml water",
            Helped = "stretching",
            Notes = "after the hill",
        };

        var id = db.Episodes.Insert(episode);

        Assert.Equal(episode with { Id = id }, db.Episodes.Find(id), EpisodeComparer.Instance);
        Assert.True(db.Episodes.Delete(id));
        Assert.Null(db.Episodes.Find(id));
    }

    [Fact]
    public void Add_ShoeNameTakenIgnoringCase_RefusesWithOneLine()
    {
        using var db = DiaryDatabase.Open(temp.File("legcheck.db"));
        db.Shoes.Add("Pegasus", Date("2026-10-01"), isDefault: true);

        var error = Assert.Throws<DiaryException>(() => db.Shoes.Add("pegasus", Date("2026-10-02"), isDefault: false));

        Assert.Equal("shoe name: \"pegasus\" already exists.", error.Message);
    }

    [Fact]
    public void Add_NewDefaultShoe_ReplacesTheOldDefault()
    {
        using var db = DiaryDatabase.Open(temp.File("legcheck.db"));
        db.Shoes.Add("Pegasus", Date("2026-10-01"), isDefault: true);
        var clifton = db.Shoes.Add("Clifton", Date("2026-11-01"), isDefault: true);

        Assert.Equal(clifton, db.Shoes.Default());
        db.Shoes.Retire(clifton.Id, Date("2026-11-20"));
        Assert.Null(db.Shoes.Default());
        Assert.Equal(Date("2026-11-20"), db.Shoes.FindByName("clifton")!.RetiredOn);
    }

    [Fact]
    public void InTransaction_WorkThrows_RollsBackEverything()
    {
        using var db = DiaryDatabase.Open(temp.File("legcheck.db"));

        Assert.Throws<InvalidOperationException>(() => db.InTransaction(() =>
        {
            db.Runs.Insert(Run("2026-11-02T07:00", 10));
            throw new InvalidOperationException("simulated crash");
        }));

        Assert.Equal(0, db.Runs.Count());
    }

    [Fact]
    public void EraseEverything_FullDiary_LeavesEveryTableEmpty()
    {
        using var db = DiaryDatabase.Open(temp.File("legcheck.db"));
        var shoe = db.Shoes.Add("Pegasus", Date("2026-10-01"), isDefault: true);
        var runId = db.Runs.Insert(Run("2026-11-02T07:00", 10, shoeId: shoe.Id));
        db.Episodes.Insert(Episode(runId, "2026-11-02T07:40:00+00:00", "numbness"));
        db.Experiments.Add(Date("2026-11-01"), "heel lock", "lacing");

        db.EraseEverything();

        Assert.Equal(DiarySnapshot.Empty with { }, db.Snapshot(), SnapshotComparer.Instance);
    }

    private static string? Scalar(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar()?.ToString();
    }
}

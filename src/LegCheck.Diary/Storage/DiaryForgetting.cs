using System.Text;
using Microsoft.Data.Sqlite;

namespace LegCheck.Diary.Storage;

/// <summary>
/// <c>legcheck forget</c> done so that it can be trusted: WAL mode lets other connections keep reading old
/// pages, so the diary first leaves WAL mode, which SQLite allows only when no other connection has the file
/// open; then it holds the file exclusively, deletes every row, vacuums (secure_delete zeroes what is freed),
/// and reads the file back to check that no text it held is still in it.
/// </summary>
internal static class DiaryForgetting
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    /// <summary>Values shorter than this are too common ("road", "no") to say anything when found in the file.</summary>
    private const int MinTraceLength = 6;

    private const int MaxTraces = 2000;

    public static void Forget(DiaryDatabase db)
    {
        if (!db.Exists)
        {
            return;
        }

        var traces = Traces(db);
        db.Command("PRAGMA busy_timeout = 1000").Run();
        TakeExclusively(db);
        try
        {
            db.InTransaction(() =>
            {
                foreach (var table in Migrations.Tables.Reverse())
                {
                    db.Command($"DELETE FROM {table}").Run();
                }
            });
            db.Command("VACUUM").Run();
            Verify(db, traces);
        }
        finally
        {
            // Back to normal sharing and WAL; the lock is released at the next access after locking_mode=NORMAL.
            db.Command("PRAGMA locking_mode=NORMAL").Run();
            db.Command("PRAGMA journal_mode=WAL").Run();
        }
    }

    private static void TakeExclusively(DiaryDatabase db)
    {
        string? mode;
        try
        {
            // Microsoft.Data.Sqlite retries a busy database for CommandTimeout seconds: a second is enough to know.
            using var checkpoint = db.Command("PRAGMA wal_checkpoint(TRUNCATE)");
            checkpoint.CommandTimeout = 1;
            checkpoint.ExecuteNonQuery();
            using var leaveWal = db.Command("PRAGMA journal_mode=DELETE");
            leaveWal.CommandTimeout = 1;
            mode = leaveWal.ExecuteScalar() as string;
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is SqliteBusy or SqliteLocked)
        {
            mode = null;
        }

        if (!string.Equals(mode, "delete", StringComparison.OrdinalIgnoreCase))
        {
            throw new DiaryException(
                $"{db.Path}: another program (perhaps another legcheck, or legcheck web) has the diary open, " +
                "so its data could not be wiped for sure; close it and run forget again. Nothing was deleted.");
        }

        db.Command("PRAGMA locking_mode=EXCLUSIVE").Run();
    }

    /// <summary>Distinct text values long enough to be recognised in the raw file: names, notes, file names, times.</summary>
    private static List<string> Traces(DiaryDatabase db)
    {
        var traces = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in Migrations.Tables.Concat(Migrations.ChildTables))
        {
            using var readerCommand = db.Command($"SELECT * FROM {table}");
            using var reader = readerCommand.ExecuteReader();
            while (reader.Read() && traces.Count < MaxTraces)
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (!reader.IsDBNull(i) && reader.GetValue(i) is string text && text.Length >= MinTraceLength)
                    {
                        traces.Add(text);
                    }
                }
            }
        }

        // Text that is part of the schema itself (table and column names) stays in any diary file.
        var schema = string.Join('\n', Read(db, "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL"));
        return traces.Where(t => !schema.Contains(t, StringComparison.Ordinal)).ToList();
    }

    private static void Verify(DiaryDatabase db, List<string> traces)
    {
        foreach (var table in Migrations.Tables.Concat(Migrations.ChildTables))
        {
            if (Convert.ToInt64(db.Command($"SELECT COUNT(*) FROM {table}").Scalar(), System.Globalization.CultureInfo.InvariantCulture) != 0)
            {
                throw Trace(db, $"table {table} still has rows");
            }
        }

        if (File.Exists(db.Path + "-wal") && new FileInfo(db.Path + "-wal").Length > 0)
        {
            throw Trace(db, "the write-ahead log still holds pages");
        }

        var bytes = File.ReadAllBytes(db.Path);
        var found = traces.FirstOrDefault(t => bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(t)) >= 0);
        if (found is not null)
        {
            throw Trace(db, "deleted text is still readable in the file");
        }
    }

    private static DiaryException Trace(DiaryDatabase db, string what) =>
        new($"{db.Path}: forget deleted the rows but could not confirm that no trace remains ({what}); delete the file itself to be sure.");

    private static List<string> Read(DiaryDatabase db, string sql)
    {
        using var readerCommand = db.Command(sql);
        using var reader = readerCommand.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}

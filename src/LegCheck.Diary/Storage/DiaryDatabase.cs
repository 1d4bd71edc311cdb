using LegCheck.Diary.Model;
using Microsoft.Data.Sqlite;

namespace LegCheck.Diary.Storage;

/// <summary>
/// The diary's SQLite database: opened in WAL mode with foreign keys on, migrated forward to the latest schema.
/// Every change runs in a transaction (<see cref="InTransaction{T}(Func{T})"/>), so a crash or a kill leaves
/// either the whole change or none of it.
/// </summary>
public sealed class DiaryDatabase : IDisposable
{
    private readonly SqliteConnection connection;
    private SqliteTransaction? transaction;

    private DiaryDatabase(string path, SqliteConnection connection)
    {
        Path = path;
        this.connection = connection;
        Runs = new RunStore(this);
        Episodes = new EpisodeStore(this);
        Shoes = new ShoeStore(this);
        Experiments = new ExperimentStore(this);
    }

    public string Path { get; }

    public RunStore Runs { get; }

    public EpisodeStore Episodes { get; }

    public ShoeStore Shoes { get; }

    public ExperimentStore Experiments { get; }

    /// <summary>The schema version the database is at after opening (always <see cref="LatestSchemaVersion"/>).</summary>
    public int SchemaVersion => Convert.ToInt32(Command("PRAGMA user_version").ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);

    public static int LatestSchemaVersion => Migrations.Latest;

    /// <summary>Opens (creating when missing) the database at <paramref name="path"/> and migrates it.</summary>
    /// <exception cref="DiaryException">The file is not a diary database, is from a newer LegCheck, or cannot be opened.</exception>
    public static DiaryDatabase Open(string path)
    {
        SqliteConnection? opened = null;
        try
        {
            var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            var connectionString = new SqliteConnectionStringBuilder
            {
                DataSource = path,
                Mode = SqliteOpenMode.ReadWriteCreate,

                // Pooling would keep the file open after Dispose, which blocks `forget` and temp-folder cleanup.
                Pooling = false,
                DefaultTimeout = 30,
            }.ToString();
            opened = new SqliteConnection(connectionString);
            opened.Open();
            var db = new DiaryDatabase(path, opened);
            db.Configure();
            db.Migrate();
            return db;
        }
        catch (SqliteException ex)
        {
            opened?.Dispose();
            throw new DiaryException($"{path}: cannot open the diary database ({ex.Message.TrimEnd('.')}).", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            opened?.Dispose();
            throw new DiaryException($"{path}: cannot open the diary database ({ex.Message.TrimEnd('.')}).", ex);
        }
        catch
        {
            opened?.Dispose();
            throw;
        }
    }

    /// <summary>Runs <paramref name="work"/> in one transaction; nested calls join the outer one.</summary>
    public T InTransaction<T>(Func<T> work)
    {
        if (transaction is not null)
        {
            return work();
        }

        using var tx = connection.BeginTransaction();
        transaction = tx;
        try
        {
            var result = work();
            tx.Commit();
            return result;
        }
        finally
        {
            // Disposing an uncommitted transaction rolls it back.
            transaction = null;
        }
    }

    public void InTransaction(Action work) => InTransaction(() =>
    {
        work();
        return 0;
    });

    /// <summary>Reads the whole diary into memory for the analyses.</summary>
    public DiarySnapshot Snapshot() => InTransaction(() =>
        new DiarySnapshot(Runs.All(), Episodes.All(), Shoes.All(), Experiments.All()));

    /// <summary>Deletes every row in every table, then vacuums so the deleted data does not linger in the file.</summary>
    public void EraseEverything()
    {
        InTransaction(() =>
        {
            foreach (var table in Migrations.Tables.Reverse())
            {
                Command($"DELETE FROM {table}").ExecuteNonQuery();
            }
        });
        Command("VACUUM").ExecuteNonQuery();
        Command("PRAGMA wal_checkpoint(TRUNCATE)").ExecuteNonQuery();
    }

    public void Dispose() => connection.Dispose();

    internal SqliteCommand Command(string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    private void Configure()
    {
        // WAL lets readers (and a second legcheck) see committed runs while an import is writing.
        // synchronous=NORMAL in WAL never corrupts and never loses a commit on a crash or kill; only a power cut
        // can drop the last few commits.
        Command("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA secure_delete=ON;")
            .ExecuteNonQuery();
    }

    private void Migrate()
    {
        var version = SchemaVersion;
        if (version > Migrations.Latest)
        {
            throw new DiaryException(
                $"{Path}: the diary was written by a newer LegCheck (schema {version}; this version knows up to {Migrations.Latest}).");
        }

        for (var step = version; step < Migrations.Latest; step++)
        {
            var target = step + 1;
            InTransaction(() =>
            {
                Command(Migrations.Steps[step]).ExecuteNonQuery();
                Command($"PRAGMA user_version = {target}").ExecuteNonQuery();
            });
        }
    }
}

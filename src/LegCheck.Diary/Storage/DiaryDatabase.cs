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

    /// <summary>Statements run once per imported file, kept prepared: preparing each anew cost more than running it.</summary>
    private readonly Dictionary<string, SqliteCommand> prepared = new(StringComparer.Ordinal);
    private SqliteTransaction? transaction;

    private DiaryDatabase(string path, SqliteConnection connection, string userId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        Path = path;
        UserId = userId;
        this.connection = connection;
        Runs = new RunStore(this);
        Episodes = new EpisodeStore(this);
        Shoes = new ShoeStore(this);
        Experiments = new ExperimentStore(this);
        Settings = new SettingsStore(this);
        KnownFiles = new KnownFileStore(this);
    }

    public string Path { get; }

    /// <summary>Whose rows every store reads and writes: <see cref="LocalUser.Id"/> for the runner's own diary.</summary>
    public string UserId { get; }

    public RunStore Runs { get; }

    public EpisodeStore Episodes { get; }

    public ShoeStore Shoes { get; }

    public ExperimentStore Experiments { get; }

    public SettingsStore Settings { get; }

    public KnownFileStore KnownFiles { get; }

    /// <summary>The schema version the database is at after opening (always <see cref="LatestSchemaVersion"/>).</summary>
    public int SchemaVersion => Convert.ToInt32(Command("PRAGMA user_version").Scalar(), System.Globalization.CultureInfo.InvariantCulture);

    public static int LatestSchemaVersion => Migrations.Latest;

    /// <summary>False for the empty stand-in <see cref="OpenForReading(string)"/> gives when there is no diary file yet.</summary>
    public bool Exists { get; private set; } = true;

    /// <summary>What <c>PRAGMA quick_check</c> found wrong with the file when it was opened for reading; null when it is sound.</summary>
    public string? Damage { get; private set; }

    /// <summary>
    /// Opens (creating when missing: folders 0700, file 0600) the database at <paramref name="path"/>, checks its
    /// integrity and migrates it. A damaged file is refused, so nothing is ever written into it.
    /// </summary>
    /// <exception cref="DiaryException">The file is damaged, not a diary database, from a newer LegCheck, or cannot be opened.</exception>
    public static DiaryDatabase Open(string path) => Open(path, LocalUser.Id);

    /// <summary>Opens the database as <see cref="Open(string)"/> does, scoped to the rows of <paramref name="userId"/>.</summary>
    public static DiaryDatabase Open(string path, string userId) => Connect(path, userId, create: true, db =>
    {
        if (db.QuickCheck() is { } damage)
        {
            throw Damaged(path, damage);
        }

        db.Migrate();
        return db;
    });

    /// <summary>
    /// Opens the diary for a command that only reads it: a missing file is not created (an empty in-memory diary
    /// stands in for it), and a damaged one is opened anyway with <see cref="Damage"/> set, so what can still be
    /// read can be exported.
    /// </summary>
    public static DiaryDatabase OpenForReading(string path) => OpenForReading(path, LocalUser.Id);

    /// <summary>Opens the database as <see cref="OpenForReading(string)"/> does, scoped to the rows of <paramref name="userId"/>.</summary>
    public static DiaryDatabase OpenForReading(string path, string userId)
    {
        if (!File.Exists(path))
        {
            var memory = new SqliteConnection("Data Source=:memory:");
            memory.Open();
            var empty = new DiaryDatabase(path, memory, userId) { Exists = false };
            empty.Migrate();
            return empty;
        }

        return Connect(path, userId, create: false, db =>
        {
            db.Damage = db.QuickCheck();
            if (db.Damage is null)
            {
                db.Migrate();
            }

            return db;
        });
    }

    /// <summary>The message for a damaged file, which also says what to do about it.</summary>
    public static DiaryException Damaged(string path, string problem) => DiaryException.Damaged(path, problem);

    private static DiaryDatabase Connect(string path, string userId, bool create, Func<DiaryDatabase, DiaryDatabase> then)
    {
        SqliteConnection? opened = null;
        try
        {
            if (create)
            {
                var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
                if (!string.IsNullOrEmpty(folder))
                {
                    PrivateFiles.CreateFolder(folder);
                }

                // Created 0600 before SQLite opens it; SQLite gives the -wal and -shm files the same mode.
                PrivateFiles.EnsureFile(path);
            }

            PrivateFiles.Restrict(path);
            PrivateFiles.Restrict(path + "-wal");
            PrivateFiles.Restrict(path + "-shm");
            var connectionString = new SqliteConnectionStringBuilder
            {
                DataSource = path,
                Mode = SqliteOpenMode.ReadWrite,

                // Pooling would keep the file open after Dispose, which blocks `forget` and temp-folder cleanup.
                Pooling = false,
                DefaultTimeout = 30,
            }.ToString();
            opened = new SqliteConnection(connectionString);
            opened.Open();
            var db = new DiaryDatabase(path, opened, userId);
            db.Configure();
            return then(db);
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

    /// <summary>The first problem <c>PRAGMA quick_check</c> reports, or null when the file is sound.</summary>
    private string? QuickCheck()
    {
        try
        {
            using var readerCommand = Command("PRAGMA quick_check(1)");
            using var reader = readerCommand.ExecuteReader();
            var first = reader.Read() ? reader.GetString(0) : "no answer from quick_check";
            return string.Equals(first, "ok", StringComparison.Ordinal) ? null : "quick_check: " + first;
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 11 or 26)
        {
            // SQLITE_CORRUPT and SQLITE_NOTADB: the check itself could not read the file.
            return ex.Message.TrimEnd('.');
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

    /// <summary>
    /// Starts a transaction that stays open until <see cref="CommitUnit"/> (or, uncommitted, <see cref="Dispose"/>
    /// rolls it back); every store call in between joins it. The unit of work of <see cref="Sqlite.SqliteDiaryStore"/>.
    /// </summary>
    internal void BeginUnit(bool writing)
    {
        if (transaction is not null)
        {
            throw new InvalidOperationException("a unit of work is already open on this diary connection.");
        }

        // A writing unit takes the write lock at once (BEGIN IMMEDIATE), so it never fails later on upgrading a read
        // lock; a reading unit is deferred, so readers never wait for each other or for a writer (WAL).
        transaction = connection.BeginTransaction(deferred: !writing);
    }

    internal void CommitUnit()
    {
        var open = transaction ?? throw new InvalidOperationException("no unit of work is open on this diary connection.");
        open.Commit();
        open.Dispose();
        transaction = null;
    }

    /// <summary>Ends the open unit of work, if any, without keeping its changes, so the connection can work outside one.</summary>
    internal void EndUnit()
    {
        transaction?.Dispose();
        transaction = null;
    }

    /// <summary>Reads the whole diary into memory for the analyses.</summary>
    public DiarySnapshot Snapshot() => InTransaction(() =>
        new DiarySnapshot(Runs.All(), Episodes.All(), Shoes.All(), Experiments.All()));

    /// <summary>Deletes every row of <see cref="UserId"/> in every table, then vacuums so the deleted data does not linger in the file.</summary>
    public void EraseEverything()
    {
        InTransaction(() =>
        {
            foreach (var table in Migrations.Tables.Reverse())
            {
                Command($"DELETE FROM {table} WHERE user_id = $user").Run();
            }
        });
        Command("VACUUM").Run();
        Command("PRAGMA wal_checkpoint(TRUNCATE)").Run();
    }

    /// <summary>
    /// Deletes everything for good (see <see cref="DiaryForgetting"/>): takes the file for itself first, so no
    /// other program keeps reading what is deleted, and then checks that no trace of the data is left.
    /// </summary>
    /// <exception cref="DiaryException">Another program has the diary open (nothing was deleted), or a trace remains.</exception>
    public void Forget() => DiaryForgetting.Forget(this);

    public void Dispose()
    {
        // Disposing an uncommitted transaction rolls it back.
        transaction?.Dispose();
        transaction = null;
        foreach (var command in prepared.Values)
        {
            command.Dispose();
        }

        prepared.Clear();
        connection.Dispose();
    }

    /// <summary>A command in the open transaction; <c>$user</c> in the SQL is always bound to <see cref="UserId"/>.</summary>
    internal SqliteCommand Command(string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        if (sql.Contains("$user", StringComparison.Ordinal))
        {
            command.Parameters.AddWithValue("$user", UserId);
        }

        return command;
    }

    /// <summary>
    /// Like <see cref="Command"/>, but the command is kept and reused (prepared once) for the life of the connection:
    /// for the few statements an import runs per file. Never dispose it, and do not run the same text again while a
    /// reader of it is open.
    /// </summary>
    internal SqliteCommand Prepared(string sql)
    {
        if (!prepared.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            prepared[sql] = command;
        }

        command.Parameters.Clear();
        command.Transaction = transaction;
        if (sql.Contains("$user", StringComparison.Ordinal))
        {
            command.Parameters.AddWithValue("$user", UserId);
        }

        return command;
    }

    private void Configure()
    {
        // WAL lets readers (and a second legcheck) see committed runs while an import is writing.
        // synchronous=NORMAL in WAL never corrupts and never loses a commit on a crash or kill; only a power cut
        // can drop the last few commits.
        Command("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA secure_delete=ON;")
            .Run();
    }

    private void Migrate()
    {
        var version = SchemaVersion;
        if (version > Migrations.Latest)
        {
            throw new DiaryException(
                $"{Path}: the diary was written by a newer LegCheck (schema {version}; this version knows up to {Migrations.Latest}).");
        }

        if (version == Migrations.Latest)
        {
            return;
        }

        // foreign_keys cannot change inside a transaction; see Migrations for why the steps need it off.
        Command("PRAGMA foreign_keys=OFF").Run();
        try
        {
            for (var step = version; step < Migrations.Latest; step++)
            {
                var target = step + 1;
                InTransaction(() =>
                {
                    Migrations.Steps[step](this);
                    using (var brokenCommand = Command("PRAGMA foreign_key_check"))
                    using (var broken = brokenCommand.ExecuteReader())
                    {
                        if (broken.Read())
                        {
                            throw new DiaryException($"{Path}: migrating the diary to schema {target} broke a reference in table {broken.GetString(0)}; nothing was changed.");
                        }
                    }

                    Command($"PRAGMA user_version = {target}").Run();
                });
            }
        }
        finally
        {
            Command("PRAGMA foreign_keys=ON").Run();
        }
    }
}

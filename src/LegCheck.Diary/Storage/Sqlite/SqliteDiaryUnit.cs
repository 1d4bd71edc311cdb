using LegCheck.Diary.Model;

namespace LegCheck.Diary.Storage.Sqlite;

/// <summary>
/// One transaction on the diary file. SQLite answers at once from this process, so the async calls complete
/// synchronously; their errors still arrive through the task, as a server's would.
/// </summary>
public sealed class SqliteDiaryUnit : IDiaryUnit
{
    private readonly SemaphoreSlim? writeLock;
    private bool disposed;

    internal SqliteDiaryUnit(DiaryDatabase db, SemaphoreSlim? writeLock)
    {
        Database = db;
        this.writeLock = writeLock;
        Runs = new SqliteRunRows(db.Runs);
        Episodes = new SqliteEpisodeRows(db.Episodes);
        Shoes = new SqliteShoeRows(db.Shoes);
        Experiments = new SqliteExperimentRows(db.Experiments);
        Settings = new SqliteSettingRows(db.Settings);
        KnownFiles = new SqliteKnownFileRows(db.KnownFiles);
    }

    /// <summary>The open diary, for what only the local file has (import, backup, forget), inside this unit's transaction.</summary>
    public DiaryDatabase Database { get; }

    public string UserId => Database.UserId;

    public IRunRows Runs { get; }

    public IEpisodeRows Episodes { get; }

    public IShoeRows Shoes { get; }

    public IExperimentRows Experiments { get; }

    public ISettingRows Settings { get; }

    public IKnownFileRows KnownFiles { get; }

    public Task<DiarySnapshot> SnapshotAsync(CancellationToken cancellationToken = default) =>
        Answer.Of(Database.Snapshot, cancellationToken);

    public Task EraseAsync(CancellationToken cancellationToken = default) =>
        Answer.Of(
            () =>
            {
                foreach (var table in Migrations.Tables.Reverse())
                {
                    Database.Command($"DELETE FROM {table} WHERE user_id = $user").Run();
                }
            },
            cancellationToken);

    public Task CommitAsync(CancellationToken cancellationToken = default) => Answer.Of(Database.CommitUnit, cancellationToken);

    public ValueTask DisposeAsync()
    {
        if (!disposed)
        {
            disposed = true;
            Database.Dispose();
            writeLock?.Release();
        }

        return ValueTask.CompletedTask;
    }
}

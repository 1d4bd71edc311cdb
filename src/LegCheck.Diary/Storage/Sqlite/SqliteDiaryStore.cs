namespace LegCheck.Diary.Storage.Sqlite;

/// <summary>
/// The local diary file behind <see cref="IDiaryStore"/>. A unit of work that only reads never creates the file (a
/// missing diary reads as empty); writing units run one at a time, so two never wait on each other's SQLite lock.
/// </summary>
public sealed class SqliteDiaryStore(string path) : IDiaryStore, IDisposable
{
    private readonly SemaphoreSlim writeLock = new(1, 1);

    public string Path { get; } = path;

    public async Task<IDiaryUnit> BeginAsync(string userId, DiaryAccess access, CancellationToken cancellationToken = default)
    {
        var writing = access == DiaryAccess.Write;
        if (writing)
        {
            await writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            var db = writing ? DiaryDatabase.Open(Path, userId) : DiaryDatabase.OpenForReading(Path, userId);
            try
            {
                db.BeginUnit(writing);
            }
            catch
            {
                db.Dispose();
                throw;
            }

            return new SqliteDiaryUnit(db, writing ? writeLock : null);
        }
        catch
        {
            if (writing)
            {
                writeLock.Release();
            }

            throw;
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> on the diary file opened for writing, outside a unit of work (the importer commits
    /// file by file), while no writing unit is open.
    /// </summary>
    /// <exception cref="DiaryException">The diary cannot be opened.</exception>
    internal async Task<T> WithFileAsync<T>(string userId, Func<DiaryDatabase, T> work, CancellationToken cancellationToken)
    {
        await writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var db = DiaryDatabase.Open(Path, userId);
            return work(db);
        }
        finally
        {
            writeLock.Release();
        }
    }

    public void Dispose() => writeLock.Dispose();
}

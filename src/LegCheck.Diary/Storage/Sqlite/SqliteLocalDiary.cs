using LegCheck.Diary.Backup;
using LegCheck.Diary.Import;

namespace LegCheck.Diary.Storage.Sqlite;

/// <summary>The local diary file: its store, its imports, and the backup and forgetting that work on the open file.</summary>
internal sealed class SqliteLocalDiary : ILocalDiary
{
    private readonly SqliteDiaryStore store;

    public SqliteLocalDiary(string path, TimeProvider time)
    {
        store = new SqliteDiaryStore(path);
        Imports = new SqliteDiaryImports(store, time);
    }

    public string Path => store.Path;

    public bool Exists => File.Exists(Path);

    public IDiaryImports Imports { get; }

    public Task<IDiaryUnit> BeginAsync(string userId, DiaryAccess access, CancellationToken cancellationToken = default) =>
        store.BeginAsync(userId, access, cancellationToken);

    public string? DamageOf(IDiaryUnit unit) => Database(unit).Damage;

    public Task<IReadOnlyList<string>> ExportAsync(IDiaryUnit unit, string folder, TimeProvider time, CancellationToken cancellationToken = default) =>
        Answer.Of(() => BackupExporter.Export(Database(unit), folder, time), cancellationToken);

    public Task<IReadOnlyDictionary<string, int>> RestoreAsync(IDiaryUnit unit, string file, CancellationToken cancellationToken = default) =>
        Answer.Of(() => BackupRestorer.Restore(Database(unit), file), cancellationToken);

    public Task ForgetAsync(IDiaryUnit unit, CancellationToken cancellationToken = default) =>
        Answer.Of(
            () =>
            {
                // VACUUM cannot run inside a transaction, and forgetting needs the file to itself: the unit's own
                // connection forgets, once its transaction is over.
                var db = Database(unit);
                db.EndUnit();
                db.Forget();
            },
            cancellationToken);

    public void Dispose() => store.Dispose();

    private static DiaryDatabase Database(IDiaryUnit unit) =>
        unit is SqliteDiaryUnit local ? local.Database : throw new ArgumentException("not a unit of the local diary file.", nameof(unit));
}

using LegCheck.Activities.Archives;
using LegCheck.Diary.Import;

namespace LegCheck.Diary.Storage.Sqlite;

/// <summary>Imports into the local diary file of <paramref name="store"/>, one import at a time with its other writers.</summary>
public sealed class SqliteDiaryImports(SqliteDiaryStore store, TimeProvider time) : IDiaryImports
{
    public Task<ImportSummary> ImportAsync(
        string userId, IEnumerable<ActivityInput> inputs, ImportOptions options, Action<FileImportResult>? onFile, CancellationToken cancellationToken = default)
    {
        return store.WithFileAsync(userId, db => new ActivityImporter(db, time, options).ImportAll(inputs, onFile, cancellationToken), cancellationToken);
    }
}

using LegCheck.Diary.Storage;
using LegCheck.Diary.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace LegCheck.Diary.Import;

/// <summary>The rows one file's runs are stored in, inside that file's transaction.</summary>
internal sealed record ImportRows(IRunRows Runs, IShoeRows Shoes, IKnownFileRows KnownFiles);

/// <summary>Where an import stores: each file in its own transaction, committed as soon as it is stored.</summary>
internal interface IImportTarget
{
    /// <summary>The default shoe and the content hashes already known, read once when the import starts.</summary>
    Task<StoreContext> StartAsync(CancellationToken cancellationToken);

    /// <summary>Runs <paramref name="work"/> in one transaction and commits it; a refused write becomes the file's error result.</summary>
    Task<FileImportResult> InFileAsync(string path, Func<ImportRows, Task<FileImportResult>> work, CancellationToken cancellationToken);

    /// <summary>Notes a file that holds no run, so the next import skips it; a failure loses only that shortcut.</summary>
    Task RememberAsync(string sha256, string fileName, string outcome, DateTimeOffset seenAt, CancellationToken cancellationToken);
}

/// <summary>The local diary file, already open: its calls answer at once, so every task here is already complete.</summary>
internal sealed class SqliteImportTarget(DiaryDatabase db) : IImportTarget
{
    private readonly ImportRows rows = new(new SqliteRunRows(db.Runs), new SqliteShoeRows(db.Shoes), new SqliteKnownFileRows(db.KnownFiles));

    public Task<StoreContext> StartAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new StoreContext(db.Shoes.Default()?.Id, db.KnownFiles.AllHashes()));

    public Task<FileImportResult> InFileAsync(string path, Func<ImportRows, Task<FileImportResult>> work, CancellationToken cancellationToken)
    {
        try
        {
            return Task.FromResult(db.InTransaction(() => work(rows).GetAwaiter().GetResult()));
        }
        catch (Exception ex) when (SqliteCode(ex) is { } code)
        {
            return Task.FromResult(ActivityImporter.Failed(path, $"{path}: could not be stored in the diary (database error {code})"));
        }
    }

    public Task RememberAsync(string sha256, string fileName, string outcome, DateTimeOffset seenAt, CancellationToken cancellationToken)
    {
        try
        {
            db.KnownFiles.Add(sha256, fileName, outcome, seenAt);
        }
        catch (SqliteException)
        {
            // Only a shortcut for the next import is lost: the file is decoded again then.
        }

        return Task.CompletedTask;
    }

    /// <summary>The SQLite error behind <paramref name="ex"/>: thrown by the file, or said in words by the row wrappers.</summary>
    private static int? SqliteCode(Exception ex) => ex switch
    {
        SqliteException s => s.SqliteErrorCode,
        DiaryException { InnerException: SqliteException s } => s.SqliteErrorCode,
        _ => null,
    };
}

/// <summary>A diary behind <see cref="IDiaryStore"/> (a server's): one unit of work per file.</summary>
internal sealed class UnitImportTarget(IDiaryStore store, string userId) : IImportTarget
{
    public async Task<StoreContext> StartAsync(CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginAsync(userId, DiaryAccess.Read, cancellationToken).ConfigureAwait(false);
        var shoe = await unit.Shoes.DefaultAsync(cancellationToken).ConfigureAwait(false);
        return new StoreContext(shoe?.Id, await unit.KnownFiles.AllHashesAsync(cancellationToken).ConfigureAwait(false));
    }

    public async Task<FileImportResult> InFileAsync(string path, Func<ImportRows, Task<FileImportResult>> work, CancellationToken cancellationToken)
    {
        // A store that cannot be reached fails the whole import (the caller reports it), not file by file.
        await using var unit = await store.BeginAsync(userId, DiaryAccess.Write, cancellationToken).ConfigureAwait(false);
        try
        {
            var result = await work(new ImportRows(unit.Runs, unit.Shoes, unit.KnownFiles)).ConfigureAwait(false);
            await unit.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }
        catch (DiaryException ex)
        {
            // Such as the same run stored meanwhile by another import of this user: this file's unit is dropped whole.
            return ActivityImporter.Failed(path, $"{path}: could not be stored in the diary ({ex.Message.TrimEnd('.')})");
        }
    }

    public async Task RememberAsync(string sha256, string fileName, string outcome, DateTimeOffset seenAt, CancellationToken cancellationToken)
    {
        try
        {
            await using var unit = await store.BeginAsync(userId, DiaryAccess.Write, cancellationToken).ConfigureAwait(false);
            await unit.KnownFiles.AddAsync(sha256, fileName, outcome, seenAt, cancellationToken).ConfigureAwait(false);
            await unit.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DiaryException)
        {
            // Only a shortcut for the next import is lost: the file is decoded again then.
        }
    }
}

/// <summary>Imports through the store seam into any <see cref="IDiaryStore"/>: the hosted diaries' way in.</summary>
public sealed class StoreDiaryImports(IDiaryStore store, TimeProvider time) : IDiaryImports
{
    public Task<ImportSummary> ImportAsync(
        string userId, IEnumerable<Activities.Archives.ActivityInput> inputs, ImportOptions options, Action<FileImportResult>? onFile, CancellationToken cancellationToken = default) =>
        new ActivityImporter(store, userId, time, options).ImportAllAsync(inputs, onFile, cancellationToken);
}

using LegCheck.Diary;
using LegCheck.Diary.Storage;
using LegCheck.Diary.Units;

namespace LegCheck.Web.Features.Diary;

/// <summary>The diary cannot be opened (damaged, from a newer LegCheck, not a diary): a 503, not the request's fault.</summary>
public sealed class DiaryUnavailableException(string message, Exception inner) : Exception(message, inner);

/// <summary>
/// Opens the diary database for one request. Reads never create it (a missing diary reads as empty); changes are
/// made one at a time, so two uploads never wait on each other's SQLite lock and time out.
/// </summary>
public sealed class DiaryFile(DiaryWebOptions options) : IDisposable
{
    private readonly SemaphoreSlim writeLock = new(1, 1);

    public DiaryWebOptions Options { get; } = options;

    public T Read<T>(Func<DiaryDatabase, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        using var db = Opened(() => DiaryDatabase.OpenForReading(Options.DbPath));
        return read(db);
    }

    public async Task<T> WriteAsync<T>(Func<DiaryDatabase, T> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        await writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var db = Opened(() => DiaryDatabase.Open(Options.DbPath));
            return write(db);
        }
        finally
        {
            writeLock.Release();
        }
    }

    /// <summary>The unit pages show: <c>?units=</c>, else LEGCHECK_UNITS, else the diary's setting, else km.</summary>
    public DistanceUnit Unit(DiaryDatabase db, string? requested)
    {
        try
        {
            return Distances.Resolve(Distances.Parse(requested) is null ? null : requested, Options.Environment, db);
        }
        catch (DiaryException)
        {
            // A bad LEGCHECK_UNITS must not break the pages; the CLI reports it.
            return Distances.Parse(db.Settings.Get(SettingsStore.Units)) ?? DistanceUnit.Km;
        }
    }

    /// <summary>A private folder beside the diary for one upload's files, deleted when the import is done.</summary>
    public string NewUploadFolder()
    {
        var folder = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(Options.DbPath))!, "uploads", Guid.NewGuid().ToString("N"));
        PrivateFiles.CreateFolder(folder);
        return folder;
    }

    public void Dispose() => writeLock.Dispose();

    private static DiaryDatabase Opened(Func<DiaryDatabase> open)
    {
        try
        {
            return open();
        }
        catch (DiaryException ex)
        {
            throw new DiaryUnavailableException(ex.Message, ex);
        }
    }
}

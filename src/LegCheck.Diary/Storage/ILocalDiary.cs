using LegCheck.Diary.Import;

namespace LegCheck.Diary.Storage;

/// <summary>
/// The diary kept in one file on the runner's machine, as the command line reaches it: the store seam the web uses
/// too (<see cref="IDiaryStore"/>, <see cref="Imports"/>), and what only a local file can do beside it: be missing,
/// be damaged, be backed up, be restored and be forgotten for good.
/// </summary>
public interface ILocalDiary : IDiaryStore, IDisposable
{
    string Path { get; }

    /// <summary>False while there is no diary file yet (a reading unit then sees an empty diary and creates nothing).</summary>
    bool Exists { get; }

    IDiaryImports Imports { get; }

    /// <summary>What the integrity check found wrong with the file when <paramref name="unit"/> opened it; null when it is sound.</summary>
    string? DamageOf(IDiaryUnit unit);

    /// <summary>Writes the diary as seen by <paramref name="unit"/> into <paramref name="folder"/> and returns the files written.</summary>
    Task<IReadOnlyList<string>> ExportAsync(IDiaryUnit unit, string folder, TimeProvider time, CancellationToken cancellationToken = default);

    /// <summary>Replaces the diary's rows with the backup in <paramref name="file"/> inside <paramref name="unit"/>, which the caller commits.</summary>
    /// <exception cref="DiaryException">The backup is missing, malformed or inconsistent; nothing was changed.</exception>
    Task<IReadOnlyDictionary<string, int>> RestoreAsync(IDiaryUnit unit, string file, CancellationToken cancellationToken = default);

    /// <summary>
    /// Ends <paramref name="unit"/> (its changes are dropped) and deletes everything in the file for good, checking that
    /// no trace is left; the unit cannot be used afterwards.
    /// </summary>
    /// <exception cref="DiaryException">Another program has the diary open (nothing was deleted), or a trace remains.</exception>
    Task ForgetAsync(IDiaryUnit unit, CancellationToken cancellationToken = default);
}

/// <summary>Opens the local diary file behind <see cref="ILocalDiary"/>.</summary>
public static class LocalDiary
{
    public static ILocalDiary At(string path, TimeProvider time) => new Sqlite.SqliteLocalDiary(path, time);
}

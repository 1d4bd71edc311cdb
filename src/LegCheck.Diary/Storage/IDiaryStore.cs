using LegCheck.Diary.Model;

namespace LegCheck.Diary.Storage;

/// <summary>Whether a unit of work only reads (a missing local diary is then not created) or also writes.</summary>
public enum DiaryAccess
{
    Read,
    Write,
}

/// <summary>
/// Where diaries are kept: one SQLite file on the runner's machine, or a PostgreSQL database for many users.
/// Every unit of work belongs to one user and sees only that user's rows.
/// </summary>
public interface IDiaryStore
{
    /// <summary>Starts a unit of work on the diary of <paramref name="userId"/>; nothing it changes is kept unless it is committed.</summary>
    /// <exception cref="DiaryException">The diary cannot be opened (damaged, from a newer LegCheck, unreachable).</exception>
    Task<IDiaryUnit> BeginAsync(string userId, DiaryAccess access, CancellationToken cancellationToken = default);
}

/// <summary>
/// One transaction on one user's diary. Reads see one consistent state; <see cref="CommitAsync"/> keeps every change
/// made through it, and disposing it without committing drops them all.
/// </summary>
public interface IDiaryUnit : IAsyncDisposable
{
    string UserId { get; }

    IRunRows Runs { get; }

    IEpisodeRows Episodes { get; }

    IShoeRows Shoes { get; }

    IExperimentRows Experiments { get; }

    ISettingRows Settings { get; }

    IKnownFileRows KnownFiles { get; }

    /// <summary>The user's whole diary in memory, for the pure analyses.</summary>
    Task<DiarySnapshot> SnapshotAsync(CancellationToken cancellationToken = default);

    /// <summary>Deletes every row of the user in every table.</summary>
    Task EraseAsync(CancellationToken cancellationToken = default);

    Task CommitAsync(CancellationToken cancellationToken = default);
}

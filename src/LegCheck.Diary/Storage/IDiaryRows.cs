using LegCheck.Diary.Model;

namespace LegCheck.Diary.Storage;

/// <summary>The user's runs. An id of another user's run behaves as an id that does not exist.</summary>
public interface IRunRows
{
    Task<bool> ContainsAsync(string activityKey, CancellationToken cancellationToken = default);

    Task<long> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>Stores a new run and returns its id.</summary>
    /// <exception cref="DiaryException">The user already has a run with that activity key, or its shoe is not the user's.</exception>
    Task<long> InsertAsync(RunRecord run, CancellationToken cancellationToken = default);

    /// <summary>Replaces the recording of run <paramref name="id"/> with a better copy, keeping its factors and episodes.</summary>
    Task ReplaceRecordingAsync(long id, RunRecord copy, CancellationToken cancellationToken = default);

    /// <summary>Saves the factors the runner sets: shoe, lacing, electrolytes, surface, heat.</summary>
    /// <exception cref="DiaryException">No such run, or its shoe is not the user's.</exception>
    Task UpdateFactorsAsync(RunRecord run, CancellationToken cancellationToken = default);

    /// <summary>Deletes a run (its episodes stay, unmatched) and forgets its file; false when there is no such run.</summary>
    Task<bool> DeleteAsync(long id, CancellationToken cancellationToken = default);

    Task<RunRecord?> FindAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>All runs, oldest first.</summary>
    Task<IReadOnlyList<RunRecord>> AllAsync(CancellationToken cancellationToken = default);

    /// <summary>Runs that started between the two instants (inclusive), oldest first.</summary>
    Task<IReadOnlyList<RunRecord>> StartedBetweenAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default);
}

/// <summary>The user's symptom episodes.</summary>
public interface IEpisodeRows
{
    /// <summary>Stores a new episode and returns its id.</summary>
    /// <exception cref="DiaryException">Its run or shoe is not the user's.</exception>
    Task<long> InsertAsync(Episode episode, CancellationToken cancellationToken = default);

    /// <summary>Replaces what was logged of an episode.</summary>
    /// <exception cref="DiaryException">No such episode, or its run or shoe is not the user's.</exception>
    Task UpdateAsync(Episode episode, CancellationToken cancellationToken = default);

    Task<bool> DeleteAsync(long id, CancellationToken cancellationToken = default);

    Task<Episode?> FindAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>All episodes, oldest first.</summary>
    Task<IReadOnlyList<Episode>> AllAsync(CancellationToken cancellationToken = default);
}

/// <summary>The user's shoes; names are unique per user, ignoring case.</summary>
public interface IShoeRows
{
    /// <summary>Adds a shoe; when <paramref name="isDefault"/> it becomes the user's only default shoe.</summary>
    /// <exception cref="DiaryException">The name is empty or the user already has a shoe of that name.</exception>
    Task<Shoe> AddAsync(string name, DateOnly addedOn, bool isDefault, CancellationToken cancellationToken = default);

    Task<bool> RetireAsync(long id, DateOnly retiredOn, CancellationToken cancellationToken = default);

    Task<bool> DeleteAsync(long id, CancellationToken cancellationToken = default);

    Task<Shoe?> FindAsync(long id, CancellationToken cancellationToken = default);

    Task<Shoe?> FindByNameAsync(string name, CancellationToken cancellationToken = default);

    Task<Shoe?> DefaultAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Shoe>> AllAsync(CancellationToken cancellationToken = default);
}

/// <summary>The user's experiments.</summary>
public interface IExperimentRows
{
    Task<Experiment> AddAsync(DateOnly startedOn, string description, string factor, CancellationToken cancellationToken = default);

    Task<bool> DeleteAsync(long id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Experiment>> AllAsync(CancellationToken cancellationToken = default);
}

/// <summary>The user's settings (see <see cref="SettingsStore.Units"/>).</summary>
public interface ISettingRows
{
    Task<string?> GetAsync(string key, CancellationToken cancellationToken = default);

    Task SetAsync(string key, string value, CancellationToken cancellationToken = default);
}

/// <summary>Content hashes of the files the user imported, so a re-import skips them.</summary>
public interface IKnownFileRows
{
    Task<HashSet<string>> AllHashesAsync(CancellationToken cancellationToken = default);

    Task AddAsync(string sha256, string fileName, string outcome, DateTimeOffset seenAt, CancellationToken cancellationToken = default);
}

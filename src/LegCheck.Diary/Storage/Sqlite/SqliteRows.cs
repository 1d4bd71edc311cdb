using LegCheck.Diary.Model;

namespace LegCheck.Diary.Storage.Sqlite;

internal sealed class SqliteRunRows(RunStore runs) : IRunRows
{
    public Task<bool> ContainsAsync(string activityKey, CancellationToken cancellationToken = default) => Answer.Of(() => runs.Contains(activityKey), cancellationToken);

    public Task<long> CountAsync(CancellationToken cancellationToken = default) => Answer.Of(runs.Count, cancellationToken);

    public Task<long> InsertAsync(RunRecord run, CancellationToken cancellationToken = default) => Answer.Of(() => runs.Insert(run), cancellationToken);

    public Task ReplaceRecordingAsync(long id, RunRecord copy, CancellationToken cancellationToken = default) => Answer.Of(() => runs.ReplaceRecording(id, copy), cancellationToken);

    public Task UpdateFactorsAsync(RunRecord run, CancellationToken cancellationToken = default) => Answer.Of(() => runs.UpdateFactors(run), cancellationToken);

    public Task<bool> DeleteAsync(long id, CancellationToken cancellationToken = default) => Answer.Of(() => runs.Delete(id), cancellationToken);

    public Task<RunRecord?> FindAsync(long id, CancellationToken cancellationToken = default) => Answer.Of(() => runs.Find(id), cancellationToken);

    public Task<IReadOnlyList<RunRecord>> AllAsync(CancellationToken cancellationToken = default) => Answer.Of(runs.All, cancellationToken);

    public Task<IReadOnlyList<RunRecord>> StartedBetweenAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default) =>
        Answer.Of(() => runs.StartedBetween(from, to), cancellationToken);
}

internal sealed class SqliteEpisodeRows(EpisodeStore episodes) : IEpisodeRows
{
    public Task<long> InsertAsync(Episode episode, CancellationToken cancellationToken = default) => Answer.Of(() => episodes.Insert(episode), cancellationToken);

    public Task UpdateAsync(Episode episode, CancellationToken cancellationToken = default) => Answer.Of(() => episodes.Update(episode), cancellationToken);

    public Task<bool> DeleteAsync(long id, CancellationToken cancellationToken = default) => Answer.Of(() => episodes.Delete(id), cancellationToken);

    public Task<Episode?> FindAsync(long id, CancellationToken cancellationToken = default) => Answer.Of(() => episodes.Find(id), cancellationToken);

    public Task<IReadOnlyList<Episode>> AllAsync(CancellationToken cancellationToken = default) => Answer.Of(episodes.All, cancellationToken);
}

internal sealed class SqliteShoeRows(ShoeStore shoes) : IShoeRows
{
    public Task<Shoe> AddAsync(string name, DateOnly addedOn, bool isDefault, CancellationToken cancellationToken = default) =>
        Answer.Of(() => shoes.Add(name, addedOn, isDefault), cancellationToken);

    public Task<bool> RetireAsync(long id, DateOnly retiredOn, CancellationToken cancellationToken = default) => Answer.Of(() => shoes.Retire(id, retiredOn), cancellationToken);

    public Task<bool> DeleteAsync(long id, CancellationToken cancellationToken = default) => Answer.Of(() => shoes.Delete(id), cancellationToken);

    public Task<Shoe?> FindAsync(long id, CancellationToken cancellationToken = default) => Answer.Of(() => shoes.Find(id), cancellationToken);

    public Task<Shoe?> FindByNameAsync(string name, CancellationToken cancellationToken = default) => Answer.Of(() => shoes.FindByName(name), cancellationToken);

    public Task<Shoe?> DefaultAsync(CancellationToken cancellationToken = default) => Answer.Of(shoes.Default, cancellationToken);

    public Task<IReadOnlyList<Shoe>> AllAsync(CancellationToken cancellationToken = default) => Answer.Of(shoes.All, cancellationToken);
}

internal sealed class SqliteExperimentRows(ExperimentStore experiments) : IExperimentRows
{
    public Task<Experiment> AddAsync(DateOnly startedOn, string description, string factor, CancellationToken cancellationToken = default) =>
        Answer.Of(() => experiments.Add(startedOn, description, factor), cancellationToken);

    public Task<bool> DeleteAsync(long id, CancellationToken cancellationToken = default) => Answer.Of(() => experiments.Delete(id), cancellationToken);

    public Task<IReadOnlyList<Experiment>> AllAsync(CancellationToken cancellationToken = default) => Answer.Of(experiments.All, cancellationToken);
}

internal sealed class SqliteSettingRows(SettingsStore settings) : ISettingRows
{
    public Task<string?> GetAsync(string key, CancellationToken cancellationToken = default) => Answer.Of(() => settings.Get(key), cancellationToken);

    public Task SetAsync(string key, string value, CancellationToken cancellationToken = default) => Answer.Of(() => settings.Set(key, value), cancellationToken);
}

internal sealed class SqliteKnownFileRows(KnownFileStore files) : IKnownFileRows
{
    public Task<HashSet<string>> AllHashesAsync(CancellationToken cancellationToken = default) => Answer.Of(files.AllHashes, cancellationToken);

    public Task AddAsync(string sha256, string fileName, string outcome, DateTimeOffset seenAt, CancellationToken cancellationToken = default) =>
        Answer.Of(() => files.Add(sha256, fileName, outcome, seenAt), cancellationToken);
}

using LegCheck.Diary.Model;
using LegCheck.Diary.Storage;

namespace LegCheck.Diary.Postgres;

internal sealed class PostgresDiaryUnit : IDiaryUnit
{
    private readonly PostgresSession session;

    public PostgresDiaryUnit(PostgresSession session)
    {
        this.session = session;
        Runs = new PostgresRunRows(session);
        Episodes = new PostgresEpisodeRows(session);
        Shoes = new PostgresShoeRows(session);
        Experiments = new PostgresExperimentRows(session);
        Settings = new PostgresSettingRows(session);
        KnownFiles = new PostgresKnownFileRows(session);
    }

    public string UserId => session.UserId;

    public IRunRows Runs { get; }

    public IEpisodeRows Episodes { get; }

    public IShoeRows Shoes { get; }

    public IExperimentRows Experiments { get; }

    public ISettingRows Settings { get; }

    public IKnownFileRows KnownFiles { get; }

    public async Task<DiarySnapshot> SnapshotAsync(CancellationToken cancellationToken = default) => new(
        await Runs.AllAsync(cancellationToken).ConfigureAwait(false),
        await Episodes.AllAsync(cancellationToken).ConfigureAwait(false),
        await Shoes.AllAsync(cancellationToken).ConfigureAwait(false),
        await Experiments.AllAsync(cancellationToken).ConfigureAwait(false));

    public async Task EraseAsync(CancellationToken cancellationToken = default)
    {
        // Symptoms and locations go with their episodes (ON DELETE CASCADE).
        foreach (var table in PostgresMigrations.UserTables)
        {
            await using var command = session.Command($"DELETE FROM {table} WHERE user_id = @user");
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public Task CommitAsync(CancellationToken cancellationToken = default) => session.Run(() => session.Transaction.CommitAsync(cancellationToken));

    public ValueTask DisposeAsync() => session.DisposeAsync();
}

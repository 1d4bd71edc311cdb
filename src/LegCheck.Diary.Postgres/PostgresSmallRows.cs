using LegCheck.Diary.Model;
using LegCheck.Diary.Storage;

namespace LegCheck.Diary.Postgres;

internal sealed class PostgresExperimentRows(PostgresSession session) : IExperimentRows
{
    public async Task<Experiment> AddAsync(DateOnly startedOn, string description, string factor, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            throw new DiaryException("experiment description: expected a few words saying what changed, got nothing.");
        }

        if (string.IsNullOrWhiteSpace(factor))
        {
            throw new DiaryException("experiment factor: expected one word such as lacing or electrolytes, got nothing.");
        }

        var words = description.Trim();
        var what = factor.Trim().ToLowerInvariant();
        await using var command = session.Command(
                "INSERT INTO experiments (user_id, started_on, description, factor) VALUES (@user, @date, @description, @factor) RETURNING id")
            .With("date", startedOn)
            .With("description", words)
            .With("factor", what);
        var id = (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        return new Experiment(id, startedOn, words, what);
    }

    public async Task<bool> DeleteAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var command = session.Command("DELETE FROM experiments WHERE id = @id AND user_id = @user").With("id", id);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    public async Task<IReadOnlyList<Experiment>> AllAsync(CancellationToken cancellationToken = default)
    {
        await using var command = session.Command("SELECT * FROM experiments WHERE user_id = @user ORDER BY started_on, id");
        return await command.ListAsync(
                row => new Experiment(
                    row.GetFieldValue<long>(row.GetOrdinal("id")),
                    row.GetFieldValue<DateOnly>(row.GetOrdinal("started_on")),
                    row.Text("description"),
                    row.Text("factor")),
                cancellationToken)
            .ConfigureAwait(false);
    }
}

internal sealed class PostgresSettingRows(PostgresSession session) : ISettingRows
{
    public async Task<string?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        await using var command = session.Command("SELECT value FROM settings WHERE user_id = @user AND key = @key").With("key", key);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    public async Task SetAsync(string key, string value, CancellationToken cancellationToken = default)
    {
        await using var command = session.Command(
                "INSERT INTO settings (user_id, key, value) VALUES (@user, @key, @value) ON CONFLICT (user_id, key) DO UPDATE SET value = excluded.value")
            .With("key", key)
            .With("value", value);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}

internal sealed class PostgresKnownFileRows(PostgresSession session) : IKnownFileRows
{
    public async Task<HashSet<string>> AllHashesAsync(CancellationToken cancellationToken = default)
    {
        await using var command = session.Command("SELECT sha256 FROM known_files WHERE user_id = @user");
        return [.. await command.ListAsync(row => row.GetString(0), cancellationToken).ConfigureAwait(false)];
    }

    public async Task AddAsync(string sha256, string fileName, string outcome, DateTimeOffset seenAt, CancellationToken cancellationToken = default)
    {
        await using var command = session.Command(
                "INSERT INTO known_files (user_id, sha256, file_name, outcome, seen_at) VALUES (@user, @hash, @name, @outcome, @seen) ON CONFLICT DO NOTHING")
            .With("hash", sha256)
            .With("name", fileName)
            .With("outcome", outcome)
            .With("seen", seenAt.UtcDateTime);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}

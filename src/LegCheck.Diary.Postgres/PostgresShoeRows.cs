using LegCheck.Diary.Model;
using LegCheck.Diary.Storage;
using Npgsql;

namespace LegCheck.Diary.Postgres;

internal sealed class PostgresShoeRows(PostgresSession session) : IShoeRows
{
    public Task<Shoe> AddAsync(string name, DateOnly addedOn, bool isDefault, CancellationToken cancellationToken = default) => session.Run(async () =>
    {
        var trimmed = name.Trim();
        if (trimmed.Length == 0)
        {
            throw new DiaryException("shoe name: expected a name, got nothing.");
        }

        if (await FindByNameAsync(trimmed, cancellationToken).ConfigureAwait(false) is not null)
        {
            throw new DiaryException($"shoe name: \"{trimmed}\" already exists.");
        }

        if (isDefault)
        {
            await using var clear = session.Command("UPDATE shoes SET is_default = false WHERE user_id = @user");
            await clear.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var insert = session.Command(
                "INSERT INTO shoes (user_id, name, added_on, is_default) VALUES (@user, @name, @added, @default) RETURNING id")
            .With("name", trimmed)
            .With("added", addedOn)
            .With("default", isDefault);
        var id = (long)(await insert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        return new Shoe(id, trimmed, addedOn, null, isDefault);
    });

    public async Task<bool> RetireAsync(long id, DateOnly retiredOn, CancellationToken cancellationToken = default)
    {
        await using var command = session.Command("UPDATE shoes SET retired_on = @retired, is_default = false WHERE id = @id AND user_id = @user")
            .With("id", id)
            .With("retired", retiredOn);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    public async Task<bool> DeleteAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var command = session.Command("DELETE FROM shoes WHERE id = @id AND user_id = @user").With("id", id);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    public Task<Shoe?> FindAsync(long id, CancellationToken cancellationToken = default) =>
        One(session.Command("SELECT * FROM shoes WHERE id = @id AND user_id = @user").With("id", id), cancellationToken);

    public Task<Shoe?> FindByNameAsync(string name, CancellationToken cancellationToken = default) =>
        One(session.Command("SELECT * FROM shoes WHERE user_id = @user AND lower(name) = lower(@name)").With("name", name.Trim()), cancellationToken);

    public Task<Shoe?> DefaultAsync(CancellationToken cancellationToken = default) =>
        One(session.Command("SELECT * FROM shoes WHERE user_id = @user AND is_default LIMIT 1"), cancellationToken);

    public async Task<IReadOnlyList<Shoe>> AllAsync(CancellationToken cancellationToken = default)
    {
        await using var command = session.Command("SELECT * FROM shoes WHERE user_id = @user ORDER BY added_on, id");
        return await command.ListAsync(Read, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<Shoe?> One(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using (command.ConfigureAwait(false))
        {
            return (await command.ListAsync(Read, cancellationToken).ConfigureAwait(false)).SingleOrDefault();
        }
    }

    private static Shoe Read(NpgsqlDataReader row) => new(
        row.GetFieldValue<long>(row.GetOrdinal("id")),
        row.Text("name"),
        row.GetFieldValue<DateOnly>(row.GetOrdinal("added_on")),
        row.Nullable<DateOnly>("retired_on"),
        row.GetFieldValue<bool>(row.GetOrdinal("is_default")));
}

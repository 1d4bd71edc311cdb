using LegCheck.Diary.Storage;
using Npgsql;

namespace LegCheck.Diary.Postgres;

/// <summary>One user's open transaction: every command made here runs in it with <c>@user</c> bound to the owner.</summary>
internal sealed class PostgresSession(NpgsqlConnection connection, NpgsqlTransaction transaction, string userId) : IAsyncDisposable
{
    private const string UniqueViolation = "23505";
    private const string ForeignKeyViolation = "23503";
    private const string CheckViolation = "23514";

    public string UserId { get; } = userId;

    public NpgsqlTransaction Transaction { get; } = transaction;

    public NpgsqlCommand Command(string sql)
    {
        var command = new NpgsqlCommand(sql, connection, Transaction);
        if (sql.Contains("@user", StringComparison.Ordinal))
        {
            command.Parameters.AddWithValue("user", UserId);
        }

        return command;
    }

    /// <summary>Runs <paramref name="work"/>; a broken rule of the schema becomes the one-line error the SQLite store gives.</summary>
    public async Task<T> Run<T>(Func<Task<T>> work)
    {
        try
        {
            return await work().ConfigureAwait(false);
        }
        catch (PostgresException ex) when (ex.SqlState is UniqueViolation or ForeignKeyViolation or CheckViolation)
        {
            throw new DiaryException($"diary: the change breaks a rule of the diary ({ex.MessageText.TrimEnd('.')}).", ex);
        }
    }

    public async Task Run(Func<Task> work) => await Run(async () =>
    {
        await work().ConfigureAwait(false);
        return true;
    }).ConfigureAwait(false);

    public async Task<bool> Exists(string sql, long id, CancellationToken cancellationToken)
    {
        await using var command = Command(sql).With("id", id);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null;
    }

    /// <summary>A row may refer only to its owner's run (see the SQLite store's Owned).</summary>
    public async Task CheckRun(long? runId, CancellationToken cancellationToken)
    {
        if (runId is { } id && !await Exists("SELECT 1 FROM runs WHERE id = @id AND user_id = @user", id, cancellationToken).ConfigureAwait(false))
        {
            throw new DiaryException($"run {id}: no such run.");
        }
    }

    public async Task CheckShoe(long? shoeId, CancellationToken cancellationToken)
    {
        if (shoeId is { } id && !await Exists("SELECT 1 FROM shoes WHERE id = @id AND user_id = @user", id, cancellationToken).ConfigureAwait(false))
        {
            throw new DiaryException($"shoe {id}: no such shoe.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Disposing an uncommitted transaction rolls it back; the connection goes back to the pool.
        await Transaction.DisposeAsync().ConfigureAwait(false);
        await connection.DisposeAsync().ConfigureAwait(false);
    }
}

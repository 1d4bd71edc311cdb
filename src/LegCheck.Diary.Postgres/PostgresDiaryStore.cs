using LegCheck.Diary.Storage;
using Npgsql;

namespace LegCheck.Diary.Postgres;

/// <summary>
/// The hosted diaries: every user's rows in one PostgreSQL database, each unit of work one transaction scoped to one
/// user. Web nodes share the database and keep nothing themselves, so any of them can serve any request.
/// </summary>
public sealed class PostgresDiaryStore : IDiaryStore, IAsyncDisposable
{
    private readonly NpgsqlDataSource dataSource;

    private PostgresDiaryStore(NpgsqlDataSource dataSource) => this.dataSource = dataSource;

    /// <summary>Connects to the database of <paramref name="connectionString"/> and migrates it to the latest schema.</summary>
    /// <exception cref="DiaryException">The server cannot be reached, refuses the login, or holds a newer schema.</exception>
    public static async Task<PostgresDiaryStore> OpenAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        NpgsqlDataSource source;
        try
        {
            source = NpgsqlDataSource.Create(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new DiaryException($"diary database: the connection string is not usable ({ex.Message.TrimEnd('.')}).", ex);
        }

        try
        {
            await PostgresMigrations.MigrateAsync(source, cancellationToken).ConfigureAwait(false);
            return new PostgresDiaryStore(source);
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            await source.DisposeAsync().ConfigureAwait(false);
            throw new DiaryException($"diary database: cannot open it ({ex.Message.TrimEnd('.')}).", ex);
        }
        catch
        {
            await source.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public static int LatestSchemaVersion => PostgresMigrations.Latest;

    public async Task<IDiaryUnit> BeginAsync(string userId, DiaryAccess access, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        NpgsqlConnection? connection = null;
        try
        {
            connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

            // A reading unit sees one state of the diary from its first query to its last, as SQLite's does.
            var isolation = access == DiaryAccess.Read ? System.Data.IsolationLevel.RepeatableRead : System.Data.IsolationLevel.ReadCommitted;
            var tx = await connection.BeginTransactionAsync(isolation, cancellationToken).ConfigureAwait(false);
            return new PostgresDiaryUnit(new PostgresSession(connection, tx, userId));
        }
        catch (NpgsqlException ex)
        {
            if (connection is not null)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }

            throw new DiaryException($"diary database: cannot reach it ({ex.Message.TrimEnd('.')}).", ex);
        }
    }

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();
}

using LegCheck.Diary.Postgres;
using Npgsql;
using Xunit;

namespace LegCheck.Diary.Tests.Store;

/// <summary>
/// A fresh database on the real PostgreSQL server named by LEGCHECK_TEST_POSTGRES (.ci/postgres.sh starts one and
/// sets it), dropped afterwards. When the variable is set the server must answer: an unreachable one fails the tests.
/// Without it (a plain <c>dotnet test</c> on a clone) the tests that need it are skipped, saying why.
/// </summary>
public sealed class PostgresTestDatabase : IAsyncLifetime
{
    public const string Variable = "LEGCHECK_TEST_POSTGRES";

    private readonly string name = "legcheck_test_" + Guid.NewGuid().ToString("N");
    private PostgresDiaryStore? store;

    public static string? AdminConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>The connection string of this fixture's own database.</summary>
    public string ConnectionString => new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ToString();

    public PostgresDiaryStore Store
    {
        get
        {
            Skip.If(AdminConnectionString is null, $"{Variable} is not set: no PostgreSQL server to test against (.ci/run starts one).");
            return store!;
        }
    }

    public async Task InitializeAsync()
    {
        if (AdminConnectionString is null)
        {
            return;
        }

        await using (var admin = new NpgsqlConnection(AdminConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }

        store = await PostgresDiaryStore.OpenAsync(ConnectionString);
    }

    public async Task DisposeAsync()
    {
        if (store is null)
        {
            return;
        }

        await store.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(AdminConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}

using LegCheck.Diary.Postgres;
using LegCheck.Diary.Storage;
using Npgsql;
using Xunit;

namespace LegCheck.Diary.Tests.Store;

/// <summary>The store contract against a real PostgreSQL server (see <see cref="PostgresTestDatabase"/>).</summary>
public sealed class PostgresDiaryStoreTests(PostgresTestDatabase database) : DiaryStoreContract, IClassFixture<PostgresTestDatabase>
{
    protected override IDiaryStore Store => database.Store;

    [SkippableFact]
    public async Task Open_AlreadyMigratedDatabase_KeepsItsSchemaAndRows()
    {
        var first = database.Store;
        var user = "u-" + Guid.NewGuid().ToString("N");
        await using (var unit = await first.BeginAsync(user, DiaryAccess.Write))
        {
            await unit.Settings.SetAsync(SettingsStore.Units, "mi");
            await unit.CommitAsync();
        }

        await using var again = await PostgresDiaryStore.OpenAsync(database.ConnectionString);
        await using var read = await again.BeginAsync(user, DiaryAccess.Read);
        Assert.Equal("mi", await read.Settings.GetAsync(SettingsStore.Units));
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var versions = new NpgsqlCommand("SELECT COUNT(*), MAX(version) FROM diary_schema", connection);
        await using var row = await versions.ExecuteReaderAsync();
        await row.ReadAsync();
        Assert.Equal((PostgresDiaryStore.LatestSchemaVersion, PostgresDiaryStore.LatestSchemaVersion), ((int)row.GetInt64(0), row.GetInt32(1)));
    }

    [SkippableFact]
    public async Task Schema_TimesAndLists_AreTimestamptzDateAndChildTables()
    {
        _ = database.Store;
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT table_name || '.' || column_name || ':' || data_type FROM information_schema.columns WHERE table_schema = 'public'", connection);
        var columns = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                columns.Add(reader.GetString(0));
            }
        }

        Assert.Contains("runs.start_utc:timestamp with time zone", columns);
        Assert.Contains("episodes.occurred_at:timestamp with time zone", columns);
        Assert.Contains("runs.local_date:date", columns);
        Assert.Contains("shoes.added_on:date", columns);
        Assert.Contains("episode_symptoms.symptom:text", columns);
        Assert.DoesNotContain(columns, c => c.StartsWith("episodes.symptoms", StringComparison.Ordinal));
    }
}

using System.Net;
using System.Text.Json;
using LegCheck.Web.Tests.Diary;
using Xunit;

namespace LegCheck.Web.Tests.Hosted;

/// <summary>A runner's export holds everything of theirs; deleting the account leaves no row of theirs in any table, and nobody else's goes.</summary>
public sealed class AccountLifecycleTests(HostedDatabase db) : IClassFixture<HostedDatabase>
{
    [SkippableFact]
    public async Task ExportThenDelete_LeavesNoRowOfTheRunnerAndKeepsTheOthers()
    {
        var node = await db.StartNodeAsync();
        var leaving = await Account.RegisterAsync(node, "leaving@example.org");
        var staying = await Account.RegisterAsync(node, "staying@example.org");
        foreach (var runner in new[] { leaving, staying })
        {
            using var client = node.Client(bearer: runner.Token);
            using var imported = await client.PostAsync("/api/v1/diary/import", Samples.Upload([Samples.File("garmin-fenix-5-run.fit"), Samples.File("Activity.fit")]));
            Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
            using var logged = await client.PostAsync("/api/v1/diary/episodes", Account.Json(new { occurred_at = "2026-11-20", symptoms = new[] { "calf_cramp", "foot_cramp" }, locations = new[] { "calf" } }));
            Assert.Equal(HttpStatusCode.Created, logged.StatusCode);
        }

        using var leaver = node.Client(bearer: leaving.Token);
        var export = JsonDocument.Parse(await leaver.GetStringAsync("/api/v1/account/export")).RootElement;
        Assert.Equal(leaving.Email, export.GetProperty("account").GetProperty("email").GetString());
        Assert.Equal(1, export.GetProperty("runs").GetArrayLength());
        Assert.Equal(1, export.GetProperty("episodes").GetArrayLength());
        Assert.Equal(2, export.GetProperty("imported_file_hashes").GetArrayLength());

        var owned = await OwnedRowsAsync(leaving.Id);
        Assert.True(owned.Values.Sum() >= 5, $"expected the leaver's rows before deletion: {Describe(owned)}");
        var othersBefore = await OwnedRowsAsync(staying.Id);

        using (var deleted = await leaver.DeleteAsync("/api/v1/account"))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        var left = await OwnedRowsAsync(leaving.Id);
        Assert.True(left.Values.All(n => n == 0), $"rows of the deleted account left: {Describe(left)}");
        Assert.Equal(Describe(othersBefore), Describe(await OwnedRowsAsync(staying.Id)));

        // Its token still verifies, but opens nothing: the account is gone.
        using (var after = await leaver.GetAsync("/api/v1/diary/runs"))
        {
            Assert.True(after.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized, $"{(int)after.StatusCode}");
        }

        using var login = await node.Client().PostAsync("/api/v1/account/login", Account.Json(new { email = leaving.Email, password = leaving.Password }));
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
    }

    /// <summary>Rows per table that belong to <paramref name="userId"/>: every table with a user column, and the episodes' child tables.</summary>
    private async Task<SortedDictionary<string, long>> OwnedRowsAsync(string userId)
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var columns = await db.ColumnsNamedAsync("user_id", "UserId", "Id");
        foreach (var (table, column) in columns)
        {
            if (column == "Id" && table != "AspNetUsers")
            {
                continue;
            }

            counts[$"{table}.{column}"] = Convert.ToInt64(await db.ScalarAsync($"SELECT COUNT(*) FROM \"{table}\" WHERE \"{column}\" = @id", ("id", userId)), System.Globalization.CultureInfo.InvariantCulture);
        }

        foreach (var child in new[] { "episode_symptoms", "episode_locations" })
        {
            counts[child] = Convert.ToInt64(await db.ScalarAsync(
                $"SELECT COUNT(*) FROM {child} c WHERE NOT EXISTS (SELECT 1 FROM episodes e WHERE e.id = c.episode_id) OR c.episode_id IN (SELECT id FROM episodes WHERE user_id = @id)", ("id", userId)), System.Globalization.CultureInfo.InvariantCulture);
        }

        Assert.Contains("runs.user_id", counts.Keys);
        Assert.Contains("AspNetUsers.Id", counts.Keys);
        return counts;
    }

    private static string Describe(SortedDictionary<string, long> counts) => string.Join(", ", counts.Select(c => $"{c.Key}={c.Value}"));
}

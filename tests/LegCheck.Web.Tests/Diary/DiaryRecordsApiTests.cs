using System.Net;
using System.Text;
using System.Text.Json;
using LegCheck.Diary.Storage;
using LegCheck.Web.Tests.Api;
using Xunit;

namespace LegCheck.Web.Tests.Diary;

/// <summary>Runs, episodes and shoes through <c>/api/v1/diary</c>: read, logged, replaced and deleted, with Problem Details for mistakes.</summary>
public sealed class DiaryRecordsApiTests(DiaryWebFixture web) : IClassFixture<DiaryWebFixture>
{
    private const string Episodes = "/api/v1/diary/episodes";

    [Fact]
    public async Task PostEpisode_EveningLocalTime_IsStoredInTheRunnersZoneAndMatchedToTheRun()
    {
        web.Erase();
        await ImportAsync("activity-small-fenix2-run.fit");
        var run = JsonDocument.Parse(await web.Client.GetStringAsync("/api/v1/diary/runs")).RootElement[0];
        var start = DateTimeOffset.Parse(run.GetProperty("start").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var during = TimeZoneInfo.ConvertTime(start.AddMinutes(10), Zones.Pacific);
        during = during.AddSeconds(-during.Second);

        using var response = await PostJsonAsync(Episodes, $$"""{"occurred_at":"{{during:yyyy-MM-dd'T'HH:mm}}","symptoms":["calf_cramp"],"locations":["left calf"],"severity":6,"electrolytes":false}""");
        var episode = await ProblemAssert.JsonAsync(response);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/v1/diary/episodes/{episode.GetProperty("id").GetInt64()}", response.Headers.Location?.ToString());
        Assert.Equal(run.GetProperty("id").GetInt64(), episode.GetProperty("run").GetInt64());
        Assert.InRange(episode.GetProperty("minutes_into_run").GetDouble(), 9, 10);
        Assert.Equal(during.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture), episode.GetProperty("occurred_at").GetString());
        Assert.Equal($"[{episode.GetRawText()}]", await web.Client.GetStringAsync(Episodes));
    }

    [Fact]
    public async Task PutEpisode_NewFields_ReplacesThemAndDeleteRemovesIt()
    {
        web.Erase();
        using var created = await PostJsonAsync(Episodes, """{"occurred_at":"2026-11-20","symptoms":"numbness, tingling","notes":"after the long run"}""");
        var id = (await ProblemAssert.JsonAsync(created)).GetProperty("id").GetInt64();

        using var put = await SendJsonAsync(HttpMethod.Put, $"{Episodes}/{id}", """{"occurred_at":"2026-11-20T17:45","symptoms":["foot_cramp"],"heat":"yes"}""");
        var replaced = await ProblemAssert.JsonAsync(put);
        using var deleted = await web.Client.DeleteAsync($"{Episodes}/{id}");
        using var gone = await web.Client.GetAsync($"{Episodes}/{id}");

        Assert.Equal(["foot_cramp"], replaced.GetProperty("symptoms").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(JsonValueKind.Null, replaced.GetProperty("notes").ValueKind);
        Assert.True(replaced.GetProperty("heat").GetBoolean());
        Assert.Equal("2026-11-20T17:45:00-08:00", replaced.GetProperty("occurred_at").GetString());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await ProblemAssert.IsProblemAsync(gone, HttpStatusCode.NotFound, "id");
    }

    [Theory]
    [InlineData("""{"symptoms":[]}""", "symptoms")]
    [InlineData("""{"symptoms":["cramp_of_doom"]}""", "symptoms")]
    [InlineData("""{"symptoms":["pain"],"severity":11}""", "severity")]
    [InlineData("""{"symptoms":["pain"],"occurred_at":"yesterday-ish"}""", "occurred_at")]
    [InlineData("""{"symptoms":["pain"],"occurred_at":"2031-01-01"}""", "occurred_at")]
    [InlineData("""{"symptoms":["pain"],"shoe":"Nope 3"}""", "shoe")]
    [InlineData("""{"symptoms":["pain"],"run":424242}""", "run")]
    [InlineData("""{"symptoms":["pain"],"heat":"maybe"}""", "heat")]
    [InlineData("""{"symptoms":["pain"],"mood":"bad"}""", "mood")]
    [InlineData("""{"symptoms":{"a":1}}""", "symptoms")]
    [InlineData("""["pain"]""", "body")]
    public async Task PostEpisode_BadField_Is400NamingTheField(string body, string field)
    {
        using var response = await PostJsonAsync(Episodes, body);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task PostEpisode_NotJson_IsProblemDetails()
    {
        using var response = await web.Client.PostAsync(Episodes, new StringContent("symptoms=pain", Encoding.UTF8, "application/x-www-form-urlencoded"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "body");
    }

    [Fact]
    public async Task DeleteRun_ImportedRun_RemovesItAndTheFileImportsAgain()
    {
        web.Erase();
        await ImportAsync("activity-small-fenix2-run.fit");
        var id = JsonDocument.Parse(await web.Client.GetStringAsync("/api/v1/diary/runs")).RootElement[0].GetProperty("id").GetInt64();

        using var one = await web.Client.GetAsync($"/api/v1/diary/runs/{id}");
        var run = await ProblemAssert.JsonAsync(one);
        using var deleted = await web.Client.DeleteAsync($"/api/v1/diary/runs/{id}");
        using var again = await web.Client.DeleteAsync($"/api/v1/diary/runs/{id}");
        var reimport = await ImportAsync("activity-small-fenix2-run.fit");

        Assert.Equal(id, run.GetProperty("id").GetInt64());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await ProblemAssert.IsProblemAsync(again, HttpStatusCode.NotFound, "id");
        Assert.Equal(1, reimport.GetProperty("imported").GetInt32());
    }

    [Fact]
    public async Task Shoes_AddedInTheDiary_AreListedOneByOneAndDeleted()
    {
        web.Erase();
        long id;
        using (var db = DiaryDatabase.Open(web.Db))
        {
            id = db.Shoes.Add("Pegasus 40 blue", new DateOnly(2026, 10, 1), isDefault: true).Id;
        }

        var list = JsonDocument.Parse(await web.Client.GetStringAsync("/api/v1/diary/shoes")).RootElement;
        var one = JsonDocument.Parse(await web.Client.GetStringAsync($"/api/v1/diary/shoes/{id}")).RootElement;
        using var deleted = await web.Client.DeleteAsync($"/api/v1/diary/shoes/{id}");
        using var missing = await web.Client.GetAsync($"/api/v1/diary/shoes/{id}");

        Assert.Equal(list[0].GetRawText(), one.GetRawText());
        Assert.Equal("Pegasus 40 blue", one.GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await ProblemAssert.IsProblemAsync(missing, HttpStatusCode.NotFound, "id");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("many")]
    public async Task GetRuns_BadLast_Is400(string last)
    {
        using var response = await web.Client.GetAsync($"/api/v1/diary/runs?last={last}");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "last");
    }

    [Fact]
    public async Task DeleteEpisode_FromAnotherSite_Is403()
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"{Episodes}/1");
        request.Headers.Add("Sec-Fetch-Site", "cross-site");

        using var response = await web.Client.SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden, "origin");
    }

    private async Task<JsonElement> ImportAsync(string sample)
    {
        using var response = await web.Client.PostAsync("/api/v1/diary/import", Samples.Upload([Samples.File(sample)]));
        return await ProblemAssert.JsonAsync(response);
    }

    private Task<HttpResponseMessage> PostJsonAsync(string path, string json) => SendJsonAsync(HttpMethod.Post, path, json);

    private Task<HttpResponseMessage> SendJsonAsync(HttpMethod method, string path, string json) =>
        web.Client.SendAsync(new HttpRequestMessage(method, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") });
}

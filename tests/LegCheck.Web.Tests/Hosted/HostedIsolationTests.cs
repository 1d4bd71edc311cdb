using System.Net;
using System.Text.Json;
using LegCheck.Web.Tests.Diary;
using Xunit;
using Xunit.Abstractions;

namespace LegCheck.Web.Tests.Hosted;

/// <summary>
/// Strict per-user isolation, checked from outside: two runners registered through the API; runner A imports a run,
/// adds a shoe and logs an episode; runner B lists (sees nothing of A's) and tries every A id on every diary endpoint
/// and page (404, or a refusal for a body naming A's run), and A's diary is exactly as before. Every diary endpoint the
/// app maps must have a check here, so a new one cannot go untested.
/// </summary>
public sealed class HostedIsolationTests(HostedDatabase db, ITestOutputHelper output) : IClassFixture<HostedDatabase>
{
    private const string RunFile = "garmin-fenix-5-run.fit";
    private const string ShoeName = "Pegasus-of-A";
    private const string Note = "A private note";

    [SkippableFact]
    public async Task DiaryEndpoints_AnotherRunnersIds_AreNotFoundAndChangeNothing()
    {
        var node = await db.StartNodeAsync();
        var a = await Account.RegisterAsync(node, "a@example.org");
        var b = await Account.RegisterAsync(node, "b@example.org");
        var c = await Account.RegisterAsync(node, "c@example.org");
        Assert.Equal(3, new[] { a.Id, b.Id, c.Id }.Distinct(StringComparer.Ordinal).Count());

        var aCookies = new CookieContainer();
        await a.CookieLoginAsync(node, aCookies);
        using var aApi = node.Client(bearer: a.Token);
        using var aPages = node.Client(aCookies);
        var (run, shoe, episode) = await FillAsync(aApi, aPages);
        var before = await aApi.GetStringAsync("/api/v1/account/export");

        var bCookies = new CookieContainer();
        await b.CookieLoginAsync(node, bCookies);
        using var bApi = node.Client(bearer: b.Token);
        using var bPages = node.Client(bCookies);

        // C never writes: what an empty diary answers, to compare B's lists and reports with.
        var cCookies = new CookieContainer();
        await c.CookieLoginAsync(node, cCookies);
        using var cApi = node.Client(bearer: c.Token);
        using var cPages = node.Client(cCookies);

        var runners = new Runners(aApi, aPages, bApi, bPages, cApi, cPages);
        var ids = new Dictionary<string, long>(StringComparer.Ordinal) { ["runs"] = run, ["episodes"] = episode, ["shoes"] = shoe };

        // In order: reads first, then B's attempts on A's ids, then B's own writes (which fill B's diary).
        var checks = ReadChecks(runners).Concat(ForeignIdChecks(runners, ids)).Concat(OwnWriteChecks(runners, run)).ToList();
        var routes = DiaryRoutes.Of(node.App, DiaryRoutes.Api).Concat(DiaryRoutes.Of(node.App, DiaryRoutes.Pages)).ToList();
        var planned = checks.Select(c => c.Route).ToList();
        Assert.True(routes.Except(planned, StringComparer.Ordinal).ToList() is [], $"diary endpoints without an isolation check: {string.Join(", ", routes.Except(planned, StringComparer.Ordinal))}");
        Assert.True(planned.Except(routes, StringComparer.Ordinal).ToList() is [], $"checks for endpoints the app no longer has: {string.Join(", ", planned.Except(routes, StringComparer.Ordinal))}");
        foreach (var (route, check) in checks)
        {
            await check();
            output.WriteLine($"covered: {route}");
        }

        Assert.Equal(before, await aApi.GetStringAsync("/api/v1/account/export"));
        var bRuns = JsonDocument.Parse(await bApi.GetStringAsync("/api/v1/diary/runs")).RootElement;
        Assert.Equal(2, bRuns.GetArrayLength());
        output.WriteLine($"{checks.Count} endpoints covered");
    }

    /// <summary>The clients of the three runners: A owns the data, B probes it, C never writes.</summary>
    private sealed record Runners(HttpClient AApi, HttpClient APages, HttpClient BApi, HttpClient BPages, HttpClient CApi, HttpClient CPages);

    /// <summary>B's lists, reports and pages read like C's empty diary.</summary>
    private static List<(string Route, Func<Task> Check)> ReadChecks(Runners r) =>
    [
        ("GET /api/v1/diary/runs", () => SameAsEmpty("GET /api/v1/diary/runs", r.BApi, r.CApi, r.AApi)),
        ("GET /api/v1/diary/episodes", () => SameAsEmpty("GET /api/v1/diary/episodes", r.BApi, r.CApi, r.AApi)),
        ("GET /api/v1/diary/shoes", () => SameAsEmpty("GET /api/v1/diary/shoes", r.BApi, r.CApi, r.AApi)),
        ("GET /api/v1/diary/training", async () => Assert.Equal(await r.CApi.GetStringAsync("/api/v1/diary/training"), await r.BApi.GetStringAsync("/api/v1/diary/training"))),
        ("GET /api/v1/diary/triggers", () => SameAsEmpty("GET /api/v1/diary/triggers", r.BApi, r.CApi, r.AApi)),
        ("GET /diary", async () => Assert.Equal(await r.CPages.GetStringAsync("/diary"), await r.BPages.GetStringAsync("/diary"))),
        ("GET /diary/runs", () => SameAsEmpty("GET /diary/runs", r.BPages, r.CPages, r.APages)),
        ("GET /diary/shoes", () => SameAsEmpty("GET /diary/shoes", r.BPages, r.CPages, r.APages)),
        ("GET /diary/episodes", async () =>
        {
            var seen = await r.BPages.GetStringAsync("/diary/episodes");
            Assert.DoesNotContain(Note, seen, StringComparison.Ordinal);
            Assert.Contains(Note, await r.APages.GetStringAsync("/diary/episodes"), StringComparison.Ordinal);
        }),
    ];

    /// <summary>Every endpoint that takes an id answers 404 to B for A's ids.</summary>
    private static List<(string Route, Func<Task> Check)> ForeignIdChecks(Runners r, Dictionary<string, long> ids) =>
    [
        ("GET /api/v1/diary/runs/{id:long}", () => NotFound("GET /api/v1/diary/runs/{id:long}", r.BApi, ids)),
        ("GET /api/v1/diary/episodes/{id:long}", () => NotFound("GET /api/v1/diary/episodes/{id:long}", r.BApi, ids)),
        ("GET /api/v1/diary/shoes/{id:long}", () => NotFound("GET /api/v1/diary/shoes/{id:long}", r.BApi, ids)),
        ("GET /diary/episodes/{id:long}", () => NotFound("GET /diary/episodes/{id:long}", r.BPages, ids)),
        ("PUT /api/v1/diary/episodes/{id:long}", () => NotFound("PUT /api/v1/diary/episodes/{id:long}", r.BApi, ids, Account.Json(new { symptoms = new[] { "foot_cramp" }, notes = "B was here" }))),
        ("POST /diary/episodes/{id:long}", () => NotFound("POST /diary/episodes/{id:long}", r.BPages, ids, Account.Form(("symptoms", "foot_cramp"), ("notes", "B was here")))),
        ("DELETE /api/v1/diary/runs/{id:long}", () => NotFound("DELETE /api/v1/diary/runs/{id:long}", r.BApi, ids)),
        ("DELETE /api/v1/diary/episodes/{id:long}", () => NotFound("DELETE /api/v1/diary/episodes/{id:long}", r.BApi, ids)),
        ("DELETE /api/v1/diary/shoes/{id:long}", () => NotFound("DELETE /api/v1/diary/shoes/{id:long}", r.BApi, ids)),
        ("POST /diary/runs/{id:long}/delete", () => NotFound("POST /diary/runs/{id:long}/delete", r.BPages, ids, Account.Form())),
        ("POST /diary/episodes/{id:long}/delete", () => NotFound("POST /diary/episodes/{id:long}/delete", r.BPages, ids, Account.Form())),
        ("POST /diary/shoes/{id:long}/delete", () => NotFound("POST /diary/shoes/{id:long}/delete", r.BPages, ids, Account.Form())),
    ];

    /// <summary>B's own writes: a body naming A's run is refused; the rest work on B's own diary.</summary>
    private static List<(string Route, Func<Task> Check)> OwnWriteChecks(Runners r, long run) =>
    [
        ("POST /api/v1/diary/episodes", async () => await Refused(
            await r.BApi.PostAsync("/api/v1/diary/episodes", Account.Json(new { occurred_at = "2026-11-20", run, symptoms = new[] { "calf_cramp" } })), "POST /api/v1/diary/episodes", run)),
        ("POST /diary/episodes", async () => await Refused(
            await r.BPages.PostAsync("/diary/episodes", Account.Form(("occurred_at", "2026-11-20"), ("run", run.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("symptoms", "calf_cramp"))), "POST /diary/episodes", run)),
        ("POST /diary/units", async () =>
        {
            using var response = await r.BPages.PostAsync("/diary/units", Account.Form(("units", "mi")));
            Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        }),
        ("POST /diary/shoes", async () =>
        {
            // Names are unique per runner: B may have a shoe of the same name as A's.
            using var response = await r.BPages.PostAsync("/diary/shoes", Account.Form(("name", ShoeName)));
            Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        }),
        ("POST /api/v1/diary/import", async () =>
        {
            // The same file is new to B: A's activity keys and file hashes are A's alone.
            var imported = await ImportedRunAsync(r.BApi, "/api/v1/diary/import");
            Assert.NotEqual(run, imported);
        }),
        ("POST /diary/import", async () =>
        {
            using var response = await r.BPages.PostAsync("/diary/import", Samples.Upload([Samples.File("activity-small-fenix2-run.fit")]));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("imported", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }),
    ];

    private static async Task SameAsEmpty(string route, HttpClient own, HttpClient empty, HttpClient owner)
    {
        var path = DiaryRoutes.Path(route, 0);
        var seen = await own.GetStringAsync(path);
        Assert.Equal(await empty.GetStringAsync(path), seen);
        Assert.DoesNotContain(ShoeName, seen, StringComparison.Ordinal);
        Assert.DoesNotContain(Note, seen, StringComparison.Ordinal);
        Assert.NotEqual(seen, await owner.GetStringAsync(path));
    }

    private static async Task NotFound(string route, HttpClient client, Dictionary<string, long> ids, HttpContent? body = null)
    {
        var id = ids.Single(i => route.Contains($"/{i.Key}/", StringComparison.Ordinal)).Value;
        using var request = new HttpRequestMessage(new HttpMethod(DiaryRoutes.Method(route)), DiaryRoutes.Path(route, id)) { Content = body };
        using var response = await client.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{route} with A's id: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task Refused(HttpResponseMessage response, string route, long run)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{route} naming A's run: {(int)response.StatusCode} {text}");
            Assert.Contains($"no run {run}", text, StringComparison.Ordinal);
        }
    }

    /// <summary>A's diary: a default shoe added on the shoes page, a run imported (it gets the shoe), an episode on the run.</summary>
    private static async Task<(long Run, long Shoe, long Episode)> FillAsync(HttpClient api, HttpClient pages)
    {
        using (var added = await pages.PostAsync("/diary/shoes", Account.Form(("name", ShoeName), ("default", "true"))))
        {
            Assert.Equal(HttpStatusCode.SeeOther, added.StatusCode);
        }

        var shoe = JsonDocument.Parse(await api.GetStringAsync("/api/v1/diary/shoes")).RootElement[0].GetProperty("id").GetInt64();
        var run = await ImportedRunAsync(api, "/api/v1/diary/import");
        using var logged = await api.PostAsync("/api/v1/diary/episodes", Account.Json(new
        {
            occurred_at = "2026-11-20",
            run,
            symptoms = new[] { "calf_cramp" },
            shoe = ShoeName,
            notes = Note,
        }));
        var episode = (await Api.ProblemAssert.JsonAsync(logged)).GetProperty("id").GetInt64();
        return (run, shoe, episode);
    }

    private static async Task<long> ImportedRunAsync(HttpClient client, string path)
    {
        using var response = await client.PostAsync(path, Samples.Upload([Samples.File(RunFile)]));
        var body = await Api.ProblemAssert.JsonAsync(response);
        var file = body.GetProperty("files")[0];
        Assert.Equal("imported", file.GetProperty("result").GetString());
        return file.GetProperty("runs")[0].GetProperty("id").GetInt64();
    }
}

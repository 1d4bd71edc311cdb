using System.Net;
using Xunit;

namespace LegCheck.Web.Tests.Hosted;

/// <summary>What stands in front of the hosted app: the login rate limit, HTTPS only with HSTS, the proxy's forwarded headers.</summary>
public sealed class HostedFrontTests(HostedDatabase db) : IClassFixture<HostedDatabase>
{
    [SkippableFact]
    public async Task Login_EleventhTryInAMinute_Is429WithAProblemBody()
    {
        var node = await db.StartNodeAsync("--LegCheck:RateLimits:LoginPerClient=10");
        using var client = node.Client();
        for (var i = 0; i < 10; i++)
        {
            using var wrong = await client.PostAsync("/api/v1/account/login", Account.Json(new { email = "nobody@example.org", password = "Wrong-Pass-1" }));
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var limited = await client.PostAsync("/api/v1/account/login", Account.Json(new { email = "nobody@example.org", password = "Wrong-Pass-1" }));
        var body = await Api.ProblemAssert.IsProblemAsync(limited, HttpStatusCode.TooManyRequests, "rate");
        Assert.Equal("Too many requests", body.GetProperty("title").GetString());
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);

        // Another limit, not this one, covers what does not take a password.
        using var ping = await client.GetAsync("/api/v1/ping");
        Assert.Equal(HttpStatusCode.OK, ping.StatusCode);
    }

    [SkippableFact]
    public async Task Assess_OverThePerClientLimit_Is429()
    {
        var node = await db.StartNodeAsync("--LegCheck:RateLimits:AssessPerClient=2");
        using var client = node.Client();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.GetAsync("/api/v1/assess?age=40&sex=female&swelling=no");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [SkippableFact]
    public async Task PlainHttp_OutsideDevelopment_IsRefusedUnlessAProxySaysHttps()
    {
        var node = await db.StartNodeAsync("--LegCheck:RequireHttps=true");
        using var client = node.Client();
        using (var plain = await client.GetAsync("/api/v1/ping"))
        {
            await Api.ProblemAssert.IsProblemAsync(plain, HttpStatusCode.BadRequest, "scheme");
        }

        // Loopback is a trusted proxy by default: its X-Forwarded-Proto says the client's connection was HTTPS.
        using var proxied = new HttpRequestMessage(HttpMethod.Get, "/api/v1/ping");
        proxied.Headers.Add("X-Forwarded-Proto", "https");
        proxied.Headers.Add("X-Forwarded-For", "203.0.113.7");
        proxied.Headers.Host = "legcheck.example";
        using var response = await client.SendAsync(proxied);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ForwardedFor_FromTheLoopbackProxy_CountsEachClientApart()
    {
        var node = await db.StartNodeAsync("--LegCheck:RateLimits:AssessPerClient=2");
        using var client = node.Client();
        async Task<HttpStatusCode> AsClient(string address)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/assess?age=40&sex=female&swelling=no");
            request.Headers.Add("X-Forwarded-For", address);
            using var response = await client.SendAsync(request);
            return response.StatusCode;
        }

        var apart = new[] { await AsClient("203.0.113.1"), await AsClient("203.0.113.2"), await AsClient("203.0.113.3") };
        var same = new[] { await AsClient("198.51.100.9"), await AsClient("198.51.100.9"), await AsClient("198.51.100.9") };
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], apart);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], same);
    }

    [Fact]
    public void Create_HostedWithoutADatabase_StopsWithOneLine()
    {
        var ex = Assert.Throws<StartupException>(() => WebApp.Create(["--urls", "http://127.0.0.1:0", "--hosted"]));
        Assert.Contains("--database", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public void Create_UnreachableDatabase_StopsWithOneLine()
    {
        var ex = Assert.Throws<StartupException>(() => WebApp.Create(
            ["--urls", "http://127.0.0.1:0", "--hosted", "--database", "Host=127.0.0.1;Port=1;Database=none;Username=none;Password=none;Timeout=3"]));
        Assert.StartsWith("hosted mode: ", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public void Create_BadMode_StopsWithOneLine()
    {
        var ex = Assert.Throws<StartupException>(() => WebApp.Create(["--urls", "http://127.0.0.1:0", "--LegCheck:Mode=Cloud"]));
        Assert.Equal("LegCheck:Mode: expected Hosted or Local, got 'Cloud'", ex.Message);
    }

    [Fact]
    public void Create_NoConfiguration_IsLocalMode()
    {
        // Local mode keeps the loopback rule; hosted mode binds where it is told.
        var ex = Assert.Throws<StartupException>(() => WebApp.Create(["--urls", "http://0.0.0.0:0"]));
        Assert.StartsWith("urls: ", ex.Message, StringComparison.Ordinal);
    }
}

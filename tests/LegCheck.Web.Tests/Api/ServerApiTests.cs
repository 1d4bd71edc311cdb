using System.Net;
using System.Text.Json;
using Xunit;

namespace LegCheck.Web.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class ServerApiTests(WebAppFixture web)
{
    [Fact]
    public async Task Ping_Always_ReturnsOk()
    {
        var body = await ProblemAssert.JsonAsync(await web.Client.GetAsync("api/v1/ping"));

        Assert.Equal("ok", body.GetProperty("status").GetString());
    }

    [Fact]
    public async Task OpenApi_Document_DescribesEveryEndpoint()
    {
        var body = await ProblemAssert.JsonAsync(await web.Client.GetAsync("openapi/v1.json"));

        var paths = body.GetProperty("paths");
        foreach (var path in (string[])["/api/v1/assess", "/api/v1/interview/next", "/api/v1/knowledge/conditions", "/api/v1/knowledge/facts",
                     "/api/v1/knowledge/questions", "/api/v1/knowledge/advice", "/api/v1/search", "/api/v1/ping"])
        {
            Assert.True(paths.TryGetProperty(path, out _), path);
        }

        Assert.Contains("stateless", paths.GetProperty("/api/v1/interview/next").GetProperty("post").GetProperty("description").GetString(), StringComparison.OrdinalIgnoreCase);
        var assess = paths.GetProperty("/api/v1/assess").GetProperty("post");
        Assert.True(assess.TryGetProperty("requestBody", out _));
        foreach (var status in (string[])["200", "400", "413", "415"])
        {
            Assert.True(assess.GetProperty("responses").TryGetProperty(status, out _), status);
        }

        Assert.False(paths.TryGetProperty("/check", out _));
    }

    [Fact]
    public async Task UnknownApiPath_Returns404Problem()
    {
        await ProblemAssert.IsProblemAsync(await web.Client.GetAsync("api/v2/assess"), HttpStatusCode.NotFound, "path");
    }

    [Fact]
    public async Task Responses_Always_CarryPrivacyHeaders()
    {
        var response = await web.Client.GetAsync("api/v1/ping");

        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void Address_Always_IsLoopback()
    {
        Assert.Equal("127.0.0.1", web.BaseAddress.Host);
    }

    [Theory]
    [InlineData("http://0.0.0.0:5000")]
    [InlineData("http://192.168.1.5:5000")]
    [InlineData("http://*:5000")]
    [InlineData("http://+:5000")]
    [InlineData("http://example.com:5000")]
    public void Create_NonLoopbackUrl_IsRefused(string url)
    {
        var e = Assert.Throws<StartupException>(() => WebApp.Create(["--urls", url]));

        Assert.Contains("not a loopback address", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000", true)]
    [InlineData("http://localhost:5000", true)]
    [InlineData("http://[::1]:5000", true)]
    [InlineData("http://127.0.0.1:0;http://10.0.0.1:1", false)]
    public void IsLoopback_Url_MatchesExpectation(string urls, bool expected)
    {
        Assert.Equal(expected, urls.Split(';').All(LoopbackGuard.IsLoopback));
    }

    [Fact]
    public async Task Errors_Always_AreProblemJsonNotHtml()
    {
        var response = await web.PostJsonAsync("api/v1/assess", "{");

        var text = await response.Content.ReadAsStringAsync();
        using var doc = JsonDocument.Parse(text);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
    }
}

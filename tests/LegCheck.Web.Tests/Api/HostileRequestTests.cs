using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Xunit;

namespace LegCheck.Web.Tests.Api;

/// <summary>Client input that used to give a 500 and a logged stack trace: each is now a 4xx Problem Details.</summary>
[Collection(ApiCollection.Name)]
public sealed class HostileRequestTests(WebAppFixture web)
{
    [Theory]
    [InlineData("/check")]
    [InlineData("/describe")]
    public async Task FormPage_JsonBody_Is415Problem(string path)
    {
        using var response = await web.PostJsonAsync(path, """{"state":"x"}""");

        var body = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "body");
        Assert.Contains("expected a form", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FormPage_MoreThan1024Fields_Is400Problem()
    {
        var fields = string.Join('&', Enumerable.Range(0, 1100).Select(i => $"f{i}=1"));
        using var content = new StringContent(fields, Encoding.UTF8, new MediaTypeHeaderValue("application/x-www-form-urlencoded"));

        using var response = await web.Client.PostAsync("/check", content);

        var body = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "body");
        Assert.Contains("1,024 fields", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LongAddress_Is414Problem()
    {
        using var response = await web.Client.GetAsync("/api/v1/search?phrase=" + new string('a', 9000));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestUriTooLong, "url");
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("192.168.1.20")]
    public async Task ForeignHostHeader_IsRefused(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/ping");
        request.Headers.Host = host;

        using var response = await web.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task HostileRequests_NeverA500_AndTheLogHasNoStackTrace()
    {
        var form = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        var requests = new List<Func<HttpRequestMessage>>
        {
            () => new HttpRequestMessage(HttpMethod.Post, "/check") { Content = new StringContent("{}", Encoding.UTF8, "application/json") },
            () => new HttpRequestMessage(HttpMethod.Post, "/describe") { Content = new StringContent("<x/>", Encoding.UTF8, "text/xml") },
            () => new HttpRequestMessage(HttpMethod.Post, "/check") { Content = new StringContent(string.Join('&', Enumerable.Range(0, 2000).Select(i => $"k{i}=v")), Encoding.UTF8, form) },
            () => new HttpRequestMessage(HttpMethod.Post, "/check") { Content = new StringContent("state=%zz%&&==", Encoding.UTF8, form) },
            () => new HttpRequestMessage(HttpMethod.Post, "/check") { Content = new ByteArrayContent([0xff, 0xfe, 0x00, 0x3d]) { Headers = { ContentType = form } } },
            () => new HttpRequestMessage(HttpMethod.Get, "/api/v1/search?phrase=" + new string('z', 20000)),
            () => new HttpRequestMessage(HttpMethod.Post, "/api/v1/assess") { Content = new StringContent("{\"facts\":", Encoding.UTF8, "application/json") },
            () => new HttpRequestMessage(HttpMethod.Post, "/api/v1/assess") { Content = new StringContent("cramp=yes", Encoding.UTF8, form) },
            () => new HttpRequestMessage(HttpMethod.Post, "/api/v1/interview/next") { Content = new ByteArrayContent(new byte[70 * 1024]) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } } },
        };

        foreach (var make in requests)
        {
            using var request = make();
            using var response = await web.Client.SendAsync(request);
            Assert.True((int)response.StatusCode < 500, $"{request.Method} {request.RequestUri}: {(int)response.StatusCode}");
        }

        Assert.DoesNotContain(web.Logs.Lines, line => line.Contains("   at ", StringComparison.Ordinal));
    }
}

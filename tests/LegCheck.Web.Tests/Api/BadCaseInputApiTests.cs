using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using LegCheck.Testing;
using Xunit;

namespace LegCheck.Web.Tests.Api;

/// <summary>
/// The shared table of malformed cases posted to <c>/api/v1/assess</c>: each answer is a 400 whose errors are
/// exactly the parser's verdict, the same lines the CLI prints for the same bytes in a case file.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class BadCaseInputApiTests(WebAppFixture web)
{
    public static IEnumerable<object[]> Names() => BadCaseInputs.Names();

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Assess_BadCaseBody_AnswersTheParsersFieldErrors(string name)
    {
        var input = BadCaseInputs.Named(name);
        var verdict = BadCaseInputs.Verdict(input);
        Assert.Contains(verdict, line => line.StartsWith(input.Field, StringComparison.Ordinal));
        using var content = new ByteArrayContent(input.Body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await web.Client.PostAsync("api/v1/assess", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var answered = body.RootElement.GetProperty("errors").EnumerateObject()
            .SelectMany(field => field.Value.EnumerateArray().Select(m => $"{field.Name}: {m.GetString()}"))
            .Order(StringComparer.Ordinal);
        Assert.Equal(verdict.Order(StringComparer.Ordinal), answered);
        Assert.Equal(verdict[0] + (verdict.Count > 1 ? $" (and {verdict.Count - 1} more)" : ""), body.RootElement.GetProperty("detail").GetString());
    }
}

using System.Net;
using System.Text.Json;
using Xunit;

namespace LegCheck.Web.Tests.Api;

/// <summary>Checks that a response is an RFC 9457 Problem Details body naming the expected field.</summary>
internal static class ProblemAssert
{
    public static async Task<JsonElement> IsProblemAsync(HttpResponseMessage response, HttpStatusCode status, string field)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        Assert.Equal((int)status, body.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("title").GetString()));
        Assert.StartsWith(field + ": ", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        return body;
    }

    public static async Task<JsonElement> IsFieldErrorAsync(HttpResponseMessage response, string field, string expectedText)
    {
        var body = await IsProblemAsync(response, HttpStatusCode.BadRequest, field);
        var messages = body.GetProperty("errors").GetProperty(field);
        Assert.Contains(messages.EnumerateArray(), m => m.GetString()!.Contains(expectedText, StringComparison.Ordinal));
        return body;
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}

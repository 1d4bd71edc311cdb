using System.Net;
using Xunit;

namespace LegCheck.Web.Tests.Api;

/// <summary>Post, redirect, get: every interview step has its own encrypted address, so Back and Reload fetch rather than resubmit.</summary>
[Collection(ApiCollection.Name)]
public sealed class InterviewLinkTests(WebAppFixture web)
{
    private HttpClient NoRedirects() => new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = web.BaseAddress };

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    [Fact]
    public async Task Check_AnswerPosted_RedirectsWith303ToAnAddressWithoutReadableSymptoms()
    {
        using var client = NoRedirects();
        var response = await client.PostAsync("/check", Form(("state", "{}"), ("history", ""), ("question", "q_feel"), ("action", "answer"), ("answer", "cramp")));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/check?s=", location, StringComparison.Ordinal);
        Assert.DoesNotContain("cramp", location, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("q_feel", location, StringComparison.Ordinal);

        var html = await client.GetStringAsync(location);
        Assert.Contains("name=\"question\" value=\"q_where\"", html, StringComparison.Ordinal);
        Assert.Contains("&quot;cramp&quot;:&quot;yes&quot;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_SameAddressFetchedTwice_ShowsTheSameStep()
    {
        using var client = NoRedirects();
        var location = (await client.PostAsync("/check", Form(("state", "{}"), ("history", ""), ("question", "q_feel"), ("action", "answer"), ("answer", "pain")))).Headers.Location!.OriginalString;

        Assert.Equal(await client.GetStringAsync(location), await client.GetStringAsync(location));
    }

    [Fact]
    public async Task Check_BackPosted_RedirectsToThePreviousQuestionWithItsAnswerShown()
    {
        using var client = NoRedirects();
        var response = await client.PostAsync("/check", Form(("state", "{\"numbness\":\"yes\",\"cramp\":\"no\"}"), ("history", "q_feel"), ("question", "q_where"), ("action", "back")));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var html = await client.GetStringAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("name=\"question\" value=\"q_feel\"", html, StringComparison.Ordinal);
        Assert.Matches("id=\"opt-numbness\"[^>]*checked", html);
    }

    [Fact]
    public async Task Check_FinishPosted_RedirectsToTheResult()
    {
        using var client = NoRedirects();
        var response = await client.PostAsync("/check", Form(("state", "{\"cramp\":\"yes\"}"), ("history", "q_feel"), ("action", "finish")));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var html = await client.GetStringAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Your result", html, StringComparison.Ordinal);
        Assert.Contains("You finished early.", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nonsense")]
    [InlineData("CfDJ8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task Check_AlteredAddress_StartsAgainWithANoteNotAServerError(string token)
    {
        var response = await web.Client.GetAsync("/check?s=" + token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("name=\"question\" value=\"q_feel\"", html, StringComparison.Ordinal);
        Assert.Contains("expired", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_BadAnswer_IsShownAtOnceWithoutARedirect()
    {
        using var client = NoRedirects();
        var response = await client.PostAsync("/check", Form(("state", "{}"), ("history", ""), ("question", "q_age"), ("action", "answer"), ("answer", "4000")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("class=\"error\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

using System.Net;
using Xunit;

namespace LegCheck.Web.Tests.Api;

/// <summary>The browser interview's form posts, tampered with or oversized, answered without a server error.</summary>
[Collection(ApiCollection.Name)]
public sealed class PageFormTests(WebAppFixture web)
{
    private Task<HttpResponseMessage> PostFormAsync(string path, params (string Name, string Value)[] fields) =>
        web.Client.PostAsync(path, new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))));

    [Fact]
    public async Task Home_Get_ServesTheStartPage()
    {
        var response = await web.Client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Check my symptoms", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_Get_AsksTheFirstQuestion()
    {
        var html = await web.Client.GetStringAsync("/check");

        Assert.Contains("name=\"question\" value=\"q_feel\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_AnswerPosted_AsksTheNextQuestionWithTheStateInHiddenFields()
    {
        var html = await (await PostFormAsync("/check", ("state", "{}"), ("history", ""), ("question", "q_feel"), ("action", "answer"), ("answer", "cramp"))).Content.ReadAsStringAsync();

        Assert.Contains("name=\"question\" value=\"q_where\"", html, StringComparison.Ordinal);
        Assert.Contains("&quot;cramp&quot;:&quot;yes&quot;", html, StringComparison.Ordinal);
        Assert.Contains("name=\"history\" value=\"q_feel\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{bad", "", "state")]
    [InlineData("{\"nope\":\"yes\"}", "", "facts.nope")]
    [InlineData("{\"cramp\":\"often\"}", "", "facts.cramp")]
    [InlineData("{}", "q_feel q_made_up", "history")]
    public async Task Check_TamperedState_Returns400Problem(string state, string history, string field)
    {
        var response = await PostFormAsync("/check", ("state", state), ("history", history), ("action", "answer"), ("question", "q_feel"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task Check_UnknownQuestion_Returns400Problem()
    {
        var response = await PostFormAsync("/check", ("state", "{}"), ("action", "answer"), ("question", "q_made_up"), ("answer", "yes"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "question");
    }

    [Theory]
    [InlineData("q_feel", "dancing", "That answer could not be used")]
    [InlineData("q_sex", "", "Choose one of the answers")]
    [InlineData("q_age", "ancient", "Please enter a number from")]
    [InlineData("q_age", "", "Enter a number, or choose")]
    public async Task Check_BadAnswer_ReturnsTheQuestionWithAnError(string question, string answer, string message)
    {
        var response = await PostFormAsync("/check", ("state", "{}"), ("action", "answer"), ("question", question), ("answer", answer));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains(message, System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_BadConfirmedFact_Returns400Problem()
    {
        var response = await PostFormAsync("/check", ("action", "confirm"), ("keep", "run_minutes=forever"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "keep.run_minutes");
    }

    [Fact]
    public async Task Check_FormOver64KiB_Returns413Problem()
    {
        var response = await PostFormAsync("/check", ("state", new string('x', 70 * 1024)));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "body");
    }

    [Fact]
    public async Task Describe_TextTooLong_ReturnsThePageWithAnError()
    {
        var response = await PostFormAsync("/describe", ("text", new string('a', 3000)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Please keep it under 2000 characters", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Describe_TextPosted_RedirectsToASealedAddressThatShowsTheConfirmPage()
    {
        var response = await PostFormAsync("/describe", ("text", "my calf is swollen and I have chest pain"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var address = response.RequestMessage!.RequestUri!.PathAndQuery;
        Assert.StartsWith("/describe?d=", address, StringComparison.Ordinal);
        Assert.DoesNotContain("chest", address, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("value=\"chest_pain=yes\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Describe_AlteredAddress_Returns400WithThePageAndAPlainError()
    {
        var response = await web.Client.GetAsync("/describe?d=not-a-sealed-text");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("That page has expired", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_Always_AreNotCachedAndRunOnlyOwnScripts()
    {
        var response = await web.Client.GetAsync("/library");

        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assets_Unknown_Returns404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await web.Client.GetAsync("/assets/nope.js")).StatusCode);
    }
}

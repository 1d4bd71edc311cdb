using System.Net;
using Xunit;

namespace LegCheck.Web.Tests.Hosted;

/// <summary>
/// Two web nodes on two ports sharing one database, as behind a load balancer: what one node signed (bearer tokens,
/// cookies, antiforgery tokens) the other reads, because the Data Protection keys are in the database.
/// </summary>
public sealed class TwoNodeTests(HostedDatabase db) : IClassFixture<HostedDatabase>
{
    [SkippableFact]
    public async Task BearerToken_FromNodeOne_ReadsTheDiaryOnNodeTwo()
    {
        var one = await db.StartNodeAsync();
        var two = await db.StartNodeAsync();
        Assert.NotEqual(one.BaseAddress.Port, two.BaseAddress.Port);
        var runner = await Account.RegisterAsync(one, "nodes@example.org");
        using (var onOne = one.Client(bearer: runner.Token))
        using (var logged = await onOne.PostAsync("/api/v1/diary/episodes", Account.Json(new { occurred_at = "2026-11-20", symptoms = new[] { "calf_cramp" } })))
        {
            Assert.Equal(HttpStatusCode.Created, logged.StatusCode);
        }

        using var onTwo = two.Client(bearer: runner.Token);
        using var episodes = await onTwo.GetAsync("/api/v1/diary/episodes");
        Assert.Equal(HttpStatusCode.OK, episodes.StatusCode);
        Assert.Contains("calf_cramp", await episodes.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task CookieSignIn_OnNodeOne_OpensTheDiaryOnNodeTwo()
    {
        var one = await db.StartNodeAsync();
        var two = await db.StartNodeAsync();
        var runner = await Account.RegisterAsync(one, "cookies@example.org");
        var jar = new CookieContainer();
        await runner.CookieLoginAsync(one, jar);
        using var browser = two.Client(new CookieContainer());
        using var request = new HttpRequestMessage(HttpMethod.Get, "/diary");
        request.Headers.Add("Cookie", jar.GetCookieHeader(one.BaseAddress));
        using var page = await browser.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        using var api = new HttpRequestMessage(HttpMethod.Get, "/api/v1/diary/runs");
        api.Headers.Add("Cookie", jar.GetCookieHeader(one.BaseAddress));
        using var runs = await browser.SendAsync(api);
        Assert.Equal(HttpStatusCode.OK, runs.StatusCode);
    }

    [SkippableFact]
    public async Task SignInForm_FromNodeOne_IsAcceptedByNodeTwo()
    {
        var one = await db.StartNodeAsync();
        var two = await db.StartNodeAsync();
        var runner = await Account.RegisterAsync(one, "forms@example.org");
        var jar = new CookieContainer();
        using var onOne = one.Client(jar);
        var form = await onOne.GetStringAsync("/account/sign-in");
        using var post = new HttpRequestMessage(HttpMethod.Post, "/account/sign-in")
        {
            Content = Account.Form(("email", runner.Email), ("password", runner.Password), HostedSignInTests.Token(form)),
        };
        post.Headers.Add("Cookie", jar.GetCookieHeader(one.BaseAddress));
        using var onTwo = two.Client();
        using var signedIn = await onTwo.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/diary", signedIn.Headers.Location!.OriginalString);
    }
}

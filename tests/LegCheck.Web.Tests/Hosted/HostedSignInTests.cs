using System.Net;
using System.Text.Json;
using Xunit;

namespace LegCheck.Web.Tests.Hosted;

/// <summary>In hosted mode the diary is nobody's without a signed-in account: the API answers 401 and the pages send the browser to sign in.</summary>
public sealed class HostedSignInTests(HostedDatabase db) : IClassFixture<HostedDatabase>
{
    [SkippableFact]
    public async Task DiaryApi_WithoutOrWithABadToken_Is401OnEveryEndpoint()
    {
        var node = await db.StartNodeAsync();
        var routes = DiaryRoutes.Of(node.App, DiaryRoutes.Api);
        Assert.True(routes.Count >= 14, $"only {routes.Count} diary endpoints found: {string.Join(", ", routes)}");
        using var anonymous = node.Client();
        using var forged = node.Client(bearer: "CfDJ8-not-a-token");
        foreach (var client in new[] { anonymous, forged })
        {
            foreach (var route in routes.Append("GET /api/v1/account/export").Append("DELETE /api/v1/account"))
            {
                using var request = new HttpRequestMessage(new HttpMethod(DiaryRoutes.Method(route)), DiaryRoutes.Path(route, 1)) { Content = DiaryRoutes.Body(route) };

                using var response = await client.SendAsync(request);
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{route}: {(int)response.StatusCode}");
            }
        }
    }

    [SkippableFact]
    public async Task DiaryPages_WithoutSignIn_RedirectToTheSignInPage()
    {
        var node = await db.StartNodeAsync();
        var routes = DiaryRoutes.Of(node.App, DiaryRoutes.Pages);
        Assert.True(routes.Count >= 12, $"only {routes.Count} diary pages found: {string.Join(", ", routes)}");
        using var anonymous = node.Client();
        foreach (var route in routes)
        {
            using var request = new HttpRequestMessage(new HttpMethod(DiaryRoutes.Method(route)), DiaryRoutes.Path(route, 1)) { Content = DiaryRoutes.Body(route) };

            using var response = await anonymous.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{route}: {(int)response.StatusCode}");
            Assert.StartsWith("/account/sign-in?ReturnUrl=", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public async Task Login_Response_KeepsIdentitysCamelCaseAndSignsInToTheDiary()
    {
        var node = await db.StartNodeAsync();
        var account = await Account.RegisterAsync(node, "camel@example.org");
        using var client = node.Client();
        using var login = await client.PostAsync("/api/v1/account/login", Account.Json(new { email = account.Email, password = account.Password }));
        var body = JsonDocument.Parse(await login.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(["tokenType", "accessToken", "expiresIn", "refreshToken"], body.EnumerateObject().Select(p => p.Name));
        using var signedIn = node.Client(bearer: body.GetProperty("accessToken").GetString());
        Assert.Equal("[]", await signedIn.GetStringAsync("/api/v1/diary/runs"));
    }

    [SkippableFact]
    public async Task SignUpAndSignInPages_WithTheFormsToken_SignInAndOpenTheDiary()
    {
        var node = await db.StartNodeAsync();
        var cookies = new CookieContainer();
        using var browser = node.Client(cookies);
        var form = await browser.GetStringAsync("/account/sign-up");
        Assert.Contains("<label for=\"account-email\">", form, StringComparison.Ordinal);
        Assert.Contains("<label for=\"account-password\">", form, StringComparison.Ordinal);
        using (var withoutToken = await browser.PostAsync("/account/sign-up", Account.Form(("email", "page@example.org"), ("password", Account.Password0))))
        {
            Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        }

        using (var signUp = await browser.PostAsync("/account/sign-up", Account.Form(("email", "page@example.org"), ("password", Account.Password0), Token(form))))
        {
            Assert.Equal(HttpStatusCode.Redirect, signUp.StatusCode);
            Assert.Equal("/diary", signUp.Headers.Location!.OriginalString);
        }

        using (var diary = await browser.GetAsync("/diary"))
        {
            Assert.Equal(HttpStatusCode.OK, diary.StatusCode);
        }

        var signOut = await browser.GetStringAsync("/account/sign-out");
        Assert.Contains("page@example.org", signOut, StringComparison.Ordinal);
        using (var posted = await browser.PostAsync("/account/sign-out", Account.Form(Token(signOut))))
        {
            Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        }

        using (var diary = await browser.GetAsync("/diary"))
        {
            Assert.Equal(HttpStatusCode.Redirect, diary.StatusCode);
        }

        var signInForm = await browser.GetStringAsync("/account/sign-in?returnUrl=/diary/runs");
        using (var wrong = await browser.PostAsync("/account/sign-in", Account.Form(("email", "page@example.org"), ("password", "Wrong-Pass-1"), Token(signInForm))))
        {
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
            Assert.Contains("role=\"alert\"", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var signIn = await browser.PostAsync(
            "/account/sign-in", Account.Form(("email", "page@example.org"), ("password", Account.Password0), ("returnUrl", "/diary/runs"), Token(signInForm)));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/diary/runs", signIn.Headers.Location!.OriginalString);
    }

    /// <summary>The antiforgery field of a page's form.</summary>
    public static (string Name, string Value) Token(string html)
    {
        var match = System.Text.RegularExpressions.Regex.Match(html, "<input type=\"hidden\" name=\"(?<name>__RequestVerificationToken[^\"]*)\" value=\"(?<value>[^\"]+)\"");
        Assert.True(match.Success, "no antiforgery field in the form");
        return (match.Groups["name"].Value, WebUtility.HtmlDecode(match.Groups["value"].Value));
    }
}

using System.Net;
using System.Text;
using System.Text.Json;
using Xunit;

namespace LegCheck.Web.Tests.Hosted;

/// <summary>A runner's account on a hosted node, made through <c>/api/v1/account/register</c> as any client makes one.</summary>
internal sealed record Account(string Email, string Password, string Token, string Id)
{
    public const string Password0 = "Runner-Pass-1";

    /// <summary>Registers <paramref name="email"/> and logs in for a bearer token; the id is the account's, from the export.</summary>
    public static async Task<Account> RegisterAsync(HostedNode node, string email)
    {
        using var client = node.Client();
        using (var register = await client.PostAsync("/api/v1/account/register", Json(new { email, password = Password0 })))
        {
            Assert.True(register.StatusCode == HttpStatusCode.OK, $"register {email}: {(int)register.StatusCode} {await register.Content.ReadAsStringAsync()}");
        }

        var token = await LoginAsync(node, email, Password0);
        using var authorised = node.Client(bearer: token);
        var export = JsonDocument.Parse(await authorised.GetStringAsync("/api/v1/account/export")).RootElement;
        return new Account(email, Password0, token, export.GetProperty("account").GetProperty("id").GetString()!);
    }

    public static async Task<string> LoginAsync(HostedNode node, string email, string password)
    {
        using var client = node.Client();
        using var login = await client.PostAsync("/api/v1/account/login", Json(new { email, password }));
        var text = await login.Content.ReadAsStringAsync();
        Assert.True(login.StatusCode == HttpStatusCode.OK, $"login {email}: {(int)login.StatusCode} {text}");
        var body = JsonDocument.Parse(text).RootElement;
        Assert.Equal("Bearer", body.GetProperty("tokenType").GetString());
        return body.GetProperty("accessToken").GetString()!;
    }

    /// <summary>Signs in with <c>?useCookies=true</c>, as the browser does; the cookie lands in <paramref name="cookies"/>.</summary>
    public async Task CookieLoginAsync(HostedNode node, CookieContainer cookies)
    {
        using var client = node.Client(cookies);
        using var login = await client.PostAsync("/api/v1/account/login?useCookies=true", Json(new { email = Email, password = Password }));
        Assert.True(login.StatusCode == HttpStatusCode.OK, $"cookie login {Email}: {(int)login.StatusCode}");
        Assert.NotEmpty(cookies.GetCookies(node.BaseAddress));
    }

    public static StringContent Json(object value) => new(JsonSerializer.Serialize(value), Encoding.UTF8, "application/json");

    public static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
}

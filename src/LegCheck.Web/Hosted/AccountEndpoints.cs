using LegCheck.Diary.Json;
using LegCheck.Diary.Model;
using LegCheck.Diary.Storage;
using LegCheck.Web.Api;
using LegCheck.Web.Features.Diary;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace LegCheck.Web.Hosted;

/// <summary>
/// <c>/api/v1/account</c>: ASP.NET Core Identity's own endpoints (register, login with a bearer token or
/// <c>?useCookies=true</c>, refresh, manage) as <c>MapIdentityApi</c> maps them, and the account's export and deletion.
/// </summary>
internal static class AccountEndpoints
{
    public const string Prefix = "/api/v1/account";

    /// <summary>The endpoints that take a password or send one by mail: held to the tight <see cref="HostedRateLimits.Login"/> limit.</summary>
    private static readonly string[] PasswordRoutes = ["/login", "/register", "/forgotPassword", "/resetPassword", "/resendConfirmationEmail"];

    public static IEndpointRouteBuilder MapAccountApi(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup(Prefix).WithTags("Account");
        account.MapIdentityApi<IdentityUser>().Add(endpoint =>
        {
            var pattern = (endpoint as RouteEndpointBuilder)?.RoutePattern.RawText ?? "";
            var tight = PasswordRoutes.Any(r => pattern.EndsWith(r, StringComparison.Ordinal));
            endpoint.Metadata.Add(new Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute(tight ? HostedRateLimits.Login : HostedRateLimits.PerClient));
        });

        var own = account.MapGroup("").RequireAuthorization(HostedAuth.ApiPolicy).RequireRateLimiting(HostedRateLimits.PerUser);
        own.MapGet("/export", ExportAsync)
            .WithName("AccountExport")
            .WithSummary("Everything stored for the signed-in account, as one JSON document");
        own.MapDelete("", DeleteAsync)
            .AddEndpointFilter(SameSiteWrites.Filter)
            .WithName("AccountDelete")
            .WithSummary("Delete the signed-in account and every row of its diary");
        return app;
    }

    private static async Task<Results<DiaryJsonOk, NotFound>> ExportAsync(HttpContext http, UserManager<IdentityUser> users, IDiaryStore store, CurrentUser user, CancellationToken ct)
    {
        if (await users.GetUserAsync(http.User) is not { } account)
        {
            return TypedResults.NotFound();
        }

        return await store.ReadAsync<Results<DiaryJsonOk, NotFound>>(user, async unit =>
        {
            var snapshot = await unit.SnapshotAsync(ct);
            var units = await unit.Settings.GetAsync(SettingsStore.Units, ct);
            var files = (await unit.KnownFiles.AllHashesAsync(ct)).Order(StringComparer.Ordinal).ToList();
            var json = ListJson.Export(new ExportedAccount(account.Id, account.Email, account.EmailConfirmed), snapshot, units, files);
            return new DiaryJsonOk(json);
        }, ct);
    }

    /// <summary>The diary first, in one transaction, then the account: a failure between leaves an empty account to delete again, never a diary without one.</summary>
    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> DeleteAsync(
        HttpContext http, UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, IDiaryStore store, CurrentUser user, CancellationToken ct)
    {
        if (await users.GetUserAsync(http.User) is not { } account)
        {
            return TypedResults.NotFound();
        }

        await store.WriteAsync(user, async unit =>
        {
            await unit.EraseAsync(ct);
            return true;
        }, ct);
        var deleted = await users.DeleteAsync(account);
        if (!deleted.Succeeded)
        {
            return Problems.Invalid("account", string.Join("; ", deleted.Errors.Select(e => e.Description)), StatusCodes.Status500InternalServerError);
        }

        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }
}

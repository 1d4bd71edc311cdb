using LegCheck.Web.Api;
using LegCheck.Web.Hosted;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace LegCheck.Web.Pages.Account;

/// <summary>
/// The hosted mode's sign-up, sign-in and sign-out pages: plain server-rendered forms with an antiforgery token, that
/// sign in with Identity's cookie and go back to the diary (or the local page that sent the browser here).
/// </summary>
internal static class AccountPages
{
    public static IEndpointRouteBuilder MapAccountPages(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("/account").ExcludeFromDescription();
        pages.MapGet("/sign-in", (HttpContext http, IAntiforgery antiforgery, string? returnUrl) => Form(http, antiforgery, signUp: false, "", Local(returnUrl), Array.Empty<string>()));
        pages.MapGet("/sign-up", (HttpContext http, IAntiforgery antiforgery) => Form(http, antiforgery, signUp: true, "", null, Array.Empty<string>()));
        pages.MapPost("/sign-in", SignInAsync).AcceptsFormOnly().RequireRateLimiting(HostedRateLimits.Login);
        pages.MapPost("/sign-up", SignUpAsync).AcceptsFormOnly().RequireRateLimiting(HostedRateLimits.Login);
        pages.MapGet("/sign-out", SignOutPageAsync);
        pages.MapPost("/sign-out", SignOutAsync).AcceptsFormOnly();
        return app;
    }

    private static async Task<RazorComponentResult<SignOutPage>> SignOutPageAsync(HttpContext http, IAntiforgery antiforgery, UserManager<IdentityUser> users)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var user = await users.GetUserAsync(http.User);
        return new RazorComponentResult<SignOutPage>(new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["Email"] = user?.Email,
            ["TokenField"] = tokens.FormFieldName,
            ["Token"] = tokens.RequestToken!,
        });
    }

    private static async Task<IResult> SignOutAsync(HttpContext http, IAntiforgery antiforgery, SignInManager<IdentityUser> signIn)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return BadToken();
        }

        await signIn.SignOutAsync();
        return Back("/");
    }

    private static async Task<IResult> SignInAsync(HttpContext http, IAntiforgery antiforgery, SignInManager<IdentityUser> signIn)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return BadToken();
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var email = form["email"].ToString().Trim();
        var returnUrl = Local(form["returnUrl"]);
        signIn.AuthenticationScheme = IdentityConstants.ApplicationScheme;
        var result = await signIn.PasswordSignInAsync(email, form["password"].ToString(), isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return Back(returnUrl ?? "/diary");
        }

        var error = result.IsLockedOut
            ? "Too many failed attempts: this account is locked for a few minutes."
            : "The e-mail address or the password is not right.";
        return Form(http, antiforgery, signUp: false, email, returnUrl, [error], StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> SignUpAsync(HttpContext http, IAntiforgery antiforgery, UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return BadToken();
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var email = form["email"].ToString().Trim();
        var user = new IdentityUser { UserName = email, Email = email };
        var created = await users.CreateAsync(user, form["password"].ToString());
        if (!created.Succeeded)
        {
            return Form(http, antiforgery, signUp: true, email, null, [.. created.Errors.Select(e => e.Description)], StatusCodes.Status400BadRequest);
        }

        await signIn.SignInAsync(user, isPersistent: false, IdentityConstants.ApplicationScheme);
        return Back("/diary");
    }

    private static RazorComponentResult<AccountFormPage> Form(
        HttpContext http, IAntiforgery antiforgery, bool signUp, string email, string? returnUrl, IReadOnlyList<string> errors, int status = StatusCodes.Status200OK)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        return new RazorComponentResult<AccountFormPage>(new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["SignUp"] = signUp,
            ["Email"] = email,
            ["ReturnUrl"] = returnUrl,
            ["Errors"] = errors,
            ["TokenField"] = tokens.FormFieldName,
            ["Token"] = tokens.RequestToken!,
        })
        { StatusCode = status };
    }

    /// <summary>Only a path on this site: a sign-in link must never send the browser elsewhere.</summary>
    private static string? Local(string? url) =>
        url is { Length: > 1 } && url[0] == '/' && url[1] is not ('/' or '\\') && !url.Contains("://", StringComparison.Ordinal) ? url : null;

    private static ProblemHttpResult BadToken() =>
        Problems.Invalid("form", "the form has expired or did not come from this site; reload the page and try again");

    /// <summary>After a post the browser follows with a GET, so reloading never posts twice.</summary>
    private static RedirectHttpResult Back(string location) => TypedResults.Redirect(location);
}

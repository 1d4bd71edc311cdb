using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace LegCheck.Web.Hosted;

/// <summary>
/// Who may use the diary in hosted mode: a signed-in account that still exists. The API takes Identity's bearer token
/// or its cookie and answers 401 without one; the pages take the cookie and send the browser to sign in.
/// </summary>
internal static class HostedAuth
{
    public const string ApiPolicy = "diary-api";
    public const string PagePolicy = "diary-pages";
    public const string SignInPath = "/account/sign-in";

    public static IServiceCollection AddHostedAuth(this IServiceCollection services)
    {
        services.AddIdentityApiEndpoints<IdentityUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Lockout.MaxFailedAccessAttempts = 10;
            })
            .AddEntityFrameworkStores<HostedDbContext>();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = SignInPath;
            o.LogoutPath = "/account/sign-out";
            o.Cookie.Name = "legcheck.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
        });
        services.AddScoped<IAuthorizationHandler, AccountExistsHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(ApiPolicy, p => p.RequireAuthenticatedUser().AddRequirements(new AccountExists()))
            .AddPolicy(PagePolicy, p => p.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme).RequireAuthenticatedUser().AddRequirements(new AccountExists()));
        return services;
    }
}

/// <summary>A token outlives its account (it is checked by signature, not looked up): a deleted account's token opens nothing.</summary>
internal sealed class AccountExists : IAuthorizationRequirement;

internal sealed class AccountExistsHandler(UserManager<IdentityUser> users) : AuthorizationHandler<AccountExists>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, AccountExists requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { Length: > 0 } id && await users.FindByIdAsync(id).ConfigureAwait(false) is not null)
        {
            context.Succeed(requirement);
        }
    }
}

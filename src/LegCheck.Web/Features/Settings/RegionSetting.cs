using LegCheck.Core.Engine;

namespace LegCheck.Web.Features.Settings;

/// <summary>
/// The runner's region, for the emergency numbers the pages name: set once on /settings/region and kept in a
/// cookie (a preference, not health data), or given per request as <c>?region=</c>.
/// </summary>
internal static class RegionSetting
{
    public const string Cookie = "legcheck-region";

    public static IEndpointRouteBuilder MapRegionSetting(this IEndpointRouteBuilder app)
    {
        app.MapGet("/settings/region/save", (HttpContext http, string? region) =>
        {
            if (!EmergencyNumbers.TryFind(region, out var found))
            {
                return Results.Redirect("/settings/region?error=1");
            }

            if (found is null)
            {
                http.Response.Cookies.Delete(Cookie);
            }
            else
            {
                http.Response.Cookies.Append(Cookie, found.Id, new CookieOptions
                {
                    HttpOnly = true,
                    SameSite = SameSiteMode.Lax,
                    MaxAge = TimeSpan.FromDays(365),
                    IsEssential = true,
                });
            }

            return Results.Redirect("/settings/region?saved=1");
        }).ExcludeFromDescription();
        return app;
    }

    /// <summary>The region for this request: the query first, then the saved setting; none if neither names one.</summary>
    public static EmergencyRegion? From(HttpContext? http)
    {
        if (http is null)
        {
            return null;
        }

        var id = http.Request.Query["region"].FirstOrDefault() ?? http.Request.Cookies[Cookie];
        return EmergencyNumbers.TryFind(id, out var region) ? region : null;
    }
}

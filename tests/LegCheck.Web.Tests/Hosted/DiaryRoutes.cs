using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LegCheck.Web.Tests.Hosted;

/// <summary>The diary's routes as the running app has them (its EndpointDataSource), so a new endpoint cannot be missed.</summary>
internal static class DiaryRoutes
{
    public const string Api = "/api/v1/diary";
    public const string Pages = "/diary";

    /// <summary>"METHOD pattern" of every endpoint at or under <paramref name="prefix"/>, such as "GET /api/v1/diary/runs/{id:long}".</summary>
    public static IReadOnlyList<string> Of(WebApplication app, string prefix) =>
        [.. app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && (raw == prefix || raw.StartsWith(prefix + "/", StringComparison.Ordinal)))
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => $"{m} {e.RoutePattern.RawText!.TrimEnd('/')}"))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];

    /// <summary>A body the route accepts (multipart for imports, JSON for the API, a form for the pages), or none.</summary>
    public static HttpContent? Body(string route) => Method(route) switch
    {
        "POST" when route.EndsWith("/import", StringComparison.Ordinal) => LegCheck.Web.Tests.Diary.Samples.Upload([LegCheck.Web.Tests.Diary.Samples.File("Activity.fit")]),
        "POST" or "PUT" when route.Contains(Api, StringComparison.Ordinal) => Account.Json(new { symptoms = new[] { "calf_cramp" } }),
        "POST" => Account.Form(("name", "x")),
        _ => null,
    };

    public static string Method(string route) => route[..route.IndexOf(' ', StringComparison.Ordinal)];

    /// <summary>The route's path with <paramref name="id"/> for its id.</summary>
    public static string Path(string route, long id) =>
        route[(route.IndexOf(' ', StringComparison.Ordinal) + 1)..].Replace("{id:long}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}

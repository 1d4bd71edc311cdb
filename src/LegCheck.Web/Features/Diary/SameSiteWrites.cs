using LegCheck.Web.Api;

namespace LegCheck.Web.Features.Diary;

/// <summary>
/// The diary changes only at the request of this app's own pages or a local client, never another site's: a page
/// elsewhere may post a form to 127.0.0.1 (multipart needs no CORS preflight), and the browser says so in
/// <c>Sec-Fetch-Site</c> and <c>Origin</c>. Tools such as curl send neither and are let through.
/// </summary>
public static class SameSiteWrites
{
    public static async ValueTask<object?> Filter(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var request = context.HttpContext.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && IsForeign(request))
        {
            return Problems.Invalid("origin", "the diary only takes changes from LegCheck's own pages", StatusCodes.Status403Forbidden);
        }

        return await next(context);
    }

    public static bool IsForeign(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0)
        {
            return site is not ("same-origin" or "none");
        }

        // The pages' no-referrer policy makes a browser send "Origin: null" with their own form posts, so only a
        // named other origin counts; browsers that say Sec-Fetch-Site were judged above.
        var origin = request.Headers.Origin.ToString();
        return origin.Length > 0 && origin != "null" && !string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase);
    }
}

using LegCheck.Web.Api;
using Microsoft.AspNetCore.Http.Features;

namespace LegCheck.Web.Features.Diary;

/// <summary>
/// The diary changes only at the request of this app's own pages or a local client, never another site's: a page
/// elsewhere may post a form to 127.0.0.1 (multipart needs no CORS preflight), and the browser says so in
/// <c>Sec-Fetch-Site</c> and <c>Origin</c>. Tools such as curl send neither and are let through.
/// </summary>
internal static class SameSiteWrites
{
    public static async ValueTask<object?> Filter(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var request = context.HttpContext.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && IsForeign(request))
        {
            await DrainAsync(request).ConfigureAwait(false);
            return Problems.Invalid("origin", "the diary only takes changes from LegCheck's own pages", StatusCodes.Status403Forbidden);
        }

        return await next(context);
    }

    // Answering before the upload is read makes Kestrel close the connection while the client is still sending, and
    // the client then sees a reset instead of the 403. Reading (and discarding) a bounded amount lets it see why.
    private const long DrainLimit = 16L * 1024 * 1024;

    private static async Task DrainAsync(HttpRequest request)
    {
        if (request.ContentLength is > DrainLimit)
        {
            return;
        }

        // The general body limit is sized for JSON; an upload being refused may be larger, and it is discarded.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = DrainLimit;
        }

        var buffer = new byte[16 * 1024];
        long total = 0;
        int read;
        while (total < DrainLimit && (read = await request.Body.ReadAsync(buffer, request.HttpContext.RequestAborted).ConfigureAwait(false)) > 0)
        {
            total += read;
        }
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

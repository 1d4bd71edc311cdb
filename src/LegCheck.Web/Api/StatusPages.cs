using System.Text.Encodings.Web;

namespace LegCheck.Web.Api;

/// <summary>
/// Bodies for responses the framework ends without one (no such path, wrong method, wrong content type):
/// Problem Details for API clients, a short HTML page for people in a browser.
/// </summary>
internal static class StatusPages
{
    public static IApplicationBuilder UseStatusPages(this IApplicationBuilder app) => app.UseStatusCodePages(async context =>
    {
        var http = context.HttpContext;
        var status = http.Response.StatusCode;
        var request = http.Request;
        var (field, detail) = status switch
        {
            StatusCodes.Status404NotFound => ("path", "no page or endpoint here; the API is under /api/v1 and described at /openapi/v1.json"),
            StatusCodes.Status405MethodNotAllowed => ("method", $"{request.Method} is not allowed here"),
            StatusCodes.Status415UnsupportedMediaType => ("body", "expected Content-Type application/json"),
            _ => ("request", "the request could not be handled"),
        };

        if (WantsHtml(request))
        {
            http.Response.ContentType = "text/html; charset=utf-8";
            var title = status == StatusCodes.Status404NotFound ? "Page not found" : Problems.TitleFor(status);
            await http.Response.WriteAsync(
                $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" +
                $"<title>{title} · LegCheck</title><link rel=\"stylesheet\" href=\"/assets/app.css\"></head><body><main id=\"main\">" +
                $"<h1>{title}</h1><p>{HtmlEncoder.Default.Encode(status == StatusCodes.Status404NotFound ? "There is nothing at this address" : char.ToUpperInvariant(detail[0]) + detail[1..])}.</p>" +
                "<p><a href=\"/\">Home</a> · <a href=\"/check\">Check my symptoms</a> · <a href=\"/library\">Condition library</a></p></main></body></html>");
            return;
        }

        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = status,
                Title = Problems.TitleFor(status),
                Detail = $"{field}: {detail}",
            },
        });
    });

    private static bool WantsHtml(HttpRequest request) =>
        !request.Path.StartsWithSegments("/api", StringComparison.Ordinal)
        && !request.Path.StartsWithSegments("/openapi", StringComparison.Ordinal)
        && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
}

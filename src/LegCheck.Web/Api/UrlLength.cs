namespace LegCheck.Web.Api;

/// <summary>
/// A 414 as Problem Details. Kestrel answers a request line over its own limit before any middleware runs, with
/// an empty body; so Kestrel's limit is set higher (<see cref="KestrelLimit"/>) and this middleware answers
/// everything between the two limits itself.
/// </summary>
internal static class UrlLength
{
    /// <summary>Longest path and query accepted; the longest real one (a search phrase) is a few hundred bytes.</summary>
    public const int MaxBytes = 8 * 1024;

    public const int KestrelLimit = 32 * 1024;

    public static IApplicationBuilder UseUrlLengthLimit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (request.Path.Value?.Length + request.QueryString.Value?.Length > MaxBytes)
        {
            context.Response.StatusCode = StatusCodes.Status414UriTooLong;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status414UriTooLong,
                    Title = Problems.TitleFor(StatusCodes.Status414UriTooLong),
                    Detail = $"url: longer than the limit of {MaxBytes / 1024} KiB for the path and query",
                },
            });
            return;
        }

        await next(context);
    });
}

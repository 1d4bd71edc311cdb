using Microsoft.AspNetCore.Diagnostics;

namespace LegCheck.Web.Api;

/// <summary>
/// Turns the server's own bad-request errors (body too large, unreadable form, broken framing) into
/// Problem Details with their 4xx status instead of a 500.
/// </summary>
public sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var bad = exception as BadHttpRequestException ?? exception.InnerException as BadHttpRequestException;
        if (bad is null || httpContext.Response.HasStarted)
        {
            return false;
        }

        httpContext.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = bad.StatusCode,
                Title = Problems.TitleFor(bad.StatusCode),
                Detail = $"body: {Describe(bad)}",
            },
        });
    }

    /// <summary>A message that names the limit rather than echoing anything the client sent.</summary>
    public static string Describe(BadHttpRequestException e) => e.StatusCode switch
    {
        StatusCodes.Status413PayloadTooLarge => $"the request body is larger than the limit of {WebApp.MaxBodyBytes / 1024} KiB",
        _ => "the request could not be read (malformed body or framing)",
    };
}

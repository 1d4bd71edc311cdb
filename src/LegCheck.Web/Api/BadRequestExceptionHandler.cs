using Microsoft.AspNetCore.Diagnostics;

namespace LegCheck.Web.Api;

/// <summary>
/// Turns the server's own bad-request errors (body too large, unreadable form, too many form fields, broken
/// framing) into Problem Details with their 4xx status instead of a 500. Being handled here, they are not
/// logged with a stack trace.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var status = StatusOf(exception);
        if (status is null || httpContext.Response.HasStarted)
        {
            return false;
        }

        httpContext.Response.StatusCode = status.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = status.Value,
                Title = Problems.TitleFor(status.Value),
                Detail = $"body: {Describe(exception)}",
            },
        });
    }

    /// <summary>A message that names the limit rather than echoing anything the client sent.</summary>
    public static string Describe(BadHttpRequestException e) => e.StatusCode switch
    {
        StatusCodes.Status413PayloadTooLarge => $"the request body is larger than the limit of {WebApp.MaxBodyBytes / 1024} KiB",
        _ => "the request could not be read (malformed body or framing)",
    };

    private static string Describe(Exception e) => e switch
    {
        BadHttpRequestException bad => Describe(bad),
        _ when e.InnerException is BadHttpRequestException inner => Describe(inner),
        _ => $"the form could not be read: more than {WebApp.MaxFormFields:N0} fields, or a field or key over its length limit",
    };

    private static int? StatusOf(Exception e) => e switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        _ when e.InnerException is BadHttpRequestException inner => inner.StatusCode,

        // FormReader's limits (value count, key and value length) throw InvalidDataException.
        InvalidDataException => StatusCodes.Status400BadRequest,
        _ when e.InnerException is InvalidDataException => StatusCodes.Status400BadRequest,
        _ => null,
    };
}

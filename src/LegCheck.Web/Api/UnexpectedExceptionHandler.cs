using Microsoft.AspNetCore.Diagnostics;

namespace LegCheck.Web.Api;

/// <summary>
/// The last resort for a bug: a 500 Problem Details and one log line naming the exception type and the route,
/// never a stack trace (which could carry request data) and never the body or query (which carry symptoms).
/// </summary>
internal sealed partial class UnexpectedExceptionHandler(IProblemDetailsService problems, ILogger<UnexpectedExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        LogUnexpected(logger, exception.GetType().Name, httpContext.Request.Method, httpContext.Request.Path.Value ?? "/");
        if (httpContext.Response.HasStarted)
        {
            return true;
        }

        httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails =
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "Internal error",
                Detail = "server: the request could not be handled; nothing was stored",
            },
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected {ExceptionType} while handling {Method} {Path}")]
    private static partial void LogUnexpected(ILogger logger, string exceptionType, string method, string path);
}

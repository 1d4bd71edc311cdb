using LegCheck.Core.Input;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LegCheck.Web.Api;

/// <summary>
/// Problem Details (RFC 9457) for API errors. <c>detail</c> is a one-line message naming the field and what
/// was expected; <c>errors</c> maps every offending field to its messages, as ASP.NET Core's validation
/// problems do.
/// </summary>
internal static class Problems
{
    public static ProblemHttpResult Invalid(IReadOnlyList<FieldError> errors, int status = StatusCodes.Status400BadRequest)
    {
        var byField = errors
            .GroupBy(e => e.Field, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);
        return TypedResults.Problem(
            detail: errors.Count == 1 ? errors[0].ToString() : $"{errors[0]} (and {errors.Count - 1} more)",
            statusCode: status,
            title: TitleFor(status),
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["errors"] = byField });
    }

    public static ProblemHttpResult Invalid(string field, string message, int status = StatusCodes.Status400BadRequest) =>
        Invalid([new FieldError(field, message)], status);

    public static ProblemHttpResult NotFound(string field, string message) =>
        Invalid(field, message, StatusCodes.Status404NotFound);

    public static string TitleFor(int status) => status switch
    {
        StatusCodes.Status403Forbidden => "Forbidden",
        StatusCodes.Status404NotFound => "Not found",
        StatusCodes.Status405MethodNotAllowed => "Method not allowed",
        StatusCodes.Status413PayloadTooLarge => "Request body too large",
        StatusCodes.Status414UriTooLong => "Address too long",
        StatusCodes.Status415UnsupportedMediaType => "Unsupported media type",
        StatusCodes.Status429TooManyRequests => "Too many requests",
        StatusCodes.Status503ServiceUnavailable => "Diary unavailable",
        _ => "Invalid request",
    };
}

using LegCheck.Core.Input;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LegCheck.Web.Api;

/// <summary>
/// Reads a request body by hand rather than through model binding, through the same reader as case files
/// (<see cref="CaseDocument"/>), so that malformed JSON, duplicate keys, invalid text, a wrong content type and
/// an oversized body each get a Problem Details response naming the problem, never a 500.
/// </summary>
internal static class JsonBody
{
    /// <summary>Declares, for OpenAPI, the problems <see cref="ReadAsync"/> can answer with.</summary>
    public static RouteHandlerBuilder AcceptsJsonBody<T>(this RouteHandlerBuilder builder)
        where T : notnull =>
        builder.Accepts<T>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    public static async Task<(InputNode? Document, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentType is { Length: > 0 } type && !type.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, Problems.Invalid("body", $"expected Content-Type application/json, got {Echo.Quote(type)}", StatusCodes.Status415UnsupportedMediaType));
        }

        byte[] bytes;
        try
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, ct);
            bytes = buffer.ToArray();
        }
        catch (BadHttpRequestException e)
        {
            return (null, Problems.Invalid("body", BadRequestExceptionHandler.Describe(e), e.StatusCode));
        }

        var document = CaseDocument.Parse(bytes, CaseSyntax.Json);
        return document.TryGet(out var root, out var errors) ? (root, null) : (null, Problems.Invalid(errors));
    }
}

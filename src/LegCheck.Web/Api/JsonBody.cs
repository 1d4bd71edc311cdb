using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LegCheck.Web.Api;

/// <summary>
/// Reads a request body as JSON by hand rather than through model binding, so that malformed JSON,
/// a wrong content type and an oversized body each get a Problem Details response naming the problem.
/// </summary>
public static class JsonBody
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 16 };

    /// <summary>Declares, for OpenAPI, the problems <see cref="ReadAsync"/> can answer with.</summary>
    public static RouteHandlerBuilder AcceptsJsonBody<T>(this RouteHandlerBuilder builder)
        where T : notnull =>
        builder.Accepts<T>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    public static async Task<(JsonDocument? Document, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentType is { Length: > 0 } type && !type.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, Problems.Invalid("body", $"expected Content-Type application/json, got '{type}'", StatusCodes.Status415UnsupportedMediaType));
        }

        try
        {
            var document = await JsonDocument.ParseAsync(request.Body, Options, ct);
            return (document, null);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}, byte {e.BytePositionInLine + 1}" : "";
            return (null, Problems.Invalid("body", $"expected a JSON object, but the body is not valid JSON{where}"));
        }
        catch (BadHttpRequestException e)
        {
            return (null, Problems.Invalid("body", BadRequestExceptionHandler.Describe(e), e.StatusCode));
        }
    }
}

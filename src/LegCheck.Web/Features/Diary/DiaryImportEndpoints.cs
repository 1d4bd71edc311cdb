using LegCheck.Core.Input;
using LegCheck.Diary.Import;
using LegCheck.Web.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LegCheck.Web.Features.Diary;

/// <summary><c>POST /api/v1/diary/import</c>: activity files uploaded as multipart, imported as <c>legcheck import</c> imports them.</summary>
internal static class DiaryImportEndpoints
{
    public static RouteGroupBuilder MapDiaryImport(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapPost("/import", ImportAsync)
            .WithName("DiaryImport")
            .WithSummary("Import activity files: FIT, GPX, TCX, .gz and zip exports (Strava, Garmin Connect)")
            .WithDescription(
                "The body is multipart/form-data with one or more files (any field name); a field lenient=true (or ?lenient=true) relaxes FIT CRC checks. " +
                "The answer is what `legcheck import --json` prints: the totals and each file's result (imported, partly_recovered, duplicate, already_imported, not_a_run, not_an_activity, error) with its reason. " +
                "Each file is stored on its own, so a bad file never stops the others; when no file could be read at all the answer is a 422 Problem Details naming each file. " +
                "Uploads over the size or file-count limit are a 413.")
            .Accepts<IFormFileCollection>("multipart/form-data")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return group;
    }

    private static async Task<Results<DiaryJsonOk, ProblemHttpResult>> ImportAsync(HttpRequest request, DiaryUploads uploads, IDiaryImports imports, CurrentUser user, CancellationToken ct)
    {
        var (outcome, problem) = await DiaryImport.ReceiveAndImportAsync(request, uploads, imports, user, ct);
        if (outcome is null)
        {
            return problem!;
        }

        if (outcome.Summary.Errors > 0 && outcome.Summary.Errors == outcome.Summary.Files)
        {
            return Problems.Invalid(
                [.. outcome.Results.Select(r => new FieldError(r.Path, ImportJson.Reason(r)))],
                StatusCodes.Status422UnprocessableEntity);
        }

        return new DiaryJsonOk(ImportJson.Write(outcome.Results, outcome.Summary));
    }
}

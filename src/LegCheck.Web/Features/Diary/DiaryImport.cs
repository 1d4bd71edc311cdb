using LegCheck.Activities.Archives;
using LegCheck.Diary;
using LegCheck.Diary.Import;

namespace LegCheck.Web.Features.Diary;

/// <summary>What one upload gave, file by file, and the totals.</summary>
internal sealed record ImportOutcome(IReadOnlyList<FileImportResult> Results, ImportSummary Summary);

/// <summary>
/// Imports an upload as <c>legcheck import</c> imports files: the same importer, so the same runs, duplicates and
/// reasons; each file in its own transaction, so one bad file never stops the good ones.
/// </summary>
internal static class DiaryImport
{
    public static async Task<(ImportOutcome? Outcome, Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult? Problem)> ReceiveAndImportAsync(
        HttpRequest request, DiaryUploads uploads, IDiaryImports imports, CurrentUser user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(uploads);
        ArgumentNullException.ThrowIfNull(imports);
        ArgumentNullException.ThrowIfNull(user);
        var folder = uploads.NewUploadFolder();
        try
        {
            var (upload, problem) = await UploadReceiver.ReceiveAsync(request, uploads.Options, folder, ct).ConfigureAwait(false);
            if (upload is null)
            {
                return (null, problem);
            }

            var lenient = IsOn(upload.Fields.GetValueOrDefault("lenient")) || IsOn(request.Query["lenient"]);
            var options = lenient ? ImportOptions.Lenient : ImportOptions.Default;
            var results = new List<FileImportResult>();
            ImportSummary summary;
            try
            {
                summary = await imports.ImportAsync(user.Id, ActivityInputs.Expand(upload.Files, options.Limits), options, results.Add, ct).ConfigureAwait(false);
            }
            catch (DiaryException ex)
            {
                throw new DiaryUnavailableException(ex.Message, ex);
            }

            return (new ImportOutcome(results, summary), null);
        }
        finally
        {
            DeleteQuietly(folder);
        }
    }

    private static bool IsOn(string? value) => value is not null && (value.Equals("true", StringComparison.OrdinalIgnoreCase) || value.Equals("on", StringComparison.OrdinalIgnoreCase) || value == "1");

    private static void DeleteQuietly(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A leftover private folder is harmless, and the next import does not need it.
        }
    }
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using LegCheck.Diary.Json;
using LegCheck.Json;

namespace LegCheck.Diary.Import;

/// <summary>
/// The import report as JSON (<c>legcheck import --json</c> and <c>POST /api/v1/diary/import</c>): the totals, then
/// each file with its result, reason, runs stored, duplicates (with the copy kept) and warnings.
/// </summary>
public static class ImportJson
{
    public static string Write(IReadOnlyList<FileImportResult> results, ImportSummary summary)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(summary);
        var json = new ImportReportJson(
            summary.Imported,
            summary.Duplicates,
            summary.Recovered,
            summary.NotRuns,
            summary.NotActivities,
            summary.Errors,
            summary.AlreadyImported,
            [.. results.Select(File)]);
        return JsonSerializer.Serialize(json, DiaryJsonContext.Compact.ImportReportJson);
    }

    /// <summary>The result's name in the JSON: imported, partly_recovered, duplicate, already_imported, not_a_run, not_an_activity, error.</summary>
    public static string StatusName(FileImportStatus status) => SnakeCaseEnumConverter<FileImportStatus>.Id(status);

    /// <summary>The message without the file's name in front, and without repeating the result's own label.</summary>
    public static string Reason(FileImportResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = result.Message ?? "";
        var prefix = result.Path + ": ";
        if (text.StartsWith(prefix, StringComparison.Ordinal))
        {
            text = text[prefix.Length..];
        }

        foreach (var label in new[] { "not a run: ", "partly recovered: " })
        {
            if (text.StartsWith(label, StringComparison.Ordinal))
            {
                return text[label.Length..];
            }
        }

        foreach (var label in new[] { "not a run (", "not an activity (" })
        {
            if (text.StartsWith(label, StringComparison.Ordinal) && text.EndsWith(')'))
            {
                return text[label.Length..^1];
            }
        }

        return text;
    }

    private static ImportedFileJson File(FileImportResult result) => new(
        result.Path,
        result.Status,
        result.Message is null ? null : Reason(result),
        [.. result.Runs.Select(run => new ImportedRunJson(
            run.Id,
            run.LocalStart.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            Math.Round(run.DistanceKm, 2, MidpointRounding.AwayFromZero),
            run.Name,
            run.PartlyRecovered))],
        result.Duplicates.Count > 0 ? [.. result.Duplicates.Select(d => new DuplicateJson(d.RunId, d.KeptFile, d.OtherFile))] : null,
        result.Warnings);
}

// The report's JSON objects, fields in the order they are printed; the optional ones are left out, not null.
internal sealed record ImportReportJson(
    int Imported, int Duplicates, int PartlyRecovered, int NotRuns, int NotActivities, int Errors, int AlreadyImported, IReadOnlyList<ImportedFileJson> Files);

internal sealed record ImportedFileJson(
    string File,
    FileImportStatus Result,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Reason,
    IReadOnlyList<ImportedRunJson> Runs,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<DuplicateJson>? Duplicates,
    IReadOnlyList<string> Warnings);

internal sealed record ImportedRunJson(
    long Id, string Start, double DistanceKm, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Name, bool PartlyRecovered);

internal sealed record DuplicateJson(long RunId, string Kept, string Other);

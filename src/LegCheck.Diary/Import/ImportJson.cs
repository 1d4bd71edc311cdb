using System.Globalization;
using System.Text.Json;
using LegCheck.Diary.Json;

namespace LegCheck.Diary.Import;

/// <summary>
/// The import report as JSON (<c>legcheck import --json</c> and <c>POST /api/v1/diary/import</c>): the totals, then
/// each file with its result, reason, runs stored, duplicates (with the copy kept) and warnings.
/// </summary>
public static class ImportJson
{
    public static string Write(IReadOnlyList<FileImportResult> results, ImportSummary summary) => JsonText.Compact(w =>
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(summary);
        w.WriteStartObject();
        w.WriteNumber("imported", summary.Imported);
        w.WriteNumber("duplicates", summary.Duplicates);
        w.WriteNumber("partly_recovered", summary.Recovered);
        w.WriteNumber("not_runs", summary.NotRuns);
        w.WriteNumber("not_activities", summary.NotActivities);
        w.WriteNumber("errors", summary.Errors);
        w.WriteNumber("already_imported", summary.AlreadyImported);
        w.WriteStartArray("files");
        foreach (var result in results)
        {
            WriteFile(w, result);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary>The result's name in the JSON: imported, partly_recovered, duplicate, already_imported, not_a_run, not_an_activity, error.</summary>
    public static string StatusName(FileImportStatus status) => status switch
    {
        FileImportStatus.Imported => "imported",
        FileImportStatus.Recovered => "partly_recovered",
        FileImportStatus.Duplicate => "duplicate",
        FileImportStatus.AlreadyImported => "already_imported",
        FileImportStatus.NotARun => "not_a_run",
        FileImportStatus.NotAnActivity => "not_an_activity",
        _ => "error",
    };

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

    private static void WriteFile(Utf8JsonWriter w, FileImportResult result)
    {
        w.WriteStartObject();
        w.WriteString("file", result.Path);
        w.WriteString("result", StatusName(result.Status));
        if (result.Message is not null)
        {
            w.WriteString("reason", Reason(result));
        }

        w.WriteStartArray("runs");
        foreach (var run in result.Runs)
        {
            w.WriteStartObject();
            w.WriteNumber("id", run.Id);
            w.WriteString("start", run.LocalStart.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
            w.WriteNumber("distance_km", Math.Round(run.DistanceKm, 2, MidpointRounding.AwayFromZero));
            if (run.Name is not null)
            {
                w.WriteString("name", run.Name);
            }

            w.WriteBoolean("partly_recovered", run.PartlyRecovered);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (result.Duplicates.Count > 0)
        {
            w.WriteStartArray("duplicates");
            foreach (var d in result.Duplicates)
            {
                w.WriteStartObject();
                w.WriteNumber("run_id", d.RunId);
                w.WriteString("kept", d.KeptFile);
                w.WriteString("other", d.OtherFile);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteStartArray("warnings");
        foreach (var warning in result.Warnings)
        {
            w.WriteStringValue(warning);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}

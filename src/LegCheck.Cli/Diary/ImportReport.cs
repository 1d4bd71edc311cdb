using System.Globalization;
using System.Text.Json;
using LegCheck.Cli.Output;
using LegCheck.Diary.Import;
using LegCheck.Diary.Units;

namespace LegCheck.Cli.Diary;

/// <summary>
/// What the runner sees after an import: one line per file that did something worth knowing (each run imported,
/// partly recovered, duplicates with the copy kept, not runs and not activities with their reasons; with
/// <c>--verbose</c> also files already imported), then the totals. Errors went to standard error as they came.
/// </summary>
internal static class ImportReport
{
    private const int LabelWidth = 16;

    public static void WriteText(CliContext ctx, IReadOnlyList<FileImportResult> results, ImportSummary summary, DistanceUnit unit, bool verbose)
    {
        foreach (var result in results)
        {
            switch (result.Status)
            {
                case FileImportStatus.Imported or FileImportStatus.Recovered:
                    foreach (var run in result.Runs)
                    {
                        var name = run.Name is { } n ? $"  \"{n}\"" : "";
                        DiaryCli.Line(ctx, Label(run.PartlyRecovered ? "recovered" : "imported")
                            + string.Create(CultureInfo.InvariantCulture, $"{run.LocalStart:yyyy-MM-dd HH:mm}  {Distances.Format(run.DistanceKm, unit),9}{name}  {result.Path}"));
                    }

                    if (result.Status == FileImportStatus.Recovered)
                    {
                        DiaryCli.Line(ctx, Label("") + Reason(result));
                    }

                    break;
                case FileImportStatus.Duplicate:
                    DiaryCli.Line(ctx, Label("duplicate") + result.Message);
                    break;
                case FileImportStatus.NotARun:
                    DiaryCli.Line(ctx, Label("not a run") + $"{result.Path}: {Reason(result)}");
                    break;
                case FileImportStatus.NotAnActivity:
                    DiaryCli.Line(ctx, Label("not an activity") + $"{result.Path}: {Reason(result)}");
                    break;
                case FileImportStatus.AlreadyImported when verbose:
                    DiaryCli.Line(ctx, Label("already there") + result.Path);
                    break;
            }
        }

        DiaryCli.Line(ctx, summary.ToString());
    }

    /// <summary>Warnings of each file, for <c>--verbose</c>, on standard error.</summary>
    public static void WriteWarnings(CliContext ctx, FileImportResult result, bool json)
    {
        foreach (var warning in result.Warnings)
        {
            CliOutput.Warning(ctx, $"{result.Path}: {warning}", json);
        }
    }

    public static string Json(IReadOnlyList<FileImportResult> results, ImportSummary summary) => CliOutput.JsonLine(w =>
    {
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

    private static void WriteFile(Utf8JsonWriter w, FileImportResult result)
    {
        w.WriteStartObject();
        w.WriteString("file", result.Path);
        w.WriteString("result", result.Status switch
        {
            FileImportStatus.Imported => "imported",
            FileImportStatus.Recovered => "partly_recovered",
            FileImportStatus.Duplicate => "duplicate",
            FileImportStatus.AlreadyImported => "already_imported",
            FileImportStatus.NotARun => "not_a_run",
            FileImportStatus.NotAnActivity => "not_an_activity",
            _ => "error",
        });
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

    private static string Label(string text) => text.PadRight(LabelWidth);

    /// <summary>The message without the file's name in front, and without repeating the result's own label.</summary>
    private static string Reason(FileImportResult result)
    {
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
}

using System.CommandLine;
using LegCheck.Diary;
using LegCheck.Diary.Import;
using LegCheck.Diary.Storage;
using Spectre.Console;

namespace LegCheck.Cli.Diary;

/// <summary>
/// <c>legcheck import FILE|DIR...</c>: imports FIT, GPX and TCX files (folders recursively). Each file is committed on
/// its own, so an interrupted import keeps what it finished. A bad file gets one error line; the rest still import.
/// </summary>
public static class ImportCommand
{
    /// <summary>From this many files on, an interactive console shows a progress bar.</summary>
    private const int ProgressBarFrom = 20;

    public static Command Create(CliContext ctx)
    {
        var paths = new Argument<string[]>("path") { Description = "Activity files or folders", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print the summary as one JSON object (errors as JSON lines on standard error)" };
        var lenient = new Option<bool>("--lenient") { Description = "Relax FIT CRC checks: read files whose CRC is missing or wrong, or whose end is cut off" };
        var command = new Command("import", "Import runs from FIT, GPX and TCX files, folders, .gz files and zip exports (Strava, Garmin)");
        command.Arguments.Add(paths);
        command.Options.Add(json);
        command.Options.Add(lenient);
        command.SetAction((parse, cancellationToken) => Task.FromResult(
            DiaryCli.WithDiary(ctx, parse, DiaryAccess.Write, diary => Run(
                ctx, diary, parse.GetValue(paths)!, parse.GetValue(json), parse.GetValue(lenient) ? ImportOptions.Lenient : ImportOptions.Default, cancellationToken))));
        return command;
    }

    private static int Run(CliContext ctx, DiaryDatabase db, string[] paths, bool json, ImportOptions options, CancellationToken cancellationToken)
    {
        var files = ActivityImporter.ExpandPaths(paths);
        if (files.Count == 0)
        {
            throw new DiaryException($"{string.Join(", ", paths)}: no FIT, GPX or TCX files found.");
        }

        var importer = new ActivityImporter(db, ctx.Time, options);
        var summary = ImportSummary.Empty;
        var errors = new List<string>();
        // Progress is not data: it goes to standard error, and only when that is a terminal that can redraw a bar.
        var showProgress = files.Count >= ProgressBarFrom && ctx.Error.Profile.Capabilities.Interactive && ctx.Error.Profile.Capabilities.Ansi;
        try
        {
            if (showProgress)
            {
                // Error lines wait until the bar is gone, so they do not tear through it.
                ctx.Error.Progress().Start(progress =>
                {
                    var task = progress.AddTask("Importing", maxValue: files.Count);
                    importer.ImportAll(files, result =>
                    {
                        summary = summary.Add(result);
                        if (result.Status == FileImportStatus.Error)
                        {
                            errors.Add(result.Message!);
                        }

                        task.Increment(1);
                    }, cancellationToken);
                });
            }
            else
            {
                importer.ImportAll(files, result =>
                {
                    summary = summary.Add(result);
                    if (result.Status == FileImportStatus.Error)
                    {
                        DiaryCli.Error(ctx, result.Message!, json);
                    }
                }, cancellationToken);
            }
        }
        finally
        {
            foreach (var error in errors)
            {
                DiaryCli.Error(ctx, error, json);
            }

            DiaryCli.Line(ctx, json ? SummaryJson(summary) : summary.ToString());
        }

        return summary.Errors > 0 ? ExitCodes.Failure : ExitCodes.Success;
    }

    private static string SummaryJson(ImportSummary summary) => Output.CliOutput.JsonLine(w =>
    {
        w.WriteStartObject();
        w.WriteNumber("imported", summary.Imported);
        w.WriteNumber("duplicates", summary.Duplicates);
        w.WriteNumber("partly_recovered", summary.Recovered);
        w.WriteNumber("not_runs", summary.NotRuns);
        w.WriteNumber("not_activities", summary.NotActivities);
        w.WriteNumber("errors", summary.Errors);
        w.WriteNumber("already_imported", summary.AlreadyImported);
        w.WriteEndObject();
    });
}

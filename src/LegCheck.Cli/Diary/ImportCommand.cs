using System.CommandLine;
using LegCheck.Activities.Archives;
using LegCheck.Diary;
using LegCheck.Diary.Import;
using LegCheck.Diary.Storage;
using Spectre.Console;

namespace LegCheck.Cli.Diary;

/// <summary>
/// <c>legcheck import FILE|DIR|ZIP...</c>: imports FIT, GPX and TCX files, folders (recursively), .gz files and zip
/// exports (Strava, Garmin Connect). Each file is committed on its own, so an interrupted import keeps what it
/// finished. A bad file gets one error line on standard error; the rest still import. The report on standard output
/// names every run imported and every file skipped, with why.
/// </summary>
internal static class ImportCommand
{
    /// <summary>From this many files on, an interactive console shows a progress bar.</summary>
    private const int ProgressBarFrom = 20;

    public static Command Create(CliContext ctx)
    {
        var paths = new Argument<string[]>("path") { Description = "Activity files, folders, .gz files or zip exports (Strava, Garmin Connect)", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print the report as one JSON object (errors as JSON lines on standard error)" };
        var lenient = new Option<bool>("--lenient") { Description = "Relax FIT CRC checks: read files whose CRC is missing or wrong, or whose end is cut off" };
        var verbose = new Option<bool>("--verbose") { Description = "Also list each file's warnings (on standard error) and the files already imported" };
        var units = UnitsCli.Option();
        var command = new Command("import", "Import runs from FIT, GPX and TCX files, folders, .gz files and zip exports (Strava, Garmin)");
        command.Arguments.Add(paths);
        foreach (var option in new Option[] { json, lenient, verbose, units })
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, cancellationToken) => DiaryCli.WithDiary(ctx, parse, DiaryAccess.Write, async (local, diary) =>
        {
            var choices = new Choices(
                parse.GetValue(json), parse.GetValue(verbose), parse.GetValue(lenient) ? ImportOptions.Lenient : ImportOptions.Default,
                await UnitsCli.ResolveAsync(ctx, parse, units, diary, cancellationToken));

            // The import commits file by file on its own, so the unit that opened (and, if need be, created) the diary ends first.
            await diary.DisposeAsync();
            return await RunAsync(ctx, local, parse.GetValue(paths)!, choices, cancellationToken);
        }, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext ctx, ILocalDiary diary, string[] paths, Choices choices, CancellationToken cancellationToken)
    {
        var files = ImportPaths.Expand(paths);
        if (files.Count == 0)
        {
            throw new DiaryException($"{string.Join(", ", paths)}: no FIT, GPX, TCX, .gz or zip files found.");
        }

        Task<ImportSummary> ImportAll(Action<FileImportResult> onFile) =>
            diary.Imports.ImportAsync(LocalUser.Id, ActivityInputs.Expand(files, choices.Options.Limits), choices.Options, onFile, cancellationToken);
        var summary = ImportSummary.Empty;
        var results = new List<FileImportResult>();
        var held = new List<FileImportResult>();

        // Progress is not data: it goes to standard error, and only when that is a terminal that can redraw a bar.
        var showProgress = files.Count >= ProgressBarFrom && ctx.Error.Profile.Capabilities.Interactive && ctx.Error.Profile.Capabilities.Ansi;
        void OnFile(FileImportResult result, bool hold)
        {
            summary = summary.Add(result);
            results.Add(result);
            if (hold)
            {
                // Lines wait until the bar is gone, so they do not tear through it.
                held.Add(result);
            }
            else
            {
                Problems(ctx, result, choices);
            }
        }

        try
        {
            if (showProgress)
            {
                await ctx.Error.Progress().StartAsync(async progress =>
                {
                    var task = progress.AddTask("Importing", maxValue: files.Count);
                    await ImportAll(result =>
                    {
                        OnFile(result, hold: true);
                        task.Value = Math.Min(files.Count, task.Value + 1);
                    });
                });
            }
            else
            {
                await ImportAll(result => OnFile(result, hold: false));
            }
        }
        finally
        {
            foreach (var result in held)
            {
                Problems(ctx, result, choices);
            }

            if (choices.Json)
            {
                DiaryCli.Line(ctx, ImportReport.Json(results, summary));
            }
            else
            {
                ImportReport.WriteText(ctx, results, summary, choices.Unit, choices.Verbose);
            }
        }

        return summary.Errors > 0 ? ExitCodes.Failure : ExitCodes.Success;
    }

    private static void Problems(CliContext ctx, FileImportResult result, Choices choices)
    {
        if (result.Status == FileImportStatus.Error)
        {
            DiaryCli.Error(ctx, result.Message!, choices.Json);
        }

        if (choices.Verbose)
        {
            ImportReport.WriteWarnings(ctx, result, choices.Json);
        }
    }

    private sealed record Choices(bool Json, bool Verbose, ImportOptions Options, LegCheck.Diary.Units.DistanceUnit Unit);
}

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
        var db = DiaryCli.DbOption();
        var paths = new Argument<string[]>("path") { Description = "Activity files or folders", Arity = ArgumentArity.OneOrMore };
        var command = new Command("import", "Import runs from FIT, GPX and TCX files or folders");
        command.Arguments.Add(paths);
        command.Options.Add(db);
        command.SetAction((parse, cancellationToken) => Task.FromResult(
            DiaryCli.WithDiary(ctx, parse, db, diary => Run(ctx, diary, parse.GetValue(paths)!, cancellationToken))));
        return command;
    }

    private static int Run(CliContext ctx, DiaryDatabase db, string[] paths, CancellationToken cancellationToken)
    {
        var files = ActivityImporter.ExpandPaths(paths);
        if (files.Count == 0)
        {
            throw new DiaryException($"{string.Join(", ", paths)}: no FIT, GPX or TCX files found.");
        }

        var importer = new ActivityImporter(db, ctx.Time);
        var summary = ImportSummary.Empty;
        var errors = new List<string>();
        var showProgress = files.Count >= ProgressBarFrom && ctx.Console.Profile.Capabilities.Interactive;
        try
        {
            if (showProgress)
            {
                // Error lines wait until the bar is gone, so they do not tear through it.
                ctx.Console.Progress().Start(progress =>
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
                        DiaryCli.Error(ctx, result.Message!);
                    }
                }, cancellationToken);
            }
        }
        finally
        {
            foreach (var error in errors)
            {
                DiaryCli.Error(ctx, error);
            }

            DiaryCli.Line(ctx, summary.ToString());
        }

        return summary.Errors > 0 ? 1 : 0;
    }
}

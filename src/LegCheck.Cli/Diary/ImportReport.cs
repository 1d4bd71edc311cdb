using LegCheck.Cli.Output;
using LegCheck.Diary.Import;
using LegCheck.Diary.Units;

namespace LegCheck.Cli.Diary;

/// <summary>
/// What the runner sees after an import: one line per file that did something worth knowing (each run imported,
/// partly recovered, duplicates with the copy kept, not runs and not activities with their reasons; with
/// <c>--verbose</c> also files already imported), then the totals. Errors went to standard error as they came.
/// The lines and the JSON are shared with the web app (<see cref="ImportLines"/>, <see cref="ImportJson"/>).
/// </summary>
internal static class ImportReport
{
    private const int LabelWidth = 16;

    public static void WriteText(CliContext ctx, IReadOnlyList<FileImportResult> results, ImportSummary summary, DistanceUnit unit, bool verbose)
    {
        foreach (var line in ImportLines.For(results, unit, verbose, withErrors: false))
        {
            DiaryCli.Line(ctx, line.Label.PadRight(LabelWidth) + line.Text);
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

    public static string Json(IReadOnlyList<FileImportResult> results, ImportSummary summary) => ImportJson.Write(results, summary);
}

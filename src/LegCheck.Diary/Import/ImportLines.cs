using System.Globalization;
using LegCheck.Diary.Units;

namespace LegCheck.Diary.Import;

/// <summary>One line of the import summary: what happened (imported, duplicate, not a run, ...) and the details.</summary>
public sealed record ImportLine(string Label, string Text, FileImportStatus Status);

/// <summary>
/// The import summary's lines, shared by the terminal report and the web page: each run imported or partly recovered
/// (with why it is partial), duplicates with the copy kept, not runs and not activities with their reasons, errors,
/// and with <c>verbose</c> also files already imported. The totals line is <see cref="ImportSummary.ToString"/>.
/// </summary>
public static class ImportLines
{
    public static IReadOnlyList<ImportLine> For(IEnumerable<FileImportResult> results, DistanceUnit unit, bool verbose, bool withErrors)
    {
        ArgumentNullException.ThrowIfNull(results);
        var lines = new List<ImportLine>();
        foreach (var result in results)
        {
            switch (result.Status)
            {
                case FileImportStatus.Imported or FileImportStatus.Recovered:
                    foreach (var run in result.Runs)
                    {
                        var name = run.Name is { } n ? $"  \"{n}\"" : "";
                        lines.Add(new(
                            run.PartlyRecovered ? "recovered" : "imported",
                            string.Create(CultureInfo.InvariantCulture, $"{run.LocalStart:yyyy-MM-dd HH:mm}  {Distances.Format(run.DistanceKm, unit),9}{name}  {result.Path}"),
                            result.Status));
                    }

                    if (result.Status == FileImportStatus.Recovered)
                    {
                        lines.Add(new("", ImportJson.Reason(result), result.Status));
                    }

                    break;
                case FileImportStatus.Duplicate:
                    lines.Add(new("duplicate", result.Message ?? result.Path, result.Status));
                    break;
                case FileImportStatus.NotARun:
                    lines.Add(new("not a run", $"{result.Path}: {ImportJson.Reason(result)}", result.Status));
                    break;
                case FileImportStatus.NotAnActivity:
                    lines.Add(new("not an activity", $"{result.Path}: {ImportJson.Reason(result)}", result.Status));
                    break;
                case FileImportStatus.AlreadyImported when verbose:
                    lines.Add(new("already there", result.Path, result.Status));
                    break;
                case FileImportStatus.Error when withErrors:
                    lines.Add(new("error", $"{result.Path}: {ImportJson.Reason(result)}", result.Status));
                    break;
            }
        }

        return lines;
    }
}

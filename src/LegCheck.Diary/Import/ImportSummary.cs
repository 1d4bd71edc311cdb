namespace LegCheck.Diary.Import;

/// <summary>
/// Totals for one import. Runs: imported (recovered ones included), duplicates. Files: partly recovered, not runs,
/// not activities, errors, already imported (known content, or every run already there).
/// </summary>
public sealed record ImportSummary(int Imported, int NotRuns, int NotActivities, int Errors, int AlreadyImported)
{
    public static ImportSummary Empty { get; } = new(0, 0, 0, 0, 0);

    public int Duplicates { get; init; }

    public int Recovered { get; init; }

    public int Files { get; init; }

    public ImportSummary Add(FileImportResult file) => this with
    {
        Files = Files + 1,
        Imported = Imported + file.RunsImported,
        Duplicates = Duplicates + file.Duplicates.Count,
        Recovered = Recovered + (file.Status == FileImportStatus.Recovered ? 1 : 0),
        AlreadyImported = AlreadyImported + (file.Status == FileImportStatus.AlreadyImported ? 1 : 0),
        NotRuns = NotRuns + (file.Status == FileImportStatus.NotARun ? 1 : 0),
        NotActivities = NotActivities + (file.Status == FileImportStatus.NotAnActivity ? 1 : 0),
        Errors = Errors + (file.Status == FileImportStatus.Error ? 1 : 0),
    };

    public override string ToString() =>
        $"imported {Imported} runs, {Duplicates} duplicates, {NotRuns} not runs, {NotActivities} not activities, {Recovered} partly recovered, {Errors} errors, {AlreadyImported} already imported";
}

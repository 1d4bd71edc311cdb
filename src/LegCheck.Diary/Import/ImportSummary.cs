namespace LegCheck.Diary.Import;

/// <summary>Totals for one import: runs imported and skipped, and files that gave no run.</summary>
public sealed record ImportSummary(int Imported, int NotRuns, int NotActivities, int Errors, int AlreadyImported)
{
    public static ImportSummary Empty { get; } = new(0, 0, 0, 0, 0);

    public ImportSummary Add(FileImportResult file) => this with
    {
        Imported = Imported + file.RunsImported,
        AlreadyImported = AlreadyImported + file.RunsAlreadyImported,
        NotRuns = NotRuns + (file.Status == FileImportStatus.NotARun ? 1 : 0),
        NotActivities = NotActivities + (file.Status == FileImportStatus.NotAnActivity ? 1 : 0),
        Errors = Errors + (file.Status == FileImportStatus.Error ? 1 : 0),
    };

    public override string ToString() =>
        $"imported {Imported} runs, {NotRuns} not runs, {NotActivities} not activities, {Errors} errors, {AlreadyImported} already imported";
}

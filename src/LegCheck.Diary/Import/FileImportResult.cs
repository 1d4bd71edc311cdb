namespace LegCheck.Diary.Import;

/// <summary>What happened to one file.</summary>
public enum FileImportStatus
{
    /// <summary>At least one new run was stored.</summary>
    Imported,

    /// <summary>Every run in the file was already in the diary.</summary>
    AlreadyImported,

    /// <summary>A valid activity, but not running; nothing stored.</summary>
    NotARun,

    /// <summary>A valid file that holds no activity; nothing stored.</summary>
    NotAnActivity,

    /// <summary>Missing, unreadable or corrupt; nothing stored.</summary>
    Error,
}

/// <summary>The outcome of importing one file; for errors, <see cref="Message"/> is one line naming the file and the problem.</summary>
public sealed record FileImportResult(
    string Path,
    FileImportStatus Status,
    int RunsImported,
    int RunsAlreadyImported,
    string? Message,
    IReadOnlyList<string> Warnings);

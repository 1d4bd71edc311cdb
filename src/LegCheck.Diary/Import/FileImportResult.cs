using System.Text.Json.Serialization;
using LegCheck.Json;

namespace LegCheck.Diary.Import;

/// <summary>What happened to one file.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<FileImportStatus>))]
public enum FileImportStatus
{
    /// <summary>At least one new run was stored.</summary>
    Imported,

    /// <summary>New runs were stored from a damaged file: what decoded before the damage.</summary>
    [JsonStringEnumMemberName("partly_recovered")]
    Recovered,

    /// <summary>Its runs were already in the diary from another file (or format); the summary says which copy was kept.</summary>
    Duplicate,

    /// <summary>Known: the same content was imported before (or earlier in this import), or every run in it was already there.</summary>
    AlreadyImported,

    /// <summary>A valid activity, but not a run (another sport, or too short, too long or too fast to be one); nothing stored.</summary>
    NotARun,

    /// <summary>A valid file that holds no activity; nothing stored.</summary>
    NotAnActivity,

    /// <summary>Missing, unreadable, corrupt or refused by the archive limits; nothing stored.</summary>
    Error,
}

/// <summary>A run stored by an import.</summary>
public sealed record ImportedRun(long Id, DateTimeOffset LocalStart, double DistanceKm, string? Name, bool PartlyRecovered);

/// <summary>
/// The same run in two files (start within 60 s, distance within 2%): <see cref="KeptFile"/> is the copy the diary
/// keeps, the richer one (FIT over TCX over GPX, then the one with more measurements).
/// </summary>
public sealed record DuplicateRun(long RunId, string KeptFile, string OtherFile, bool KeptThisFile);

/// <summary>
/// The outcome of importing one file; <see cref="Message"/> is one line naming the file and what happened
/// (the reason for anything but a plain import).
/// </summary>
public sealed record FileImportResult(
    string Path,
    FileImportStatus Status,
    int RunsImported,
    int RunsAlreadyImported,
    string? Message,
    IReadOnlyList<string> Warnings)
{
    public IReadOnlyList<ImportedRun> Runs { get; init; } = [];

    public IReadOnlyList<DuplicateRun> Duplicates { get; init; } = [];
}

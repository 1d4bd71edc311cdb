using LegCheck.Activities.Archives;

namespace LegCheck.Diary.Import;

/// <summary>
/// Imports activity files into one user's diary, as <see cref="ActivityImporter"/> does: each file in its own
/// transaction, so one bad file never stops the good ones. The store seam's way in for the web, which never opens
/// the diary file itself.
/// </summary>
public interface IDiaryImports
{
    /// <summary>Imports the inputs in order, telling <paramref name="onFile"/> about each file as it is committed.</summary>
    /// <exception cref="DiaryException">The diary cannot be opened (damaged, from a newer LegCheck, not a diary).</exception>
    Task<ImportSummary> ImportAsync(
        string userId, IEnumerable<ActivityInput> inputs, ImportOptions options, Action<FileImportResult>? onFile, CancellationToken cancellationToken = default);
}

using LegCheck.Activities;
using LegCheck.Activities.Archives;
using LegCheck.Diary.Model;
using LegCheck.Diary.Storage;

namespace LegCheck.Diary.Import;

/// <summary>Stores the runs of one file inside the file's transaction: new runs, runs already there, and duplicates.</summary>
internal sealed class RunWriter(ImportRows rows, TimeProvider time, ImportOptions options, StoreContext context)
{
    public async Task<FileImportResult> StoreAsync(ActivityInput input, List<Activity> runs, ReadOutcome outcome, CancellationToken cancellationToken)
    {
        var path = input.DisplayPath;
        var fileName = input.FileName;
        var imported = new List<ImportedRun>();
        var duplicates = new List<DuplicateRun>();
        var already = 0;
        foreach (var found in runs)
        {
            // Checked inside the transaction so that a cancelled file is rolled back whole.
            cancellationToken.ThrowIfCancellationRequested();
            var activity = input.Export?.Name is { } exportName ? found with { Name = exportName } : found;
            if (await rows.Runs.ContainsAsync(activity.Key, cancellationToken).ConfigureAwait(false))
            {
                already++;
                continue;
            }

            var record = new RunRecord
            {
                Activity = activity,
                UtcOffset = LocalOffset(activity),
                OffsetFromFile = activity.UtcOffset is not null,
                FileName = fileName,
                ImportedAt = time.GetLocalNow(),
                ShoeId = await ShoeForAsync(input.Export, activity, cancellationToken).ConfigureAwait(false) ?? context.DefaultShoe,
            };
            if (await RunDuplicates.FindAsync(rows.Runs, activity, options, cancellationToken).ConfigureAwait(false) is { } twin)
            {
                var keepNew = RunDuplicates.IsRicher(activity, twin.Activity);
                if (keepNew)
                {
                    await rows.Runs.ReplaceRecordingAsync(twin.Id, record, cancellationToken).ConfigureAwait(false);
                }

                duplicates.Add(new DuplicateRun(twin.Id, keepNew ? fileName : twin.FileName, keepNew ? twin.FileName : fileName, keepNew));
                continue;
            }

            var id = await rows.Runs.InsertAsync(record, cancellationToken).ConfigureAwait(false);
            imported.Add(new ImportedRun(id, record.LocalStart, record.DistanceKm, activity.Name, activity.PartlyRecovered));
        }

        var recovered = imported.Exists(r => r.PartlyRecovered);
        var status = imported.Count > 0 ? (recovered ? FileImportStatus.Recovered : FileImportStatus.Imported)
            : duplicates.Count > 0 ? FileImportStatus.Duplicate
            : FileImportStatus.AlreadyImported;
        var message = status switch
        {
            FileImportStatus.Recovered => outcome.Message ?? $"{path}: partly recovered",
            FileImportStatus.Duplicate => $"{path}: {string.Join("; ", duplicates.Select(Describe))}",
            FileImportStatus.AlreadyImported => $"{path}: already imported",
            _ => null,
        };
        return new FileImportResult(path, status, imported.Count, already, message, outcome.Warnings)
        {
            Runs = imported,
            Duplicates = duplicates,
        };
    }

    private static string Describe(DuplicateRun d) => d.KeptThisFile
        ? $"the same run as run {d.RunId} from {d.OtherFile}; kept this copy ({d.KeptFile}), which has more detail"
        : $"the same run as run {d.RunId}; kept {d.KeptFile}";

    /// <summary>Strava's gear for a run is its shoes: found by name, or added on the run's date.</summary>
    private async Task<long?> ShoeForAsync(ExportEntry? export, Activity activity, CancellationToken cancellationToken)
    {
        if (export?.Gear is not { } gear)
        {
            return null;
        }

        var shoe = await rows.Shoes.FindByNameAsync(gear, cancellationToken).ConfigureAwait(false)
            ?? await rows.Shoes.AddAsync(gear, DateOnly.FromDateTime(activity.StartUtc.ToOffset(LocalOffset(activity)).DateTime), isDefault: false, cancellationToken).ConfigureAwait(false);
        return shoe.Id;
    }

    private TimeSpan LocalOffset(Activity activity)
    {
        var offset = activity.UtcOffset ?? time.LocalTimeZone.GetUtcOffset(activity.StartUtc.UtcDateTime);

        // DateTimeOffset accepts only whole minutes within ±14 h.
        var minutes = Math.Clamp(Math.Round(offset.TotalMinutes), -14 * 60, 14 * 60);
        return TimeSpan.FromMinutes(minutes);
    }
}

/// <summary>
/// The same run recorded twice (a watch's FIT and the GPX a platform made of it): starts within
/// <see cref="ImportOptions.DuplicateStartSeconds"/> and distances within <see cref="ImportOptions.DuplicateDistanceFraction"/>.
/// </summary>
internal static class RunDuplicates
{
    public static async Task<RunRecord?> FindAsync(IRunRows runs, Activity activity, ImportOptions options, CancellationToken cancellationToken)
    {
        var window = TimeSpan.FromSeconds(options.DuplicateStartSeconds);
        return (await runs.StartedBetweenAsync(activity.StartUtc - window, activity.StartUtc + window, cancellationToken).ConfigureAwait(false))
            .Where(r => r.Activity.IsRun && SameDistance(r.Activity.DistanceMeters, activity.DistanceMeters, options.DuplicateDistanceFraction))
            .MinBy(r => (r.Activity.StartUtc - activity.StartUtc).Duration());
    }

    /// <summary>FIT (a device's own summary) over TCX over GPX; then the copy with more measurements; a tie keeps the first.</summary>
    public static bool IsRicher(Activity candidate, Activity stored) =>
        (FormatRank(candidate), Measurements(candidate)).CompareTo((FormatRank(stored), Measurements(stored))) > 0;

    private static bool SameDistance(double? a, double? b, double fraction) => (a, b) switch
    {
        (null, null) => true,
        ({ } x, { } y) => Math.Abs(x - y) <= fraction * Math.Max(x, y),
        _ => false,
    };

    private static int FormatRank(Activity a) => a.Key.Split(':')[0] switch
    {
        "fit" => 3,
        "tcx" => 2,
        "gpx" => 1,
        _ => 0,
    };

    private static int Measurements(Activity a) =>
        new object?[] { a.DistanceMeters, a.MovingTime, a.ElevationGainMeters, a.AverageHeartRate, a.MaxHeartRate, a.AverageCadenceSpm, a.AverageTemperatureC, a.UtcOffset }
            .Count(v => v is not null) - (a.PartlyRecovered ? 1 : 0);
}

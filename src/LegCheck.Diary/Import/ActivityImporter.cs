using LegCheck.Activities;
using LegCheck.Diary.Model;
using LegCheck.Diary.Storage;
using Microsoft.Data.Sqlite;

namespace LegCheck.Diary.Import;

/// <summary>
/// Imports activity files into the diary. Each file is committed in its own transaction, so an interrupted import
/// keeps every file finished before the interruption and none of the file it was in. Activities already in the
/// diary (same <see cref="Activity.Key"/>) are skipped; only running is stored.
/// </summary>
public sealed class ActivityImporter
{
    private static readonly string[] Extensions = [".fit", ".gpx", ".tcx"];

    private readonly DiaryDatabase db;
    private readonly TimeProvider time;
    private readonly Func<string, ReadOutcome> read;

    /// <summary>An importer into <paramref name="db"/> that decodes with <see cref="ActivityReader"/>.</summary>
    public ActivityImporter(DiaryDatabase db, TimeProvider time)
        : this(db, time, path => ActivityReader.Read(path))
    {
    }

    /// <summary>An importer into <paramref name="db"/> with the decoder <paramref name="read"/> (a stand-in in tests).</summary>
    public ActivityImporter(DiaryDatabase db, TimeProvider time, Func<string, ReadOutcome> read)
    {
        this.db = db;
        this.time = time;
        this.read = read;
    }

    /// <summary>
    /// Expands folders (recursively) into their FIT, GPX and TCX files, sorted; files named directly are kept whatever
    /// their extension, and paths that do not exist are kept so the import can report them.
    /// </summary>
    public static IReadOnlyList<string> ExpandPaths(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(
                    Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                        .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                        .Order(StringComparer.Ordinal));
            }
            else
            {
                files.Add(path);
            }
        }

        return files;
    }

    /// <summary>
    /// Imports the files in order, telling <paramref name="onFile"/> about each as it is committed. Decoding runs ahead
    /// on the other cores (a few files at a time), while storing stays on this thread, one transaction per file.
    /// </summary>
    public ImportSummary ImportAll(IReadOnlyList<string> files, Action<FileImportResult>? onFile = null, CancellationToken cancellationToken = default)
    {
        var summary = ImportSummary.Empty;
        var defaultShoe = db.Shoes.Default()?.Id;
        var lookahead = Math.Max(2, Environment.ProcessorCount * 2);
        var decoding = new Queue<Task<Decoded>>();
        var next = 0;
        while (next < files.Count || decoding.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            while (next < files.Count && decoding.Count < lookahead)
            {
                var file = files[next++];
                decoding.Enqueue(Task.Run(() => Decode(file), CancellationToken.None));
            }

            var result = Store(decoding.Dequeue().GetAwaiter().GetResult(), defaultShoe, cancellationToken);
            summary = summary.Add(result);
            onFile?.Invoke(result);
        }

        return summary;
    }

    /// <summary>Imports one file in one transaction, giving new runs the shoe <paramref name="shoeId"/> (usually the default shoe).</summary>
    public FileImportResult ImportFile(string path, long? shoeId = null, CancellationToken cancellationToken = default) =>
        Store(Decode(path), shoeId, cancellationToken);

    /// <summary>Reads and decodes one file; touches no database, so it can run on any thread.</summary>
    private Decoded Decode(string path)
    {
        if (!File.Exists(path))
        {
            return new Decoded(path, null, Failed(path, $"{path}: no such file or folder"));
        }

        try
        {
            return new Decoded(path, read(path), null);
        }
        catch (Exception ex)
        {
            return new Decoded(path, null, Failed(path, $"{path}: could not be read ({ex.Message.TrimEnd('.')})"));
        }
    }

    private FileImportResult Store(Decoded decoded, long? shoeId, CancellationToken cancellationToken)
    {
        var (path, outcome, failure) = decoded;
        if (outcome is null)
        {
            return failure!;
        }

        switch (outcome.Status)
        {
            case ReadStatus.Error:
                return Failed(path, NameFile(path, outcome.Message ?? "could not be read"));
            case ReadStatus.NotAnActivity:
                return new FileImportResult(path, FileImportStatus.NotAnActivity, 0, 0, outcome.Message, outcome.Warnings);
        }

        var runs = outcome.Activities.Where(a => a.IsRun).ToList();
        if (outcome.Status == ReadStatus.NotARun || runs.Count == 0)
        {
            return new FileImportResult(path, FileImportStatus.NotARun, 0, 0, outcome.Message, outcome.Warnings);
        }

        int imported, skipped;
        try
        {
            (imported, skipped) = db.InTransaction(() => StoreRuns(path, runs, shoeId, cancellationToken));
        }
        catch (SqliteException ex)
        {
            // The file's transaction was rolled back whole; the files before it stay committed.
            return Failed(path, $"{path}: could not be stored ({ex.Message.TrimEnd('.')})");
        }

        var status = imported > 0 ? FileImportStatus.Imported : FileImportStatus.AlreadyImported;
        return new FileImportResult(path, status, imported, skipped, null, outcome.Warnings);
    }

    private (int Imported, int Skipped) StoreRuns(string path, List<Activity> runs, long? shoeId, CancellationToken cancellationToken)
    {
        int imported = 0, skipped = 0;
        foreach (var activity in runs)
        {
            // Checked inside the transaction so that a cancelled file is rolled back whole.
            cancellationToken.ThrowIfCancellationRequested();
            if (db.Runs.Contains(activity.Key))
            {
                skipped++;
                continue;
            }

            db.Runs.Insert(new RunRecord
            {
                Activity = activity,
                UtcOffset = LocalOffset(activity),
                OffsetFromFile = activity.UtcOffset is not null,
                FileName = Path.GetFileName(path),
                ImportedAt = time.GetLocalNow(),
                ShoeId = shoeId,
            });
            imported++;
        }

        return (imported, skipped);
    }

    private TimeSpan LocalOffset(Activity activity)
    {
        var offset = activity.UtcOffset ?? time.LocalTimeZone.GetUtcOffset(activity.StartUtc.UtcDateTime);

        // DateTimeOffset accepts only whole minutes within ±14 h.
        var minutes = Math.Clamp(Math.Round(offset.TotalMinutes), -14 * 60, 14 * 60);
        return TimeSpan.FromMinutes(minutes);
    }

    /// <summary>Names the file by the path the runner gave, since a folder may hold several files of the same name.</summary>
    private static string NameFile(string path, string message)
    {
        var name = Path.GetFileName(path);
        return message.StartsWith(name + ": ", StringComparison.Ordinal) ? path + message[name.Length..] : $"{path}: {message}";
    }

    private static FileImportResult Failed(string path, string message) =>
        new(path, FileImportStatus.Error, 0, 0, message, []);

    /// <summary>A decoded file, or the error result when it could not be read.</summary>
    private sealed record Decoded(string Path, ReadOutcome? Outcome, FileImportResult? Failure);
}

using System.Buffers;
using System.Security.Cryptography;
using LegCheck.Activities;
using LegCheck.Activities.Archives;
using LegCheck.Diary.Storage;

namespace LegCheck.Diary.Import;

/// <summary>
/// Imports activity files (folders, FIT, GPX, TCX, .gz and zip archives; see <see cref="ActivityInputs"/>) into the
/// diary. Each file is committed in its own transaction, so an interrupted import keeps every file finished before the
/// interruption and none of the file it was in. A file whose content was imported before is skipped by its SHA-256
/// before it is decoded; runs already there (same key) are skipped; the same run from another file or format is one
/// run (see <see cref="RunDuplicates"/>); only runs are stored.
/// </summary>
public sealed class ActivityImporter
{
    /// <summary>Tiny files cost little memory but each is a task; this keeps the queue of them sensible.</summary>
    private const int MaxFilesAhead = 64;

    /// <summary>Files on disk up to this size (and an eighth of the read-ahead) are read into memory once, to be hashed and parsed (see <see cref="DecodeFromDisk"/>).</summary>
    private const int MaxReadOnceBytes = 8 * 1024 * 1024;

    private readonly IImportTarget target;
    private readonly TimeProvider time;
    private readonly Func<byte[], string, ReadOutcome> decode;
    private readonly bool standardDecoder;
    private readonly ImportOptions options;
    private readonly long readOnceBytes;

    /// <summary>An importer into <paramref name="db"/> that decodes with <see cref="ActivityReader"/>.</summary>
    public ActivityImporter(DiaryDatabase db, TimeProvider time, ImportOptions? options = null)
        : this(db, time, null, options)
    {
    }

    /// <summary>An importer with the decoder <paramref name="decode"/> (bytes and display name; a stand-in in tests).</summary>
    public ActivityImporter(DiaryDatabase db, TimeProvider time, Func<byte[], string, ReadOutcome>? decode, ImportOptions? options = null)
        : this(new SqliteImportTarget(db), time, decode, options)
    {
    }

    /// <summary>
    /// An importer into the diary of <paramref name="userId"/> in <paramref name="store"/>, each file in its own unit of
    /// work; for stores that answer asynchronously (a server), use <see cref="ImportAllAsync"/>.
    /// </summary>
    public ActivityImporter(IDiaryStore store, string userId, TimeProvider time, ImportOptions? options = null)
        : this(new UnitImportTarget(store, userId), time, null, options)
    {
    }

    private ActivityImporter(IImportTarget target, TimeProvider time, Func<byte[], string, ReadOutcome>? decode, ImportOptions? options)
    {
        this.target = target;
        this.time = time;
        this.options = options ?? ImportOptions.Default;
        var fit = this.options.Fit;
        standardDecoder = decode is null;
        readOnceBytes = Math.Min(MaxReadOnceBytes, this.options.ReadAheadBytes / 8);
        this.decode = decode ?? ((bytes, name) => ActivityReader.Read(bytes, name, fit));
    }

    /// <summary>Imports the files, folders and archives at <paramref name="paths"/>; see <see cref="ImportAll(IEnumerable{ActivityInput}, Action{FileImportResult}?, CancellationToken)"/>.</summary>
    public ImportSummary ImportAll(IEnumerable<string> paths, Action<FileImportResult>? onFile = null, CancellationToken cancellationToken = default) =>
        ImportAll(ActivityInputs.Expand(paths, options.Limits), onFile, cancellationToken);

    /// <summary>
    /// Imports the inputs in order, telling <paramref name="onFile"/> about each as it is committed. Reading and decoding
    /// run ahead on the other cores within <see cref="ImportOptions.ReadAheadBytes"/>, while storing stays on this
    /// thread, one transaction per file.
    /// </summary>
    public ImportSummary ImportAll(IEnumerable<ActivityInput> inputs, Action<FileImportResult>? onFile = null, CancellationToken cancellationToken = default) =>
        // The local file answers at once, so this completes on the calling thread, storing included.
        ImportAsync(inputs, onFile, waitOnThisThread: true, cancellationToken).GetAwaiter().GetResult();

    /// <summary>As <see cref="ImportAll(IEnumerable{ActivityInput}, Action{FileImportResult}?, CancellationToken)"/>, waiting for decoding and storing without holding a thread.</summary>
    public Task<ImportSummary> ImportAllAsync(IEnumerable<ActivityInput> inputs, Action<FileImportResult>? onFile = null, CancellationToken cancellationToken = default) =>
        ImportAsync(inputs, onFile, waitOnThisThread: false, cancellationToken);

    private async Task<ImportSummary> ImportAsync(IEnumerable<ActivityInput> inputs, Action<FileImportResult>? onFile, bool waitOnThisThread, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var summary = ImportSummary.Empty;
        var context = await target.StartAsync(cancellationToken).ConfigureAwait(false);
        var ahead = new Queue<(Task<Decoded> Task, long Weight)>();
        long aheadBytes = 0;

        async Task StoreNextAsync()
        {
            var (task, weight) = ahead.Dequeue();
            aheadBytes -= weight;
            var decoded = waitOnThisThread ? task.GetAwaiter().GetResult() : await task.ConfigureAwait(false);
            var result = await StoreAsync(decoded, context, cancellationToken).ConfigureAwait(false);
            summary = summary.Add(result);
            onFile?.Invoke(result);
            if (weight >= options.ReadAheadBytes)
            {
                // A file as large as the whole read-ahead leaves its bytes on the large-object heap; freeing them now
                // keeps memory bounded by one big file instead of several waiting for a full collection.
                GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: false);
            }
        }

        foreach (var input in inputs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var weight = Math.Clamp(input.SizeHint, 64 * 1024, options.ReadAheadBytes);
            while (ahead.Count > 0 && (aheadBytes + weight > options.ReadAheadBytes || ahead.Count >= MaxFilesAhead))
            {
                await StoreNextAsync().ConfigureAwait(false);
            }

            // Entries of a zip are read here, in order, because an archive is read by one thread at a time.
            Task<Decoded> task;
            if (input.ReadOnEnumeratingThread)
            {
                var (bytes, failure) = ReadInput(input);
                task = Task.Run(() => Decode(input, bytes, failure, context.KnownAtStart), CancellationToken.None);
            }
            else
            {
                task = Task.Run(() => Decode(input, null, null, context.KnownAtStart), CancellationToken.None);
            }

            ahead.Enqueue((task, weight));
            aheadBytes += weight;
        }

        while (ahead.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await StoreNextAsync().ConfigureAwait(false);
        }

        return summary;
    }

    /// <summary>Imports one file, folder or archive; the result of its last file (use <see cref="ImportAll(IEnumerable{string}, Action{FileImportResult}?, CancellationToken)"/> for all).</summary>
    public FileImportResult ImportFile(string path, CancellationToken cancellationToken = default)
    {
        FileImportResult? last = null;
        ImportAll([path], r => last = r, cancellationToken);
        return last ?? Failed(path, $"{path}: no activity files in it");
    }

    /// <summary>Reads the input's bytes; a problem becomes the file's error result.</summary>
    private static (byte[]? Bytes, FileImportResult? Failure) ReadInput(ActivityInput input)
    {
        if (input.Problem is { } problem)
        {
            return (null, Failed(input.DisplayPath, $"{input.DisplayPath}: {problem}"));
        }

        try
        {
            return (input.Read(), null);
        }
        catch (Exception ex) when (ex is ArchiveLimitException or ActivityInputException)
        {
            return (null, Failed(input.DisplayPath, $"{input.DisplayPath}: {ex.Message}"));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, Failed(input.DisplayPath, $"{input.DisplayPath}: {FileProblem.Describe(ex)}"));
        }
    }

    /// <summary>Reads (when not read yet), hashes and decodes one input; touches no database, so it can run on any thread.</summary>
    private Decoded Decode(ActivityInput input, byte[]? bytes, FileImportResult? failure, HashSet<string> knownAtStart)
    {
        if (bytes is null && failure is null && input.DiskPath is { } path && standardDecoder)
        {
            return DecodeFromDisk(input, path, knownAtStart);
        }

        if (bytes is null && failure is null)
        {
            (bytes, failure) = ReadInput(input);
        }

        if (failure is not null)
        {
            return new Decoded(input, null, null, failure);
        }

        // Known content is skipped before decoding: a re-import of a whole export costs a hash per file.
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes!));
        if (knownAtStart.Contains(hash))
        {
            return new Decoded(input, hash, null, null);
        }

        try
        {
            return new Decoded(input, hash, decode(bytes!, input.DisplayPath), null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new Decoded(input, hash, null, Failed(input.DisplayPath, $"{input.DisplayPath}: could not be read (LegCheck's reader failed on it)"));
        }
    }

    /// <summary>
    /// A plain file on disk. One no larger than <see cref="MaxReadOnceBytes"/> (nearly every activity file) is read once:
    /// hashed, skipped when known, else parsed from the same bytes. A larger one is hashed as it streams and then parsed
    /// from disk, so a 100 MB GPX or TCX is never held whole.
    /// </summary>
    private Decoded DecodeFromDisk(ActivityInput input, string path, HashSet<string> knownAtStart)
    {
        byte[]? buffer = null;
        try
        {
            string hash;
            int length;
            using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan))
            {
                if (stream.Length > readOnceBytes)
                {
                    hash = HashStream(stream);
                    return knownAtStart.Contains(hash)
                        ? new Decoded(input, hash, null, null)
                        : Parsed(input, hash, () => ActivityReader.ReadFile(path, input.DisplayPath, options.Fit));
                }

                // One byte more than the length, so a file that grew since is still read to its end.
                buffer = ArrayPool<byte>.Shared.Rent((int)stream.Length + 1);
                length = ReadToEnd(stream, ref buffer);
            }

            hash = Convert.ToHexStringLower(SHA256.HashData(buffer.AsSpan(0, length)));
            if (knownAtStart.Contains(hash))
            {
                return new Decoded(input, hash, null, null);
            }

            var content = new ArraySegment<byte>(buffer, 0, length);
            return Parsed(input, hash, () => ActivityReader.Read(content, input.DisplayPath, options.Fit));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new Decoded(input, null, null, Failed(input.DisplayPath, $"{input.DisplayPath}: {FileProblem.Describe(ex)}"));
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    private static Decoded Parsed(ActivityInput input, string hash, Func<ReadOutcome> read)
    {
        try
        {
            return new Decoded(input, hash, read(), null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new Decoded(input, hash, null, Failed(input.DisplayPath, $"{input.DisplayPath}: could not be read (LegCheck's reader failed on it)"));
        }
    }

    /// <summary>Reads the rest of <paramref name="stream"/> into <paramref name="buffer"/>, renting a larger one while it does not fit; the byte count.</summary>
    private static int ReadToEnd(FileStream stream, ref byte[] buffer)
    {
        var length = 0;
        int n;
        while ((n = stream.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += n;
            if (length == buffer.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                buffer.AsSpan(0, length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }
        }

        return length;
    }

    private static string HashStream(FileStream stream)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(128 * 1024);
        try
        {
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            int n;
            while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                sha.AppendData(buffer, 0, n);
            }

            return Convert.ToHexStringLower(sha.GetHashAndReset());
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private async Task<FileImportResult> StoreAsync(Decoded decoded, StoreContext context, CancellationToken cancellationToken)
    {
        var (input, hash, outcome, failure) = decoded;
        var path = input.DisplayPath;
        if (failure is not null)
        {
            return failure;
        }

        if (outcome is null || !context.SeenThisImport.Add(hash!))
        {
            return new FileImportResult(path, FileImportStatus.AlreadyImported, 0, 0, $"{path}: already imported (same content)", []);
        }

        switch (outcome.Status)
        {
            case ReadStatus.Error:
                return Failed(path, outcome.Message ?? $"{path}: could not be read");
            case ReadStatus.NotAnActivity:
                await target.RememberAsync(hash!, input.FileName, "not an activity", time.GetLocalNow(), cancellationToken).ConfigureAwait(false);
                return new FileImportResult(path, FileImportStatus.NotAnActivity, 0, 0, outcome.Message, outcome.Warnings);
        }

        var runs = outcome.Activities.Where(a => a.IsRun).ToList();
        if (outcome.Status == ReadStatus.NotARun || runs.Count == 0)
        {
            await target.RememberAsync(hash!, input.FileName, "not a run", time.GetLocalNow(), cancellationToken).ConfigureAwait(false);
            return new FileImportResult(path, FileImportStatus.NotARun, 0, 0, outcome.Message, outcome.Warnings);
        }

        // The file's transaction is rolled back whole on any failure; the files before it stay committed.
        return await target.InFileAsync(
            path,
            async rows =>
            {
                var stored = await new RunWriter(rows, time, options, context).StoreAsync(input, runs, outcome, cancellationToken).ConfigureAwait(false);
                await rows.KnownFiles.AddAsync(hash!, input.FileName, stored.Status.ToString(), time.GetLocalNow(), cancellationToken).ConfigureAwait(false);
                return stored;
            },
            cancellationToken).ConfigureAwait(false);
    }

    internal static FileImportResult Failed(string path, string message) =>
        new(path, FileImportStatus.Error, 0, 0, message, []);

    /// <summary>A decoded input (null outcome and failure: known content, skipped), or the error result when it could not be read.</summary>
    private sealed record Decoded(ActivityInput Input, string? Hash, ReadOutcome? Outcome, FileImportResult? Failure);
}

/// <summary>What storing needs across the files of one import.</summary>
internal sealed class StoreContext(long? defaultShoe, HashSet<string> knownAtStart)
{
    public long? DefaultShoe { get; } = defaultShoe;

    /// <summary>Content hashes in the diary when the import started; read by the decoding threads, never changed.</summary>
    public HashSet<string> KnownAtStart { get; } = knownAtStart;

    /// <summary>Content hashes seen by this import so far (the store thread only): a second copy is skipped.</summary>
    public HashSet<string> SeenThisImport { get; } = new(StringComparer.Ordinal);
}

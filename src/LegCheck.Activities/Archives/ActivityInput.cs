namespace LegCheck.Activities.Archives;

/// <summary>What an export's own activity list says about one of its files (Strava's activities.csv).</summary>
/// <param name="Name">The activity's name as the runner knows it.</param>
/// <param name="Gear">The gear worn: for runs, the shoes.</param>
public sealed record ExportEntry(string? Name, string? Gear);

/// <summary>
/// One activity file to import: a file on disk, a .gz, or an entry of a (possibly nested) zip. Its bytes are read
/// by <see cref="Read"/>, unpacked and within the limits; entries of a zip must be read on the thread that
/// enumerates them, before moving on (<see cref="ReadOnEnumeratingThread"/>).
/// </summary>
public sealed class ActivityInput
{
    private readonly Func<byte[]>? read;

    internal ActivityInput(string displayPath, string fileName, long sizeHint, Func<byte[]>? read, bool readOnEnumeratingThread, string? problem = null)
    {
        DisplayPath = displayPath;
        FileName = fileName;
        SizeHint = sizeHint;
        this.read = read;
        ReadOnEnumeratingThread = readOnEnumeratingThread;
        Problem = problem;
    }

    /// <summary>Names the file in messages: its path, and for an archive entry "archive.zip/inner/path.fit.gz".</summary>
    public string DisplayPath { get; }

    /// <summary>The file's own name, such as "123.fit.gz".</summary>
    public string FileName { get; }

    /// <summary>Expected unpacked size in bytes, for budgeting memory; the real size is only known once read.</summary>
    public long SizeHint { get; }

    public bool ReadOnEnumeratingThread { get; }

    /// <summary>Set when the file or archive cannot be read at all; then there is nothing to <see cref="Read"/>.</summary>
    public string? Problem { get; }

    public ExportEntry? Export { get; init; }

    /// <summary>
    /// For a plain file on disk (not compressed, not in an archive): its path, whose bytes are its content, so it can be
    /// hashed and parsed as it streams from disk instead of being held in memory.
    /// </summary>
    public string? DiskPath { get; init; }

    /// <summary>The unpacked bytes.</summary>
    /// <exception cref="ArchiveLimitException">It unpacks past the limits.</exception>
    /// <exception cref="ActivityInputException">Its compressed data is damaged.</exception>
    /// <exception cref="IOException">It cannot be read from disk.</exception>
    public byte[] Read() => read is null ? throw new InvalidOperationException(Problem) : read();

    internal static ActivityInput Failed(string displayPath, string problem) =>
        new(displayPath, Path.GetFileName(displayPath), 0, null, false, problem);
}

namespace LegCheck.Activities.Archives;

/// <summary>
/// How much an archive may unpack to. Sizes are counted on the bytes actually decompressed, never taken from the
/// archive's own headers, which a zip bomb can fake. Immutable: adjust with <c>with</c>.
/// </summary>
public sealed record ArchiveLimits
{
    public static ArchiveLimits Default { get; } = new();

    /// <summary>One activity file unpacked (a day-long GPX is tens of MB; a real FIT file a few MB).</summary>
    public long MaxFileBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Everything unpacked from one archive named on the command line, nested archives included.</summary>
    public long MaxTotalBytes { get; init; } = 16L * 1024 * 1024 * 1024;

    /// <summary>A zip inside a zip that must be held in memory to be read.</summary>
    public long MaxNestedArchiveBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>Entries in one archive, nested ones included.</summary>
    public int MaxEntries { get; init; } = 200_000;

    /// <summary>Zips inside zips: a Garmin Connect export needs 2.</summary>
    public int MaxDepth { get; init; } = 4;

    /// <summary>
    /// Unpacked size over compressed size, checked past <see cref="RatioCheckFromBytes"/>: activity files compress
    /// about 3 to 30 times; deflate's ceiling, which bombs use, is about 1,000.
    /// </summary>
    public double MaxRatio { get; init; } = 200;

    public long RatioCheckFromBytes { get; init; } = 4L * 1024 * 1024;
}

/// <summary>An archive unpacks to more than <see cref="ArchiveLimits"/> allow; the message is one line for the runner.</summary>
public sealed class ArchiveLimitException : Exception
{
    public ArchiveLimitException()
    {
    }

    public ArchiveLimitException(string message)
        : base(message)
    {
    }

    public ArchiveLimitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>True when the whole archive's budget is spent, so nothing more of it can be read.</summary>
    public bool WholeArchive { get; init; }
}

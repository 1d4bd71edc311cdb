namespace LegCheck.Activities.Archives;

/// <summary>What one archive named by the runner has unpacked so far, shared by its nested archives and its workers.</summary>
internal sealed class UnpackBudget(ArchiveLimits limits)
{
    private long total;
    private int entries;

    public ArchiveLimits Limits { get; } = limits;

    /// <summary>Files of this archive refused as possible bombs so far.</summary>
    public int Refusals { get; private set; }

    /// <summary>The whole archive's allowance is spent: nothing more of it is read.</summary>
    public bool Exhausted { get; private set; }

    public void Refused(ArchiveLimitException ex)
    {
        Refusals++;
        Exhausted |= ex.WholeArchive;
    }

    public void CountEntry()
    {
        if (Interlocked.Increment(ref entries) > Limits.MaxEntries)
        {
            throw new ArchiveLimitException(
                FormattableString.Invariant($"holds more than {Limits.MaxEntries:N0} files; stopped there as a possible zip bomb")) { WholeArchive = true };
        }
    }

    public void CountBytes(long bytes)
    {
        if (Interlocked.Add(ref total, bytes) > Limits.MaxTotalBytes)
        {
            throw new ArchiveLimitException(
                $"unpacks to more than {Sizes.Describe(Limits.MaxTotalBytes)} in all; stopped there as a possible zip bomb") { WholeArchive = true };
        }
    }
}

internal static class Sizes
{
    public static string Describe(long bytes) => bytes >= 1024L * 1024 * 1024
        ? FormattableString.Invariant($"{bytes / (1024.0 * 1024 * 1024):0.#} GB")
        : FormattableString.Invariant($"{bytes / (1024.0 * 1024):0} MB");
}

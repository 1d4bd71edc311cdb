using LegCheck.Activities.Archives;
using LegCheck.Activities.Fit;

namespace LegCheck.Diary.Import;

/// <summary>How an import reads files; tweak with <c>with</c>.</summary>
public sealed record ImportOptions
{
    public static ImportOptions Default { get; } = new();

    /// <summary>FIT strictness; <see cref="Lenient"/> relaxes CRC checks.</summary>
    public FitOptions Fit { get; init; } = FitOptions.Default;

    public ArchiveLimits Limits { get; init; } = ArchiveLimits.Default;

    /// <summary>
    /// Bytes of files read ahead and being decoded at once. Memory is bounded by this, not by a count of files: a file
    /// larger than it is decoded alone.
    /// </summary>
    public long ReadAheadBytes { get; init; } = 48L * 1024 * 1024;

    /// <summary>Same run in two files: starts within this many seconds...</summary>
    public double DuplicateStartSeconds { get; init; } = 60;

    /// <summary>...and distances within this fraction of the longer one.</summary>
    public double DuplicateDistanceFraction { get; init; } = 0.02;

    /// <summary>Relaxed CRC checking, for FIT files whose CRC is missing or wrong (as FitOptions.CheckCrc = false).</summary>
    public static ImportOptions Lenient { get; } = new() { Fit = FitOptions.Default with { CheckCrc = false } };
}

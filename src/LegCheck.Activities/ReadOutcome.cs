namespace LegCheck.Activities;

/// <summary>What reading one file produced: activities, a polite refusal, or an error naming the problem.</summary>
public enum ReadStatus
{
    /// <summary>At least one activity was decoded (possibly with warnings).</summary>
    Ok,

    /// <summary>A valid activity file whose sport is not running (cycling, walking, ...).</summary>
    NotARun,

    /// <summary>A valid file that holds no activity (settings, workouts, monitoring, weight scale).</summary>
    NotAnActivity,

    /// <summary>The file could not be read: bad CRC, truncated, corrupt header, not XML, ...</summary>
    Error,
}

/// <summary>The result of reading one activity file.</summary>
/// <param name="Status">Whether the file gave a run, something else, or an error.</param>
/// <param name="Activities">Decoded activities; for NotARun they are present but none is a run.</param>
/// <param name="Message">One line for the user, naming the problem when Status is Error.</param>
/// <param name="Warnings">Recoverable problems, such as data that does not match its header.</param>
public sealed record ReadOutcome(
    ReadStatus Status,
    IReadOnlyList<Activity> Activities,
    string? Message,
    IReadOnlyList<string> Warnings);

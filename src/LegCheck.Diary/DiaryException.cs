namespace LegCheck.Diary;

/// <summary>
/// A problem the runner can act on (bad argument, unreadable database, malformed backup).
/// Its message is one line meant for the user, never a stack trace.
/// </summary>
public sealed class DiaryException : Exception
{
    public DiaryException()
    {
    }

    public DiaryException(string message)
        : base(message)
    {
    }

    public DiaryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The refusal for a damaged diary file, which also says how to save what can still be read.</summary>
    public static DiaryException Damaged(string path, string problem) => new(
        $"{path}: the diary database is damaged ({problem}); LegCheck will not write to it. " +
        "Save what can be read with legcheck export, then restore it into a new file with legcheck --db NEW.db import-backup.");
}

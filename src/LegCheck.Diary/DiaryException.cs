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
}

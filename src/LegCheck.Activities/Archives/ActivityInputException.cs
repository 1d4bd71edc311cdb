namespace LegCheck.Activities.Archives;

/// <summary>A file inside an archive, or a gzipped file, cannot be unpacked; the message is one line for the runner.</summary>
public sealed class ActivityInputException : Exception
{
    public ActivityInputException()
    {
    }

    public ActivityInputException(string message)
        : base(message)
    {
    }

    public ActivityInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

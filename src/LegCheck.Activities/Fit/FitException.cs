namespace LegCheck.Activities.Fit;

/// <summary>What kind of problem stopped a FIT decode.</summary>
public enum FitErrorKind
{
    /// <summary>No ".FIT" signature, an impossible header size, or a bad header CRC.</summary>
    Header,

    /// <summary>A file CRC that does not match the data.</summary>
    Crc,

    /// <summary>The bytes stop before the header's declared data, a message, or the CRC.</summary>
    EndOfFile,

    /// <summary>Inconsistent records, such as data for an undefined local message type.</summary>
    Corrupt,
}

/// <summary>A FIT file that cannot be decoded. The message is one line without the file name.</summary>
public sealed class FitException : Exception
{
    public FitException()
    {
    }

    public FitException(string message)
        : base(message)
    {
    }

    public FitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public FitException(FitErrorKind kind, long offset, string message)
        : base(message)
    {
        Kind = kind;
        Offset = offset;
    }

    public FitErrorKind Kind { get; }

    /// <summary>Byte offset in the whole input where the problem was found.</summary>
    public long Offset { get; }

    /// <summary>1-based index of the chained file the problem is in.</summary>
    public int ChainedFile { get; init; } = 1;
}

namespace LegCheck.Activities.Fit;

/// <summary>What <see cref="FitDecoder"/> read from one input: every chained file's header and data messages.</summary>
public sealed class FitFile
{
    internal FitFile(
        IReadOnlyList<FitHeader> headers,
        IReadOnlyList<FitMessage> messages,
        int messageCount,
        int definitionCount,
        IReadOnlyList<string> warnings,
        FitException? damage = null)
    {
        Damage = damage;
        Headers = headers;
        Messages = messages;
        MessageCount = messageCount;
        DefinitionCount = definitionCount;
        Warnings = warnings;
    }

    /// <summary>One header per chained file, in order.</summary>
    public IReadOnlyList<FitHeader> Headers { get; }

    /// <summary>The data messages kept by <see cref="FitOptions.KeepMessage"/>, in file order.</summary>
    public IReadOnlyList<FitMessage> Messages { get; }

    /// <summary>Every data message decoded (kept or not), counted as python-fitparse counts its messages.</summary>
    public int MessageCount { get; }

    /// <summary>Definition messages read.</summary>
    public int DefinitionCount { get; }

    /// <summary>Recoverable oddities: misaligned fields, a missing CRC when CRCs are not checked, a dropped cut message.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>
    /// With <see cref="FitOptions.KeepDecodedOnCorruptData"/>: the corruption that stopped the decode; everything in
    /// <see cref="Messages"/> came before it. Null when the whole input decoded.
    /// </summary>
    public FitException? Damage { get; }

    /// <summary>The kept data messages with this global message number.</summary>
    public IEnumerable<FitMessage> MessagesOf(ushort globalNumber) => Messages.Where(m => m.GlobalNumber == globalNumber);
}

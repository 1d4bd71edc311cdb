namespace LegCheck.Activities.Fit;

/// <summary>How strictly to decode a FIT file. Immutable: adjust with <c>with</c>.</summary>
public sealed record FitOptions
{
    public static FitOptions Default { get; } = new();

    /// <summary>
    /// Check the header CRC (when non-zero) and every file's trailing CRC. When false, CRCs are not compared,
    /// a missing trailing CRC is accepted, and a file that stops inside its last message is read up to there
    /// (the cut message is dropped with a warning): without a CRC a cut tail cannot be told from a missing CRC.
    /// </summary>
    public bool CheckCrc { get; init; } = true;

    /// <summary>
    /// Which global message numbers to keep in <see cref="FitFile.Messages"/>; null keeps all.
    /// Every data message is still decoded and counted, and passed to the decoder's callback.
    /// </summary>
    public Func<ushort, bool>? KeepMessage { get; init; }

    /// <summary>
    /// On corrupt data (records that do not match their definitions, as when the data does not match the header),
    /// return what decoded cleanly before it, with <see cref="FitFile.Damage"/> set, instead of throwing.
    /// A bad CRC, a cut-off file or a bad header still throw, as python-fitparse and the FIT SDK report them.
    /// </summary>
    public bool KeepDecodedOnCorruptData { get; init; }
}

namespace LegCheck.Core.Input;

/// <summary>
/// Bounds on a case document, the same for a case file and a request body, so that hostile input
/// (a huge file, 40,000 nested brackets, a 10 MB id) gets a one-line error instead of a crash or a hang.
/// </summary>
public static class InputLimits
{
    /// <summary>A case is a few hundred bytes; 64 KiB leaves room for any honest one.</summary>
    public const int MaxBytes = 64 * 1024;

    /// <summary>The case format nests three levels (facts, a list of locations); a little room beyond that.</summary>
    public const int MaxDepth = 8;

    /// <summary>Longest case id, in characters; a summary may use the whole document.</summary>
    public const int MaxIdLength = 200;

    /// <summary>Keys per mapping and items per list; the vocabulary has about 130 facts.</summary>
    public const int MaxItems = 500;
}

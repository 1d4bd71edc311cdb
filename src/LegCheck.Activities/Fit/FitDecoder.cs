namespace LegCheck.Activities.Fit;

/// <summary>
/// Decodes FIT files from the public protocol: 12- and 14-byte headers, header and file CRCs, definition and
/// data messages in either byte order, compressed-timestamp headers, developer fields (skipped), invalid-value
/// sentinels, and chained files. Errors are thrown as <see cref="FitException"/> with a one-line message.
/// </summary>
public static class FitDecoder
{
    /// <summary>True when the bytes start with a FIT header: ".FIT" at bytes 8 to 11.</summary>
    public static bool HasSignature(ReadOnlySpan<byte> data) =>
        data.Length >= 12 && data[8] == (byte)'.' && data[9] == (byte)'F' && data[10] == (byte)'I' && data[11] == (byte)'T';

    /// <summary>Decodes every chained file in <paramref name="data"/>.</summary>
    /// <param name="data">The whole input; messages keep a reference to it and read their fields from it.</param>
    /// <param name="options">Strictness and which messages to keep; null for <see cref="FitOptions.Default"/>.</param>
    /// <param name="onMessage">Called with every data message as it is decoded, kept or not.</param>
    /// <exception cref="FitException">The input is not a FIT file, is cut short, has a bad CRC or inconsistent records.</exception>
    public static FitFile Decode(byte[] data, FitOptions? options = null, Action<FitMessage>? onMessage = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new FitDecoding(data, options ?? FitOptions.Default, onMessage).Run();
    }

    /// <summary>Reads the stream to its end and decodes it.</summary>
    public static FitFile Decode(Stream stream, FitOptions? options = null, Action<FitMessage>? onMessage = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return Decode(copy.ToArray(), options, onMessage);
    }
}

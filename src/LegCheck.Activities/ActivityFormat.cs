using System.Xml;

namespace LegCheck.Activities;

/// <summary>The kinds of activity file LegCheck reads.</summary>
public enum ActivityFormat
{
    Unknown,
    Fit,
    Gpx,
    Tcx,

    /// <summary>Well-formed-looking XML whose root is neither gpx nor TrainingCenterDatabase.</summary>
    OtherXml,
}

/// <summary>Tells the format by content, not by file name.</summary>
public static class ActivityFormats
{
    private static readonly System.Buffers.SearchValues<byte> Whitespace = System.Buffers.SearchValues.Create(" \t\r\n"u8);

    /// <summary>FIT by its ".FIT" signature at bytes 8-11; GPX or TCX by the XML root element.</summary>
    public static ActivityFormat Detect(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (Fit.FitDecoder.HasSignature(data))
        {
            return ActivityFormat.Fit;
        }

        if (!LooksLikeXml(data))
        {
            return ActivityFormat.Unknown;
        }

        return DetectXml(new MemoryStream(data, writable: false));
    }

    /// <summary>GPX or TCX by the XML root element of <paramref name="stream"/>, which is left open.</summary>
    public static ActivityFormat Detect(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return DetectXml(stream);
    }

    private static ActivityFormat DetectXml(Stream stream)
    {
        try
        {
            var settings = Xml.XmlSettings.Reader();
            settings.CloseInput = false;
            using var reader = XmlReader.Create(stream, settings);
            reader.MoveToContent();
            return reader.LocalName switch
            {
                "gpx" => ActivityFormat.Gpx,
                "TrainingCenterDatabase" => ActivityFormat.Tcx,
                _ => ActivityFormat.OtherXml,
            };
        }
        catch (XmlException)
        {
            return ActivityFormat.Unknown;
        }
    }

    /// <summary>
    /// After an optional byte-order mark and whitespace, the first character is '&lt;', in UTF-8 or in UTF-16 of
    /// either byte order (Windows programs write GPX as UTF-16, with or without a BOM).
    /// </summary>
    public static bool LooksLikeXml(ReadOnlySpan<byte> data)
    {
        if (data.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            data = data[3..];
        }
        else if (data.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || data.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return IsUtf16Xml(data[2..], littleEndian: data[0] == 0xFF);
        }
        else if (data.Length >= 2 && (data[0] == 0 || data[1] == 0))
        {
            return IsUtf16Xml(data, littleEndian: data[1] == 0);
        }

        int i = data.IndexOfAnyExcept(Whitespace);
        return i >= 0 && data[i] == (byte)'<';
    }

    private static bool IsUtf16Xml(ReadOnlySpan<byte> data, bool littleEndian)
    {
        for (int i = 0; i + 1 < data.Length; i += 2)
        {
            int c = littleEndian ? data[i] | (data[i + 1] << 8) : (data[i] << 8) | data[i + 1];
            if (c is not (' ' or '\t' or '\r' or '\n'))
            {
                return c == '<';
            }
        }

        return false;
    }
}

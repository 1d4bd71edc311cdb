using System.Xml;

namespace LegCheck.Activities.Xml;

/// <summary>Safe XmlReader settings: no DTD processing, no external resolution.</summary>
internal static class XmlSettings
{
    public static XmlReaderSettings Reader() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <summary>An xs:dateTime; a time without zone is taken as UTC.</summary>
    public static DateTimeOffset? ParseTime(string text)
    {
        if (DateTimeOffset.TryParse(
            text.Trim(),
            System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal | System.Globalization.DateTimeStyles.AdjustToUniversal,
            out DateTimeOffset t))
        {
            return t;
        }

        return null;
    }

    public static double? ParseDouble(string text) =>
        double.TryParse(text.Trim(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double v)
        && double.IsFinite(v) ? v : null;
}

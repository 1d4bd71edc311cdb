using System.Xml;

namespace LegCheck.Activities.Xml;

/// <summary>
/// Safe XmlReader settings: a DOCTYPE (some GPS programs write one) is skipped, never processed, so its entities are
/// not expanded and nothing external is fetched; no resolver at all.
/// </summary>
internal static class XmlSettings
{
    public static XmlReaderSettings Reader() => new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        MaxCharactersFromEntities = 1024,
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

    /// <summary>Names an XML problem in the runner's words, with where it is, instead of the parser's own text.</summary>
    public static string Problem(XmlException ex)
    {
        string where = ex.LineNumber > 0
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $" at line {ex.LineNumber}, column {ex.LinePosition}")
            : "";
        string what = ex.Message.Contains("end of file", StringComparison.OrdinalIgnoreCase)
            ? "the XML stops before its end"
            : ex.Message.Contains("entity", StringComparison.OrdinalIgnoreCase)
                ? "the XML uses an entity that is not defined (DOCTYPE definitions are not read)"
                : "the XML is malformed";
        return what + where;
    }
}

using System.Globalization;

namespace LegCheck.Diary.Backup;

/// <summary>RFC 4180 CSV: fields with commas, quotes or line breaks are quoted, quotes doubled; null is an empty field.</summary>
internal static class Csv
{
    public static string Field(object? value) => value switch
    {
        null or DBNull => string.Empty,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => Quote(value.ToString() ?? string.Empty),
    };

    public static string Line(IEnumerable<object?> values) => string.Join(',', values.Select(Field));

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
}

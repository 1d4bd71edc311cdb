using System.Globalization;

namespace LegCheck.Diary;

/// <summary>Report text is the same on every machine: numbers and dates in the invariant culture.</summary>
internal static class InvariantText
{
    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

using System.Text;

namespace LegCheck.Core.Input;

/// <summary>
/// Quotes user text inside an error message: short, on one line, with control characters shown as
/// <c>\u001b</c> and the like, so an error never carries a megabyte or a terminal escape sequence.
/// </summary>
public static class Echo
{
    public const int MaxLength = 40;

    public static string Quote(string text)
    {
        var builder = new StringBuilder("'");
        foreach (var c in text.Length > MaxLength ? text[..MaxLength] : text)
        {
            if (char.IsControl(c) || char.IsSurrogate(c))
            {
                builder.Append(@"\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        builder.Append(text.Length > MaxLength ? "…'" : "'");
        return builder.ToString();
    }
}

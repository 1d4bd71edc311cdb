using System.Text;

namespace LegCheck.Cli.Output;

/// <summary>
/// Makes text from files and users safe to print: control characters (ESC and the rest of C0 and C1, DEL)
/// would let a case file or a shoe name move the cursor, retitle the window or rewrite the screen, so each is
/// shown as a visible escape such as <c>\x1b</c> instead. Tabs and line breaks are kept.
/// </summary>
internal static class TerminalText
{
    public static string Neutralise(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        var first = IndexOfControl(text);
        if (first < 0)
        {
            return text;
        }

        var safe = new StringBuilder(text.Length + 8).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (IsControl(c))
            {
                safe.Append(@"\x").Append(((int)c).ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                safe.Append(c);
            }
        }

        return safe.ToString();
    }

    private static int IndexOfControl(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsControl(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsControl(char c) => c != '\n' && c != '\t' && (c < ' ' || (c >= '\x7f' && c <= '\x9f'));
}

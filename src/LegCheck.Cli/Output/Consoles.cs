using System.Globalization;
using Spectre.Console;

namespace LegCheck.Cli.Output;

/// <summary>
/// Builds the two consoles the way command-line tools are expected to behave: styling (colour, bold, dim,
/// cursor movement) only on a terminal, none at all when NO_COLOR is set or TERM is dumb, and the width
/// from COLUMNS when it is set.
/// </summary>
internal static class Consoles
{
    public static IAnsiConsole Create(TextWriter writer, bool isTerminal, IReadOnlyDictionary<string, string?> environment)
    {
        var styled = isTerminal && !NoStyling(environment);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = styled ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = styled ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = isTerminal ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (Columns(environment) is { } columns)
        {
            console.Profile.Width = columns;
        }

        return console;
    }

    /// <summary>NO_COLOR (any non-empty value, see no-color.org) or a dumb terminal: plain text only.</summary>
    public static bool NoStyling(IReadOnlyDictionary<string, string?> environment) =>
        (environment.TryGetValue("NO_COLOR", out var noColor) && !string.IsNullOrEmpty(noColor))
        || (environment.TryGetValue("TERM", out var term) && string.Equals(term, "dumb", StringComparison.Ordinal));

    /// <summary>COLUMNS as a width, when it is a sensible whole number.</summary>
    public static int? Columns(IReadOnlyDictionary<string, string?> environment) =>
        environment.TryGetValue("COLUMNS", out var text)
        && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var columns)
        && columns is >= 20 and <= 1000
            ? columns
            : null;
}

using System.CommandLine;
using System.Text.Json;
using Spectre.Console;

namespace LegCheck.Cli.Output;

/// <summary>
/// Where each kind of text goes: data on standard output, errors and warnings on standard error (as one JSON
/// object per line when the command was asked for <c>--json</c>). Everything printed is neutralised first.
/// </summary>
internal static class CliOutput
{
    /// <summary>A line of data, written past Spectre's wrapping so a long path never splits it.</summary>
    public static void Line(CliContext ctx, string text) => ctx.Console.Profile.Out.Writer.WriteLine(TerminalText.Neutralise(text));

    public static void Error(CliContext ctx, string message, bool json, string? file = null) => Problem(ctx, "error", Color.Red, message, json, file);

    public static void Warning(CliContext ctx, string message, bool json = false) => Problem(ctx, "warning", Color.Yellow, message, json, null);

    /// <summary>Whether the command being run has a <c>--json</c> option and it was given.</summary>
    public static bool Json(ParseResult parse) =>
        parse.CommandResult.Command.Options.Any(o => o.Name == "--json") && parse.GetValue<bool>("--json");

    private static void Problem(CliContext ctx, string kind, Color color, string message, bool json, string? file)
    {
        var writer = ctx.Error.Profile.Out.Writer;
        if (json)
        {
            writer.WriteLine(kind == "error"
                ? JsonSerializer.Serialize(new ErrorJson(message, file), CliJsonContext.Compact.ErrorJson)
                : JsonSerializer.Serialize(new WarningJson(message), CliJsonContext.Compact.WarningJson));
            return;
        }

        if (ctx.Error.Profile.Capabilities.Ansi)
        {
            ctx.Error.Write(new Text(kind + ":", new Style(color)));
            writer.WriteLine(" " + TerminalText.Neutralise(message));
        }
        else
        {
            writer.WriteLine($"{kind}: {TerminalText.Neutralise(message)}");
        }
    }
}

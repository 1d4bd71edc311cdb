using Spectre.Console;

namespace LegCheck.Cli;

/// <summary>
/// Everything a command needs from the outside world, injected so tests can swap each part:
/// the console (a TestConsole in tests), the clock,
/// standard input and the environment variables that pick the diary database.
/// </summary>
public sealed record CliContext(
    IAnsiConsole Console,
    TimeProvider Time,
    TextReader Input,
    bool InputIsTerminal,
    IReadOnlyDictionary<string, string?> Environment)
{
    public static CliContext FromEnvironment(IAnsiConsole console) => new(
        console,
        TimeProvider.System,
        System.Console.In,
        !System.Console.IsInputRedirected,
        new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["LEGCHECK_DB"] = System.Environment.GetEnvironmentVariable("LEGCHECK_DB"),
            ["HOME"] = System.Environment.GetEnvironmentVariable("HOME"),
            ["XDG_DATA_HOME"] = System.Environment.GetEnvironmentVariable("XDG_DATA_HOME"),
        });
}

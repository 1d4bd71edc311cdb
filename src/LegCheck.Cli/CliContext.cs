using LegCheck.Cli.Output;
using Spectre.Console;

namespace LegCheck.Cli;

/// <summary>
/// Everything a command needs from the outside world, injected so tests can swap each part:
/// standard output (<see cref="Console"/>, data only) and standard error (<see cref="Error"/>: errors,
/// warnings, progress), the clock, standard input and the environment (diary location, NO_COLOR, COLUMNS).
/// </summary>
internal sealed record CliContext(
    IAnsiConsole Console,
    IAnsiConsole Error,
    TimeProvider Time,
    TextReader Input,
    bool InputIsTerminal,
    IReadOnlyDictionary<string, string?> Environment)
{
    /// <summary>Where the runner is, for the numbers to call (set from --region or LEGCHECK_REGION by the commands that report).</summary>
    public Core.Engine.EmergencyRegion? Region { get; init; }

    /// <summary>The variables LegCheck reads; the rest of the environment is none of its business.</summary>
    public static readonly IReadOnlyList<string> Variables = ["LEGCHECK_DB", "LEGCHECK_UNITS", "LEGCHECK_REGION", "HOME", "XDG_DATA_HOME", "NO_COLOR", "COLUMNS", "TERM"];

    public static CliContext FromEnvironment()
    {
        var environment = Variables.ToDictionary(v => v, System.Environment.GetEnvironmentVariable, StringComparer.Ordinal);
        return new CliContext(
            Consoles.Create(System.Console.Out, !System.Console.IsOutputRedirected, environment),
            Consoles.Create(System.Console.Error, !System.Console.IsErrorRedirected, environment),
            TimeProvider.System,
            System.Console.In,
            !System.Console.IsInputRedirected,
            environment);
    }
}

using LegCheck.Cli;
using Spectre.Console.Testing;

namespace LegCheck.Web.Tests.Diary;

/// <summary>Runs legcheck in-process (standard output and error as Spectre TestConsoles) on a given clock: what the API must agree with.</summary>
internal static class Cli
{
    public static (int Exit, string Out, string Err) Run(TimeProvider time, params string[] args)
    {
        using var stdout = new TestConsole().Width(250);
        using var stderr = new TestConsole().Width(250);
        var ctx = new CliContext(stdout, stderr, time, TextReader.Null, InputIsTerminal: false, new Dictionary<string, string?>(StringComparer.Ordinal));
        var exit = LegCheckApp.RunAsync(args, ctx).GetAwaiter().GetResult();
        return (exit, stdout.Output, stderr.Output);
    }
}

using Spectre.Console.Testing;

namespace LegCheck.Cli.Tests.Diary;

/// <summary>What one run of legcheck left: its exit code, standard output and standard error.</summary>
internal sealed record CliResult(int Exit, string Out, string Err)
{
    /// <summary>Both streams, standard output first, for tests that only look for a message somewhere.</summary>
    public string Output => Out + Err;

    public void Deconstruct(out int exit, out string output)
    {
        exit = Exit;
        output = Output;
    }
}

/// <summary>Runs legcheck in-process against Spectre's TestConsole (one for stdout, one for stderr), a fixed clock and a chosen environment.</summary>
internal static class CliHarness
{
    public static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Runs <paramref name="args"/>; with <paramref name="keys"/> (typed answers) the console is interactive (ANSI on, stdin a terminal); <paramref name="input"/> is piped standard input for commands that read lines.</summary>
    public static CliResult Run(string[] args, IReadOnlyDictionary<string, string?>? environment = null, IEnumerable<ConsoleKeyInfo>? keys = null, TextReader? input = null, TimeProvider? time = null)
    {
        var interactive = keys is not null;
        using var stdout = new TestConsole().Width(250);
        using var stderr = new TestConsole().Width(250);
        if (interactive)
        {
            // A terminal: both streams are the screen, with cursor control and no colours (so text can be matched).
            foreach (var console in new[] { stdout, stderr })
            {
                console.Interactive();
                console.EmitAnsiSequences = true;
                console.Colors(Spectre.Console.ColorSystem.NoColors);
            }

            foreach (var key in keys!)
            {
                stdout.Input.PushKey(key);
            }
        }

        var ctx = new CliContext(
            stdout,
            stderr,
            time ?? Clocks.At(Now),
            input ?? TextReader.Null,
            interactive,
            environment ?? new Dictionary<string, string?>(StringComparer.Ordinal));
        var exit = LegCheckApp.RunAsync(args, ctx).GetAwaiter().GetResult();
        return new CliResult(exit, stdout.Output, stderr.Output);
    }

    /// <summary>Keys for typing <paramref name="text"/> and pressing Enter.</summary>
    public static IEnumerable<ConsoleKeyInfo> Type(string text) =>
        text.Select(c => new ConsoleKeyInfo(c, ConsoleKey.NoName, false, false, false)).Append(Key(ConsoleKey.Enter));

    /// <summary>
    /// Keys that walk an arrow-key interview to its end: no description, then the first option (or an empty number)
    /// selected and confirmed, forty times over.
    /// </summary>
    public static List<ConsoleKeyInfo> FirstOptionToTheEnd()
    {
        var keys = new List<ConsoleKeyInfo>(Type(""));
        for (var i = 0; i < 40; i++)
        {
            keys.Add(Key(ConsoleKey.Spacebar));
            keys.Add(Key(ConsoleKey.Enter));
        }

        return keys;
    }

    public static ConsoleKeyInfo Key(ConsoleKey key) => new(key == ConsoleKey.Spacebar ? ' ' : key == ConsoleKey.Enter ? '\r' : '\0', key, false, false, false);
}

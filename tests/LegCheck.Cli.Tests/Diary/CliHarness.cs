using System.Text;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace LegCheck.Cli.Tests.Diary;

/// <summary>Runs legcheck in-process against a plain-text console, a fixed clock and a chosen environment.</summary>
internal static class CliHarness
{
    public static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Runs <paramref name="args"/>; with <paramref name="keys"/> (typed answers) the console is interactive (ANSI on, stdin a terminal); <paramref name="input"/> is piped standard input for commands that read lines.</summary>
    public static (int Exit, string Output) Run(string[] args, IReadOnlyDictionary<string, string?>? environment = null, IEnumerable<ConsoleKeyInfo>? keys = null, TextReader? input = null)
    {
        var writer = new StringWriter(new StringBuilder(), System.Globalization.CultureInfo.InvariantCulture);
        var interactive = keys is not null;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = interactive ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });
        console.Profile.Width = 250;
        IAnsiConsole used = interactive ? new ScriptedConsole(console, keys!) : console;
        var ctx = new CliContext(
            used,
            new FixedTime(Now),
            input ?? TextReader.Null,
            interactive,
            environment ?? new Dictionary<string, string?>(StringComparer.Ordinal));
        var exit = LegCheckApp.RunAsync(args, ctx).GetAwaiter().GetResult();
        return (exit, writer.ToString());
    }

    /// <summary>Keys for typing <paramref name="text"/> and pressing Enter.</summary>
    public static IEnumerable<ConsoleKeyInfo> Type(string text) =>
        text.Select(c => new ConsoleKeyInfo(c, ConsoleKey.NoName, false, false, false)).Append(Key(ConsoleKey.Enter));

    public static ConsoleKeyInfo Key(ConsoleKey key) => new(key == ConsoleKey.Spacebar ? ' ' : key == ConsoleKey.Enter ? '\r' : '\0', key, false, false, false);

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }

    /// <summary>A console whose keyboard is a script, so interactive prompts can be answered in tests.</summary>
    private sealed class ScriptedConsole(IAnsiConsole inner, IEnumerable<ConsoleKeyInfo> keys) : IAnsiConsole
    {
        public Profile Profile => inner.Profile;

        public IAnsiConsoleCursor Cursor => inner.Cursor;

        public IAnsiConsoleInput Input { get; } = new ScriptedInput(keys);

        public IExclusivityMode ExclusivityMode => inner.ExclusivityMode;

        public RenderPipeline Pipeline => inner.Pipeline;

        public void Clear(bool home) => inner.Clear(home);

        public void Write(IRenderable renderable) => inner.Write(renderable);
    }

    private sealed class ScriptedInput(IEnumerable<ConsoleKeyInfo> keys) : IAnsiConsoleInput
    {
        private readonly Queue<ConsoleKeyInfo> queue = new(keys);

        public bool IsKeyAvailable() => queue.Count > 0;

        public ConsoleKeyInfo? ReadKey(bool intercept) =>
            queue.Count > 0 ? queue.Dequeue() : throw new InvalidOperationException("The test ran out of scripted keys.");

        public Task<ConsoleKeyInfo?> ReadKeyAsync(bool intercept, CancellationToken cancellationToken) => Task.FromResult(ReadKey(intercept));
    }
}

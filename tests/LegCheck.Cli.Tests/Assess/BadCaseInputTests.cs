using System.Text;
using LegCheck.Testing;
using Spectre.Console;
using Xunit;

namespace LegCheck.Cli.Tests.Assess;

/// <summary>
/// The shared table of malformed cases, each written to a <c>.json</c> case file and run through
/// <c>legcheck assess</c>: the printed errors must be exactly the parser's verdict, and the API test runs the
/// same table through <c>POST /api/v1/assess</c>.
/// </summary>
public sealed class BadCaseInputTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("legcheck-bad-");

    public static IEnumerable<object[]> Names() => BadCaseInputs.Names();

    [Theory]
    [MemberData(nameof(Names))]
    public void Assess_BadCaseFile_PrintsTheParsersFieldErrorsAndFails(string name)
    {
        var input = BadCaseInputs.Named(name);
        var verdict = BadCaseInputs.Verdict(input);
        Assert.Contains(verdict, line => line.StartsWith(input.Field, StringComparison.Ordinal));
        var file = Path.Combine(_dir.FullName, name + ".json");
        File.WriteAllBytes(file, input.Body);

        var (exit, output) = Run(["assess", "--case", file, "--json"]);

        Assert.Equal(1, exit);
        var printed = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.TrimEnd('\r'))
            .Where(l => l.StartsWith("error: ", StringComparison.Ordinal))
            .Select(l => l["error: ".Length..])
            .ToList();
        Assert.Equal(verdict.Select(v => $"{name}.json: {v}"), printed);
    }

    public void Dispose() => _dir.Delete(recursive: true);

    /// <summary>A console wide enough that no error line wraps, so lines compare as printed.</summary>
    private static (int Exit, string Output) Run(string[] args)
    {
        var writer = new StringWriter(new StringBuilder(), System.Globalization.CultureInfo.InvariantCulture);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 100_000;
        var ctx = new CliContext(console, TimeProvider.System, TextReader.Null, false, new Dictionary<string, string?>(StringComparer.Ordinal));
        var exit = LegCheckApp.RunAsync(args, ctx).GetAwaiter().GetResult();
        return (exit, writer.ToString());
    }
}

using System.Text.Json;
using LegCheck.Cli.Tests.Diary;
using LegCheck.Testing;
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

        var result = CliHarness.Run(["assess", "--case", file, "--json"]);

        Assert.Equal(1, result.Exit);
        Assert.Equal("", result.Out);
        var printed = result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("error").GetString())
            .ToList();
        Assert.Equal(verdict.Select(v => $"{name}.json: {v}"), printed);
    }

    public void Dispose() => _dir.Delete(recursive: true);
}

using LegCheck.Cli.Interview;
using LegCheck.Cli.Output;
using LegCheck.Cli.Tests.Diary;
using LegCheck.Core.Cases;
using LegCheck.Core.Engine;
using Spectre.Console.Testing;
using Xunit;

namespace LegCheck.Cli.Tests.Interview;

/// <summary>The terminal interview ends with a short summary that is still on screen when the report has scrolled away.</summary>
public class CompactSummaryTests
{
    private const string ChestPainScript = "my calf is swollen and now I have chest pain\ny\n";

    [Fact]
    public void Interview_Emergency_EndsWithTheSummaryAsTheLastOutput()
    {
        var (exit, output) = CliHarness.Run(["interview", "--no-diary"], input: new StringReader(ChestPainScript + string.Concat(Enumerable.Repeat("\n", 40))));
        Assert.Equal(0, exit);
        var summary = Summary(output);
        Assert.StartsWith("Urgency: Call emergency services now.", summary, StringComparison.Ordinal);
        Assert.Contains("Why: ", summary, StringComparison.Ordinal);
        Assert.Contains("First steps:", summary, StringComparison.Ordinal);

        // Nothing from the long report comes after it: the plan table and the disclaimer are above.
        Assert.DoesNotContain("Not a diagnosis", summary, StringComparison.Ordinal);
        Assert.True(output.LastIndexOf("Your plan", StringComparison.Ordinal) < output.LastIndexOf(CompactSummary.Title, StringComparison.Ordinal));
    }

    [Fact]
    public void Interview_Emergency_DangerousCauseNeedsCheckingNeverUnlikely()
    {
        var (_, output) = CliHarness.Run(["interview", "--no-diary"], input: new StringReader(ChestPainScript + string.Concat(Enumerable.Repeat("\n", 40))));
        var causes = Summary(output).Split('\n').Single(l => l.StartsWith("Causes: ", StringComparison.Ordinal));
        Assert.Contains("needs checking", causes, StringComparison.Ordinal);
        Assert.DoesNotContain("unlikely", causes, StringComparison.Ordinal);
    }

    [Fact]
    public void Interview_AnyEnd_ShowsAtMostThreeFirstSteps()
    {
        var (_, output) = CliHarness.Run(["interview", "--no-diary"], input: new StringReader("my calf cramped near the end of a long hot run, stretching helped\ny\n" + string.Concat(Enumerable.Repeat("\n", 40))));
        var lines = Summary(output).Split('\n');
        var steps = lines.SkipWhile(l => l != "First steps:").Skip(1).Where(l => l.StartsWith("  ", StringComparison.Ordinal)).ToList();
        Assert.InRange(steps.Count, 1, 3);
        Assert.StartsWith("  1. ", steps[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Assessment_RendersCoresHeadingReasonBandsAndFirstSteps()
    {
        var assessment = Assessor.Default.Assess(Evidence.Empty.With("chest_pain", FactValue.Yes).With("swelling", FactValue.Yes), new AssessOptions { ClosedWorld = true });
        using var console = new TestConsole().Width(400);
        CompactSummary.Write(console, assessment);
        var text = console.Output;
        Assert.Contains($"Urgency: {assessment.Heading}.", text, StringComparison.Ordinal);
        Assert.Contains("Why: " + assessment.Triage.Reason.Text, text, StringComparison.Ordinal);
        Assert.Contains("Causes: " + string.Join("; ", assessment.TopCauses.Select(c => $"{c.Condition.Name}: {assessment.BandOf(c)}")), text, StringComparison.Ordinal);
        Assert.Equal(assessment.FirstSteps.Count, text.Split('\n').Count(l => l.StartsWith("  ", StringComparison.Ordinal)));
        Assert.Contains("  1. " + assessment.TitleOf(assessment.FirstSteps[0]), text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, null, true)]
    [InlineData(true, "1", false)]
    [InlineData(false, null, false)]
    public void Write_ThroughTheCliConsole_StyledOnlyOnATerminalWithoutNoColor(bool terminal, string? noColor, bool styled)
    {
        var assessment = Assessor.Default.Assess(Evidence.Empty.With("chest_pain", FactValue.Yes), new AssessOptions { ClosedWorld = true });
        using var writer = new StringWriter();
        var console = Consoles.Create(writer, terminal, new Dictionary<string, string?>(StringComparer.Ordinal) { ["NO_COLOR"] = noColor, ["TERM"] = "xterm-256color" });
        CompactSummary.Write(console, assessment);
        Assert.Equal(styled, writer.ToString().Contains('\u001b', StringComparison.Ordinal));
        Assert.Contains("Urgency: ", writer.ToString(), StringComparison.Ordinal);
    }

    /// <summary>What follows the summary's heading, which must be the end of the output.</summary>
    private static string Summary(string output)
    {
        var at = output.LastIndexOf(CompactSummary.Title, StringComparison.Ordinal);
        Assert.True(at >= 0, output);
        var start = output.IndexOf('\n', at) + 1;
        return output[start..].Replace("\r", "", StringComparison.Ordinal).TrimEnd();
    }
}

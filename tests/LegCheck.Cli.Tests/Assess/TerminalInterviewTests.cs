using Xunit;
using LegCheck.Cli.Tests.Diary;

namespace LegCheck.Cli.Tests.Assess;

/// <summary>Scripted terminal sessions: piped stdin with numbered prompts, and arrow-key prompts on a scripted console.</summary>
public class TerminalInterviewTests
{
    [Fact]
    public void Interview_PipedStdin_CompletesWithReport()
    {
        // Free text, confirm, then answer every question with "don't know" (empty line) except a few.
        var script = "my calf cramped near the end of a long hot run, stretching helped\ny\n" + string.Concat(Enumerable.Repeat("\n", 40));
        var (exit, output) = CliHarness.Run(["interview", "--no-diary"], input: new StringReader(script));
        Assert.Equal(0, exit);
        Assert.Contains("From your description I understood:", output, StringComparison.Ordinal);
        Assert.Contains("Question 1:", output, StringComparison.Ordinal);
        Assert.Contains("Urgency:", output, StringComparison.Ordinal);
        Assert.Contains("Your plan", output, StringComparison.Ordinal);
        Assert.Contains("not a diagnosis", output, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("y", false)]
    [InlineData("n", true)]
    public void Interview_DescriptionFacts_AreConfirmedBeforeUse(string answer, bool bodyMapAsked)
    {
        var script = $"sharp pain in my calf\n{answer}\n" + string.Concat(Enumerable.Repeat("\n", 40));
        var (exit, output) = CliHarness.Run(["interview", "--no-diary"], input: new StringReader(script));
        Assert.Equal(0, exit);
        Assert.Contains("where: calf", output, StringComparison.Ordinal);
        Assert.Equal(bodyMapAsked, output.Contains("Where do you feel it?", StringComparison.Ordinal));
    }

    [Fact]
    public void Interview_AlarmSignInDescription_ShowsUrgencyBeforeTheFactsToConfirm()
    {
        var script = "my calf is swollen and now I have chest pain and I'm short of breath\ny\n" + string.Concat(Enumerable.Repeat("\n", 40));
        var (exit, output) = CliHarness.Run(["interview", "--no-diary"], input: new StringReader(script));
        Assert.Equal(0, exit);
        var urgent = output.IndexOf("Urgent: call emergency services now.", StringComparison.Ordinal);
        Assert.True(urgent >= 0, output);
        Assert.True(urgent < output.IndexOf("From your description I understood:", StringComparison.Ordinal), "urgency comes first");
        Assert.Contains("chest pain", output[urgent..output.IndexOf('\n', urgent)], StringComparison.Ordinal);
    }

    [Fact]
    public void Interview_OrdinaryDescription_ShowsNoUrgency()
    {
        var script = "my toes go numb after two miles\ny\n" + string.Concat(Enumerable.Repeat("\n", 40));
        var (_, output) = CliHarness.Run(["interview", "--no-diary"], input: new StringReader(script));
        Assert.DoesNotContain("Urgent:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Interview_PipedStdin_WhyAndBackWork()
    {
        var script = "\n?\n1\nb\n2\n" + string.Concat(Enumerable.Repeat("\n", 40));
        var (exit, output) = CliHarness.Run(["interview", "--no-diary"], input: new StringReader(script));
        Assert.Equal(0, exit);
        Assert.Contains("Why we ask:", output, StringComparison.Ordinal);
        // Asked, asked again after "why", and once more after going back from question 2.
        Assert.Equal(3, CountOf(output, "Question 1:"));
        Assert.Equal(2, CountOf(output, "Question 2:"));
    }

    [Fact]
    public void Interview_InputEndsEarly_FailsWithExit1NotTheCtrlCCode()
    {
        var result = CliHarness.Run(["interview", "--no-diary"], input: new StringReader("\n1\n"));
        Assert.Equal(1, result.Exit);
        Assert.Contains("error: standard input ended before the interview did; nothing was saved.", result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("Your plan", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Interview_BadNumber_IsRejectedAndAskedAgain()
    {
        // A cramp late in a marathon makes the run's length a must-ask. Every prompt first gets "old" (a tick-list
        // rejects it and takes the "0" after it; the run's length rejects it as a number), then don't-know to the end.
        var script = "my calf cramps near the end of a marathon\n\n" + string.Concat(Enumerable.Repeat("old\n0\n", 12)) + string.Concat(Enumerable.Repeat("\n", 40));
        var (exit, output) = CliHarness.Run(["interview", "--no-diary"], input: new StringReader(script));
        Assert.Equal(0, exit);
        Assert.Contains("How long was the run", output, StringComparison.Ordinal);
        Assert.Contains("expected a number, got 'old'", output, StringComparison.Ordinal);
        Assert.DoesNotContain("q_run_minutes", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Interview_PipedStdin_BodyMapOffersTheInnerShin()
    {
        // No description, q_feel: tick pain; then the body map is asked and lists its areas.
        var script = "\n5\n" + string.Concat(Enumerable.Repeat("\n", 40));
        var (exit, output) = CliHarness.Run(["interview", "--no-diary"], input: new StringReader(script));
        Assert.Equal(0, exit);
        Assert.Contains("Where do you feel it?", output, StringComparison.Ordinal);
        Assert.Contains("Inner edge of the shin", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Interview_ArrowKeyConsole_CompletesWithReport()
    {
        var (exit, output) = CliHarness.Run(["interview", "--no-diary"], keys: CliHarness.FirstOptionToTheEnd());
        Assert.Equal(0, exit);
        Assert.Contains("Your plan", output, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part)
    {
        var n = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }
}

using LegCheck.Cli.Interview;
using LegCheck.Cli.Tests.Diary;
using LegCheck.Core.Engine;
using LegCheck.Core.Interview;
using LegCheck.Core.Model;
using Xunit;

namespace LegCheck.Cli.Tests.Interview;

/// <summary>Each answered question stays on screen as one line: "Q3 When does it happen? → at night".</summary>
public class AnswerEchoTests
{
    private static readonly KnowledgeBase Kb = Assessor.Default.Kb;

    private static Question Q(string id) => Kb.Questions.First(q => q.Id == id);

    [Fact]
    public void Line_TickListWithInstruction_ShowsTheQuestionAndTheLabelsInWords()
    {
        var q = Kb.Questions.First(q => q.Type == QuestionType.MultiChoice && q.Text.Contains("? Tick", StringComparison.Ordinal) && q.Options.Count >= 2 && q.Options.Take(2).All(o => !o.Label.Contains(',', StringComparison.Ordinal)));
        var line = AnswerEcho.Line(3, q, [q.Options[0].Value, q.Options[1].Value]);
        Assert.Equal($"Q3 {q.Text[..(q.Text.IndexOf('?', StringComparison.Ordinal) + 1)]} → {Lower(q.Options[0].Label)} and {Lower(q.Options[1].Label)}", line);
    }

    [Fact]
    public void Answer_DontKnow_IsShownAsDontKnow()
    {
        Assert.Equal("don't know", AnswerEcho.Answer(Q("q_run_minutes"), [Answers.Unknown]));
    }

    [Fact]
    public void Answer_NothingTicked_IsNoneOfThese()
    {
        var q = Kb.Questions.First(q => q.Type == QuestionType.MultiChoice);
        Assert.Equal("none of these", AnswerEcho.Answer(q, []));
    }

    [Fact]
    public void Answer_LabelsWithCommas_AreKeptApartBySemicolons()
    {
        var q = Kb.Questions.First(q => q.Type == QuestionType.MultiChoice && q.Options.Count >= 2 && q.Options[0].Label.Contains(',', StringComparison.Ordinal));
        Assert.Equal($"{Lower(q.Options[0].Label)}; {Lower(q.Options[1].Label)}", AnswerEcho.Answer(q, [q.Options[0].Value, q.Options[1].Value]));
    }

    [Fact]
    public void Answer_Number_KeepsTheNumber()
    {
        Assert.StartsWith("95", AnswerEcho.Answer(Q("q_run_minutes"), ["95"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Interview_PipedStdin_EveryAnswerStaysAsAnEchoLine()
    {
        // No description; tick the first option of question 1, then don't know to the end.
        var script = "\n1\n" + string.Concat(Enumerable.Repeat("\n", 40));
        var (exit, output) = CliHarness.Run(["interview", "--no-diary"], input: new StringReader(script));
        Assert.Equal(0, exit);
        var first = Kb.Questions.First(q => q.IsStart);
        Assert.Contains($"Q1 {AnswerEcho.Asked(first.Text)} → {Lower(first.Options[0].Label)}", output, StringComparison.Ordinal);
        Assert.Contains("Q2 ", output, StringComparison.Ordinal);
        Assert.Contains("→ don't know", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Interview_ArrowKeyConsole_AnswerStaysOnScreenAfterThePromptClears()
    {
        var (exit, output) = CliHarness.Run(["interview", "--no-diary"], keys: CliHarness.FirstOptionToTheEnd());
        Assert.Equal(0, exit);
        var first = Kb.Questions.First(q => q.IsStart);
        Assert.Contains($"Q1 {AnswerEcho.Asked(first.Text)} → {Lower(first.Options[0].Label)}", output, StringComparison.Ordinal);
    }

    private static string Lower(string label) => char.IsUpper(label[1]) ? label : char.ToLowerInvariant(label[0]) + label[1..];
}

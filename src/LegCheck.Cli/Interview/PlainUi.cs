using System.Globalization;
using LegCheck.Cli.Assess;
using LegCheck.Core.Interview;
using LegCheck.Core.Model;
using Spectre.Console;

namespace LegCheck.Cli.Interview;

/// <summary>
/// Numbered prompts read line by line, for piped input. Answers: an option number (several separated by
/// commas for tick-lists, 0 for none), a number for number questions, "?" for why, "b" for back, "q" to quit;
/// an empty line means "don't know".
/// </summary>
internal sealed class PlainUi(IAnsiConsole console, TextReader input) : IInterviewUi
{
    public string? AskDescription()
    {
        console.WriteLine("Describe what you feel in your own words (or press Enter to skip):");
        var line = input.ReadLine();
        return string.IsNullOrWhiteSpace(line) ? null : line;
    }

    public IReadOnlySet<int> ChooseFacts(IReadOnlyList<string> lines, string title)
    {
        console.WriteLine(title);
        for (var i = 0; i < lines.Count; i++)
        {
            console.WriteLine($"  {i + 1}) {lines[i]}");
        }

        var all = Enumerable.Range(0, lines.Count).ToHashSet();
        while (true)
        {
            console.WriteLine("Keep these? (y = keep all, n = drop all, or the numbers to drop, e.g. 2,3)");
            var answer = input.ReadLine()?.Trim();
            if (answer is null || answer.Length == 0 || answer.StartsWith('y'))
            {
                return all;
            }

            if (answer.StartsWith('n'))
            {
                return new HashSet<int>();
            }

            var drop = new HashSet<int>();
            var valid = true;
            foreach (var part in answer.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                valid &= int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= lines.Count && drop.Add(n - 1);
            }

            if (valid)
            {
                all.ExceptWith(drop);
                return all;
            }
        }
    }

    public UiAction Ask(Question question, IReadOnlyList<QuestionOption> open, int number, double confidence, bool canGoBack)
    {
        console.WriteLine();
        console.WriteLine($"Question {number}: {question.Text}");
        var options = question.Type == QuestionType.YesNo
            ? [new QuestionOption("yes", "Yes"), new QuestionOption("no", "No")]
            : open;
        if (question.Type != QuestionType.Number)
        {
            for (var i = 0; i < options.Count; i++)
            {
                console.WriteLine($"  {i + 1}) {options[i].Label}");
            }
        }

        var hint = question.Type switch
        {
            QuestionType.MultiChoice => "numbers separated by commas, 0 for none",
            QuestionType.Number => $"a number{(question.Unit is null ? "" : " in " + question.Unit)}",
            _ => "a number",
        };
        while (true)
        {
            console.WriteLine($"Answer ({hint}; Enter = don't know, ? = why{(canGoBack ? ", b = back" : "")}, q = quit):");
            var line = input.ReadLine();
            if (line is null)
            {
                return new UiAction.EndOfInput();
            }

            line = line.Trim();
            switch (line)
            {
                case "":
                    return new UiAction.Answer([Answers.Unknown]);
                case "?":
                    return new UiAction.Why();
                case "b" when canGoBack:
                    return new UiAction.Back();
                case "q":
                    return new UiAction.Quit();
            }

            if (question.Type == QuestionType.Number)
            {
                return new UiAction.Answer([line]);
            }

            var picked = Pick(line, options, question.Type == QuestionType.MultiChoice);
            if (picked is not null)
            {
                return new UiAction.Answer(picked);
            }

            console.WriteLine($"Please answer with {hint}.");
        }
    }

    public void ShowWhy(NextQuestion next, KnowledgeBase kb) =>
        console.Profile.Out.Writer.WriteLine($"Why we ask: {next.Rationale} (sources: {Report.Sources(next.Question.Sources, kb)})");

    private static List<string>? Pick(string line, IReadOnlyList<QuestionOption> options, bool many)
    {
        var values = new List<string>();
        foreach (var part in line.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) || n < 0 || n > options.Count)
            {
                return null;
            }

            if (n > 0)
            {
                values.Add(options[n - 1].Value);
            }
        }

        return (many || values.Count == 1) && (many || line != "0") ? values : null;
    }
}

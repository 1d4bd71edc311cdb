using LegCheck.Cli.Assess;
using LegCheck.Core.Interview;
using LegCheck.Core.Model;
using Spectre.Console;

namespace LegCheck.Cli.Interview;

/// <summary>Arrow-key prompts for a real terminal, with a progress line, "why?" and "back" as choices.</summary>
internal sealed class SpectreUi(IAnsiConsole console) : IInterviewUi
{
    private const string WhyChoice = "↳ Why do you ask this?";
    private const string BackChoice = "↩ Back to the previous question";
    private const string UnknownChoice = "I don't know";
    private const string NoneChoice = "None of these";

    public string? AskDescription()
    {
        var text = console.Prompt(new TextPrompt<string>("Describe what you feel in your own words [dim](Enter to skip)[/]:").AllowEmpty());
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    public IReadOnlySet<int> ChooseFacts(IReadOnlyList<string> lines, string title)
    {
        var prompt = new MultiSelectionPrompt<string>()
            .Title($"[bold]{Markup.Escape(title)}[/] [dim](untick anything that is wrong; enter to confirm)[/]")
            .NotRequired()
            .PageSize(15);
        var labels = lines.Select((l, i) => $"{i + 1}. {Markup.Escape(l)}").ToList();
        prompt.AddChoices(labels);
        foreach (var label in labels)
        {
            prompt.Select(label);
        }

        var kept = console.Prompt(prompt);
        return labels.Select((l, i) => (l, i)).Where(x => kept.Contains(x.l)).Select(x => x.i).ToHashSet();
    }

    public UiAction Ask(Question question, IReadOnlyList<QuestionOption> open, int number, double confidence, bool canGoBack)
    {
        var filled = (int)Math.Round(confidence * 10);
        console.WriteLine();
        console.MarkupLine($"[dim]Question {number} · leading cause confidence {new string('█', filled)}{new string('░', 10 - filled)}[/]");
        var extras = new List<string> { WhyChoice };
        if (canGoBack)
        {
            extras.Add(BackChoice);
        }

        if (question.Type == QuestionType.Number)
        {
            var text = console.Prompt(new TextPrompt<string>(
                $"{Markup.Escape(question.Text)} [dim](number{(question.Unit is null ? "" : " in " + question.Unit)}; Enter = don't know, ? = why{(canGoBack ? ", b = back" : "")})[/]").AllowEmpty());
            return text.Trim() switch
            {
                "" => new UiAction.Answer([Answers.Unknown]),
                "?" => new UiAction.Why(),
                "b" when canGoBack => new UiAction.Back(),
                var t => new UiAction.Answer([t]),
            };
        }

        var options = question.Type == QuestionType.YesNo
            ? [new QuestionOption("yes", "Yes"), new QuestionOption("no", "No")]
            : open;
        var labels = options.Select(o => Markup.Escape(o.Label)).ToList();
        if (question.Type == QuestionType.MultiChoice)
        {
            var picked = console.Prompt(new MultiSelectionPrompt<string>()
                .Title(Markup.Escape(question.Text) + " [dim](space to tick, enter to confirm)[/]")
                .NotRequired()
                .PageSize(20)
                .AddChoices(labels.Append(NoneChoice).Append(UnknownChoice).Concat(extras)));
            if (picked.Contains(WhyChoice))
            {
                return new UiAction.Why();
            }

            if (picked.Contains(BackChoice))
            {
                return new UiAction.Back();
            }

            if (picked.Contains(UnknownChoice))
            {
                return new UiAction.Answer([Answers.Unknown]);
            }

            return new UiAction.Answer(options.Where((o, i) => picked.Contains(labels[i])).Select(o => o.Value).ToList());
        }

        var choice = console.Prompt(new SelectionPrompt<string>()
            .Title(Markup.Escape(question.Text))
            .PageSize(20)
            .AddChoices(labels.Append(UnknownChoice).Concat(extras)));
        return choice switch
        {
            WhyChoice => new UiAction.Why(),
            BackChoice => new UiAction.Back(),
            UnknownChoice => new UiAction.Answer([Answers.Unknown]),
            _ => new UiAction.Answer([options[labels.IndexOf(choice)].Value]),
        };
    }

    public void ShowWhy(NextQuestion next, KnowledgeBase kb) =>
        console.Write(new Panel($"{Markup.Escape(next.Rationale)}\n[dim]Sources: {Markup.Escape(Report.Sources(next.Question.Sources, kb))}[/]")
        {
            Header = new PanelHeader("Why we ask"),
        });
}

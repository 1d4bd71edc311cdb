using LegCheck.Cli.Assess;
using LegCheck.Cli.Handoff;
using LegCheck.Core.Cases;
using LegCheck.Core.Engine;
using LegCheck.Core.FreeText;
using LegCheck.Core.Interview;
using LegCheck.Core.Model;
using Spectre.Console;

namespace LegCheck.Cli.Interview;

/// <summary>A fact offered before the interview starts, such as one inferred from the run diary.</summary>
internal sealed record PrefilledFact(string FactId, string Value, string Explanation);

/// <summary>
/// The interview loop shared by both faces: free-text start, optional diary pre-fill, one question at a
/// time with back and why, and the same report as <c>assess</c> at the end.
/// </summary>
internal static class TerminalInterview
{
    public static int Run(CliContext ctx, IInterviewUi ui, IReadOnlyList<PrefilledFact> prefilled) =>
        Run(ctx, ui, prefilled, HandoffTargets.None, null);

    public static int Run(CliContext ctx, IInterviewUi ui, IReadOnlyList<PrefilledFact> prefilled, HandoffTargets handoff, LegCheck.Handoff.Training.TrainingContext? training)
    {
        var engine = new InterviewEngine(Assessor.Default);
        var kb = engine.Kb;
        ctx.Console.MarkupLine("[bold]LegCheck[/] asks a few questions about your calf or foot symptoms. It is not a diagnosis.");

        var (description, described) = Describe(ctx, ui, kb, Evidence.Empty);
        var evidence = ApplyPrefill(kb, described, prefilled, ui);
        var history = new Stack<Evidence>();
        while (true)
        {
            var step = engine.Next(evidence);
            if (step.ShouldStop || step.Next is null)
            {
                return Finish(ctx, engine, evidence, step.Assessment, description, handoff, training);
            }

            var confidence = step.Assessment.Conditions[0].Probability;
            var action = ui.Ask(step.Next.Question, step.Next.Options, history.Count + 1, confidence, history.Count > 0);
            switch (action)
            {
                case UiAction.Quit:
                    Output.CliOutput.Line(ctx, "Interview ended before the end; nothing was saved.");
                    return ExitCodes.Success;
                case UiAction.EndOfInput:
                    Output.CliOutput.Error(ctx, "standard input ended before the interview did; nothing was saved.", json: false);
                    return ExitCodes.Failure;
                case UiAction.Why:
                    ui.ShowWhy(step.Next, kb);
                    break;
                case UiAction.Back:
                    evidence = history.Pop();
                    break;
                case UiAction.Answer answer:
                    var applied = Answers.Apply(kb, evidence, step.Next.Question, answer.Values);
                    if (applied.TryGet(out var next, out var errors))
                    {
                        ctx.Console.WriteLine(AnswerEcho.Line(history.Count + 1, step.Next.Question, answer.Values));
                        history.Push(evidence);
                        evidence = next;
                    }
                    else
                    {
                        // The message says what was expected; the question's id means nothing to the runner.
                        Output.CliOutput.Error(ctx, errors[0].Message, json: false);
                    }

                    break;
            }
        }
    }

    /// <summary>The runner's own words first: an alarm sign in them shows its urgency at once, and the facts read are confirmed.</summary>
    private static (string? Description, Evidence Evidence) Describe(CliContext ctx, IInterviewUi ui, KnowledgeBase kb, Evidence evidence)
    {
        var description = ui.AskDescription();
        if (description is { } text)
        {
            var parsed = PhraseParser.Parse(text);
            if (ParsedUrgency.Of(parsed, Assessor.Default) is { IsUrgent: true } urgency)
            {
                // The urgency comes before the list to confirm, not after a dozen questions.
                var signs = string.Join(", ", urgency.AlarmFacts.Select(id => kb.Facts[id].Label));
                ctx.Console.MarkupLineInterpolated($"[bold red]Urgent: {Planner.Describe(urgency.Level)}.[/] You mentioned {signs}. Do not wait for the questions to act on this.");
            }

            if (parsed.Count > 0)
            {
                var candidate = PhraseParser.Apply(evidence, parsed).Values.ToList();
                var lines = candidate.Select(kv => UiText.Describe(kb, kv.Key, kv.Value)).ToList();
                var kept = ui.ChooseFacts(lines, "From your description I understood:");
                evidence = candidate.Where((kv, i) => kept.Contains(i)).Aggregate(evidence, (e, kv) => e.With(kv.Key, kv.Value));
            }
        }

        return (description, evidence);
    }

    /// <summary>The full report, any hand-off files, and last the compact summary.</summary>
    private static int Finish(CliContext ctx, InterviewEngine engine, Evidence evidence, Assessment assessment, string? description, HandoffTargets handoff, LegCheck.Handoff.Training.TrainingContext? training)
    {
        var kb = engine.Kb;
        var result = assessment with { Call = EmergencyNumbers.For(assessment.Triage.Level, ctx.Region) };
        Report.Write(ctx.Console, kb, "Your assessment", result);
        var exit = handoff.Any
            ? HandoffCli.Write(ctx, kb, Handoff(engine, evidence, result, description, training), handoff, json: false)
            : ExitCodes.Success;

        // Last, so that the urgency and the first steps are what stays on screen, not the end of a long plan.
        CompactSummary.Write(ctx.Console, result);
        return exit;
    }

    /// <summary>An interview is open-world: a question not asked stays unknown, and the summary says so.</summary>
    private static LegCheck.Handoff.HandoffInput Handoff(InterviewEngine engine, Evidence evidence, Assessment assessment, string? description, LegCheck.Handoff.Training.TrainingContext? training) => new()
    {
        CaseId = "interview",
        Answers = evidence,
        Assessment = assessment,
        ClosedWorld = false,
        Complaint = description,
        QuestionsAsked = engine.CountAsked(evidence),
        Training = training,
    };

    private static Evidence ApplyPrefill(Core.Model.KnowledgeBase kb, Evidence evidence, IReadOnlyList<PrefilledFact> prefilled, IInterviewUi ui)
    {
        var usable = new List<(string FactId, FactValue Value, string Explanation)>();
        foreach (var p in prefilled.Where(p => kb.Facts.ContainsKey(p.FactId) && !evidence.Has(p.FactId)))
        {
            if (FactParser.TryParse(kb.Facts[p.FactId], p.Value, out var value) is null && value.IsKnown)
            {
                usable.Add((p.FactId, value, p.Explanation));
            }
        }

        if (usable.Count == 0)
        {
            return evidence;
        }

        var lines = usable.Select(u => $"{UiText.Describe(kb, u.FactId, u.Value)} — {u.Explanation}").ToList();
        var kept = ui.ChooseFacts(lines, "From your run diary (you can change these):");
        return usable.Where((u, i) => kept.Contains(i)).Aggregate(evidence, (e, u) => e.With(u.FactId, u.Value));
    }
}

using System.CommandLine;
using LegCheck.Cli.Assess;
using LegCheck.Cli.Handoff;
using LegCheck.Core.Cases;
using LegCheck.Core.Engine;
using LegCheck.Core.Interview;
using Spectre.Console;

namespace LegCheck.Cli.Interview;

/// <summary>
/// <c>legcheck interview</c> runs the interview in the terminal; with <c>--case FILE|DIR --json</c> it
/// simulates it, answering each question from the case file, and prints the contract JSON.
/// </summary>
internal static class InterviewCommand
{
    public static Command Create(CliContext ctx)
    {
        var caseOption = new Option<string?>("--case") { Description = "Simulate the interview for a case file, a folder of cases, or - for a case on standard input" };
        var jsonOption = new Option<bool>("--json") { Description = "Print the contract JSON, one line per case" };
        var noDiary = new Option<bool>("--no-diary") { Description = "Do not pre-fill answers from the run diary" };
        var command = new Command("interview", "Answer a few questions about your symptoms (the default command)");
        command.Options.Add(caseOption);
        command.Options.Add(jsonOption);
        command.Options.Add(noDiary);
        HandoffCli.AddOptions(command);
        command.SetAction(parse =>
        {
            var here = ctx with { Region = RegionOption.Resolve(parse, ctx) };
            var targets = HandoffCli.Resolve(parse, here.Region);
            if (parse.GetValue(caseOption) is { } path)
            {
                return targets.Any
                    ? throw new UsageException($"{HandoffCli.PdfName} and {HandoffCli.FhirName} go with the interview you answer; for a case file use: legcheck assess --case {path} {HandoffCli.PdfName} FILE")
                    : RunCases(here, path, parse.GetValue(jsonOption));
            }

            var useDiary = !parse.GetValue(noDiary);
            var training = useDiary && targets.Any ? HandoffCli.Training(here, parse) : null;
            return RunTerminal(here, useDiary ? FromDiary(here, parse) : [], targets, training);
        });
        return command;
    }

    /// <summary>
    /// Facts the run diary can vouch for (recent mileage, run length, heat, electrolytes, shoes), offered
    /// before the interview as editable answers. No diary, or an unreadable one, simply means no pre-fill.
    /// </summary>
    public static IReadOnlyList<PrefilledFact> FromDiary(CliContext ctx, System.CommandLine.ParseResult parse)
    {
        try
        {
            var path = LegCheck.Diary.Storage.DiaryPaths.Resolve(Diary.DiaryCli.DbPath(parse), ctx.Environment);
            return LegCheck.Diary.Prefill.DiaryPrefill.FromDatabase(path, ctx.Time)
                .Select(f => new PrefilledFact(f.FactId, f.Value, f.Explanation))
                .ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or LegCheck.Diary.DiaryException or Microsoft.Data.Sqlite.SqliteException)
        {
            Output.CliOutput.Warning(ctx, $"run diary not used: {e.Message}");
            return [];
        }
    }

    public static int RunTerminal(CliContext ctx, IReadOnlyList<PrefilledFact>? prefilled = null, HandoffTargets? handoff = null, LegCheck.Handoff.Training.TrainingContext? training = null)
    {
        // Arrow-key prompts need a keyboard and cursor control; with NO_COLOR or piped input the numbered prompts serve.
        IInterviewUi ui = Diary.DiaryCli.Interactive(ctx)
            ? new SpectreUi(ctx.Console)
            : new PlainUi(ctx.Console, ctx.Input);
        return TerminalInterview.Run(ctx, ui, prefilled ?? [], handoff ?? HandoffTargets.None, training);
    }

    public static int RunCases(CliContext ctx, string path, bool json)
    {
        var engine = new InterviewEngine(Assessor.Default);
        return CaseFiles.ForEach(ctx, path, engine.Kb, json, c =>
        {
            var result = CaseInterview.Run(engine, c);
            if (json)
            {
                ctx.Console.Profile.Out.Writer.WriteLine(AssessmentJson.From(c.Id, result.Assessment, result.QuestionsAsked).ToJsonLine());
            }
            else
            {
                Output.CliOutput.Line(ctx, $"{result.QuestionsAsked} questions: {string.Join(", ", result.QuestionIds)} ({result.StopReason})");
                Report.Write(ctx.Console, engine.Kb, c.Summary ?? c.Id, result.Assessment, ctx.Region);
            }
        });
    }

    /// <summary>Runs a case through the simulated interview for <c>eval --interview</c>.</summary>
    public static AssessmentJson Simulate(Assessor assessor, Case c)
    {
        var result = CaseInterview.Run(new InterviewEngine(assessor), c);
        return AssessmentJson.From(c.Id, result.Assessment, result.QuestionsAsked);
    }
}

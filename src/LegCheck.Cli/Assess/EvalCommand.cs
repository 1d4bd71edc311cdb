using System.CommandLine;
using System.Globalization;
using LegCheck.Core.Engine;
using LegCheck.Core.Evaluation;
using Spectre.Console;

namespace LegCheck.Cli.Assess;

/// <summary><c>legcheck eval DIR</c>: the metrics of score_cases.py, with each miss and its reason.</summary>
public static class EvalCommand
{
    public static Command Create(CliContext ctx)
    {
        var dir = new Argument<string>("DIR") { Description = "Folder of case files with gold labels" };
        var interview = new Option<bool>("--interview") { Description = "Score the simulated interview instead of assess" };
        var command = new Command("eval", "Score the engine against labelled cases");
        command.Arguments.Add(dir);
        command.Options.Add(interview);
        command.SetAction(parse => Run(ctx, parse.GetValue(dir)!, parse.GetValue(interview)));
        return command;
    }

    public static int Run(CliContext ctx, string dir, bool interview)
    {
        var assessor = Assessor.Default;
        var results = new List<(Core.Cases.Case, AssessmentJson)>();
        var failed = false;
        foreach (var file in CaseFiles.Read(dir, assessor.Kb))
        {
            if (file.Case?.Expected is null)
            {
                failed = true;
                ctx.Console.MarkupLineInterpolated($"[red]error:[/] {file.Error ?? file.Path + ": no expected labels"}");
                continue;
            }

            results.Add((file.Case, interview ? Interview.InterviewCommand.Simulate(assessor, file.Case) : Assess(assessor, file.Case)));
        }

        var (m, misses) = Scorer.Score(results);
        foreach (var miss in misses)
        {
            ctx.Console.Profile.Out.Writer.WriteLine($"MISS     {miss.CaseId}: {string.Join("; ", miss.Problems)}");
        }

        var line = string.Create(CultureInfo.InvariantCulture,
            $"{m.Cases} cases: top1={m.Top1:0.00} top3={m.Top3:0.00} triage={m.TriageExact:0.00} under_triage={m.UnderTriage} over_triage={m.OverTriage} forbidden={m.Forbidden} advice={m.AdviceRecall:0.00}");
        if (m.QuestionsMedian is { } med)
        {
            line += string.Create(CultureInfo.InvariantCulture, $" questions_median={med} questions_max={m.QuestionsMax}");
        }

        ctx.Console.Profile.Out.Writer.WriteLine(line);
        return failed ? 1 : 0;
    }

    private static AssessmentJson Assess(Assessor assessor, Core.Cases.Case c) =>
        AssessmentJson.From(c.Id, assessor.Assess(c.Facts, AssessOptions.Default with { ClosedWorld = true }));
}

using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using LegCheck.Cli.Output;
using LegCheck.Core.Engine;

namespace LegCheck.Cli.Assess;

/// <summary><c>legcheck eval DIR [--interview] [--json]</c>: the metrics of score_cases.py, with each miss and its reason.</summary>
internal static class EvalCommand
{
    public static Command Create(CliContext ctx)
    {
        var dir = new Argument<string>("DIR") { Description = "Folder of case files with gold labels" };
        var interview = new Option<bool>("--interview") { Description = "Score the simulated interview instead of assess" };
        var json = new Option<bool>("--json") { Description = "Print the metrics and misses as one JSON object" };
        var command = new Command("eval", "Score the engine against labelled cases");
        command.Arguments.Add(dir);
        command.Options.Add(interview);
        command.Options.Add(json);
        command.SetAction(parse => Run(ctx, parse.GetValue(dir)!, parse.GetValue(interview), parse.GetValue(json)));
        return command;
    }

    public static int Run(CliContext ctx, string dir, bool interview, bool json = false)
    {
        var assessor = Assessor.Default;
        var results = new List<(Core.Cases.Case, AssessmentJson)>();
        var failed = false;
        foreach (var file in CaseFiles.Read(ctx, dir, assessor.Kb))
        {
            if (file.Case?.Expected is null)
            {
                failed = true;
                CaseFiles.ReportErrors(ctx, file.Error ?? file.Path + ": no expected labels", file.Path, json);
                continue;
            }

            results.Add((file.Case, interview ? Interview.InterviewCommand.Simulate(assessor, file.Case) : Assess(assessor, file.Case)));
        }

        var (m, misses) = Scorer.Score(results);
        if (json)
        {
            CliOutput.Line(ctx, JsonSerializer.Serialize(EvalJson.From(m, misses), CliJsonContext.Compact.EvalJson));
            return failed ? ExitCodes.Failure : ExitCodes.Success;
        }

        foreach (var miss in misses)
        {
            CliOutput.Line(ctx, $"MISS     {miss.CaseId}: {string.Join("; ", miss.Problems)}");
        }

        var line = string.Create(CultureInfo.InvariantCulture,
            $"{m.Cases} cases: top1={m.Top1:0.00} top3={m.Top3:0.00} triage={m.TriageExact:0.00} under_triage={m.UnderTriage} over_triage={m.OverTriage} forbidden={m.Forbidden} advice={m.AdviceRecall:0.00}");
        if (m.QuestionsMedian is { } med)
        {
            line += string.Create(CultureInfo.InvariantCulture, $" questions_median={med} questions_max={m.QuestionsMax}");
        }

        CliOutput.Line(ctx, line);
        return failed ? ExitCodes.Failure : ExitCodes.Success;
    }

    private static AssessmentJson Assess(Assessor assessor, Core.Cases.Case c) =>
        AssessmentJson.From(c.Id, assessor.Assess(c.Facts, AssessOptions.Default with { ClosedWorld = true }));
}

using System.CommandLine;
using LegCheck.Core.Engine;
using Spectre.Console;

namespace LegCheck.Cli.Assess;

/// <summary><c>legcheck assess --case FILE|DIR [--json]</c>: assess case files under the closed-world rule.</summary>
public static class AssessCommand
{
    public static Command Create(CliContext ctx)
    {
        var caseOption = new Option<string>("--case") { Description = "A case file, or a folder of case files", Required = true };
        var jsonOption = new Option<bool>("--json") { Description = "Print the contract JSON, one line per case" };
        var command = new Command("assess", "Assess one runner's case, or a folder of cases");
        command.Options.Add(caseOption);
        command.Options.Add(jsonOption);
        command.SetAction(parse => Run(ctx, parse.GetValue(caseOption)!, parse.GetValue(jsonOption)));
        return command;
    }

    public static int Run(CliContext ctx, string path, bool json)
    {
        var assessor = Assessor.Default;
        var failed = false;
        foreach (var file in CaseFiles.Read(path, assessor.Kb))
        {
            if (file.Case is null)
            {
                failed = true;
                ctx.Console.MarkupLineInterpolated($"[red]error:[/] {file.Error}");
                continue;
            }

            var assessment = assessor.Assess(file.Case.Facts, AssessOptions.Default with { ClosedWorld = true });
            if (json)
            {
                ctx.Console.Profile.Out.Writer.WriteLine(AssessmentJson.From(file.Case.Id, assessment).ToJsonLine());
            }
            else
            {
                Report.Write(ctx.Console, assessor.Kb, file.Case.Summary ?? file.Case.Id, assessment);
            }
        }

        return failed ? 1 : 0;
    }
}

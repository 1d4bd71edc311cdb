using System.CommandLine;
using LegCheck.Core.Engine;
using Spectre.Console;

namespace LegCheck.Cli.Assess;

/// <summary><c>legcheck assess --case FILE|DIR [--json]</c>: assess case files under the closed-world rule.</summary>
public static class AssessCommand
{
    public static Command Create(CliContext ctx)
    {
        var caseOption = new Option<string>("--case") { Description = "A case file, a folder of case files, or - for one case on standard input", Required = true };
        var jsonOption = new Option<bool>("--json") { Description = "Print the contract JSON, one line per case" };
        var command = new Command("assess", "Assess one runner's case, or a folder of cases");
        command.Options.Add(caseOption);
        command.Options.Add(jsonOption);
        command.SetAction(parse => Run(ctx, parse.GetValue(caseOption)!, parse.GetValue(jsonOption), RegionOption.Resolve(parse, ctx)));
        return command;
    }

    public static int Run(CliContext ctx, string path, bool json, EmergencyRegion? region = null)
    {
        var assessor = Assessor.Default;
        return CaseFiles.ForEach(ctx, path, assessor.Kb, json, c =>
        {
            var assessment = assessor.Assess(c.Facts, AssessOptions.Default with { ClosedWorld = true, Region = region });
            if (json)
            {
                ctx.Console.Profile.Out.Writer.WriteLine(AssessmentJson.From(c.Id, assessment).ToJsonLine());
            }
            else
            {
                Report.Write(ctx.Console, assessor.Kb, c.Summary ?? c.Id, assessment);
            }
        });
    }
}

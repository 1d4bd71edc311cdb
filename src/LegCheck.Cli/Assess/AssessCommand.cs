using System.CommandLine;
using LegCheck.Cli.Handoff;
using LegCheck.Core.Cases;
using LegCheck.Core.Engine;
using LegCheck.Handoff;
using LegCheck.Handoff.Training;
using Spectre.Console;

namespace LegCheck.Cli.Assess;

/// <summary>
/// <c>legcheck assess --case FILE|DIR [--json] [--pdf FILE] [--fhir FILE]</c>: assess case files under the
/// closed-world rule; for one case, optionally hand the result over as a clinician PDF and a FHIR bundle.
/// </summary>
internal static class AssessCommand
{
    public static Command Create(CliContext ctx)
    {
        var caseOption = new Option<string>("--case") { Description = "A case file, a folder of case files, or - for one case on standard input", Required = true };
        var jsonOption = new Option<bool>("--json") { Description = "Print the contract JSON, one line per case" };
        var training = new Option<bool>("--training") { Description = "Add the run diary's training context (weekly load, spikes, shoes) to --pdf and --fhir" };
        var command = new Command("assess", "Assess one runner's case, or a folder of cases");
        command.Options.Add(caseOption);
        command.Options.Add(jsonOption);
        HandoffCli.AddOptions(command);
        command.Options.Add(training);
        command.SetAction(parse =>
        {
            var region = RegionOption.Resolve(parse, ctx);
            var targets = HandoffCli.Resolve(parse, region);
            var path = parse.GetValue(caseOption)!;
            if (targets.Any && Directory.Exists(path))
            {
                throw new UsageException($"{HandoffCli.PdfName} and {HandoffCli.FhirName} hand over one case; --case names the folder '{path}'");
            }

            var context = targets.Any && parse.GetValue(training) ? HandoffCli.Training(ctx, parse) : null;
            return Run(ctx, path, parse.GetValue(jsonOption), region, targets, context);
        });
        return command;
    }

    public static int Run(CliContext ctx, string path, bool json, EmergencyRegion? region = null) =>
        Run(ctx, path, json, region, HandoffTargets.None, null);

    public static int Run(CliContext ctx, string path, bool json, EmergencyRegion? region, HandoffTargets targets, TrainingContext? training)
    {
        var assessor = Assessor.Default;
        HandoffInput? handoff = null;
        var exit = CaseFiles.ForEach(ctx, path, assessor.Kb, json, c =>
        {
            var assessment = assessor.Assess(c.Facts, AssessOptions.Default with { ClosedWorld = true, Region = region });
            if (json)
            {
                ctx.Console.Profile.Out.Writer.WriteLine(AssessmentJson.From(c.Id, assessment).ToJsonLine());
            }
            else
            {
                Report.Write(ctx.Console, assessor.Kb, c.Summary ?? c.Id, assessment, region);
            }

            handoff = Handoff(c, assessment, training);
        });
        return handoff is not null && targets.Any
            ? Math.Max(exit, HandoffCli.Write(ctx, assessor.Kb, handoff, targets, json))
            : exit;
    }

    /// <summary>A case file is every answer at once: the engine read it under the closed world, and so does the summary.</summary>
    private static HandoffInput Handoff(Case c, Assessment assessment, TrainingContext? training) => new()
    {
        CaseId = c.Id,
        Answers = c.Facts,
        Assessment = assessment,
        ClosedWorld = true,
        Complaint = c.Summary,
        Training = training,
    };
}

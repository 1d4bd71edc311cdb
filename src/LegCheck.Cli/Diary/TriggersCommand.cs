using System.CommandLine;
using LegCheck.Diary.Storage;
using LegCheck.Diary.Model;
using LegCheck.Diary.Triggers;

namespace LegCheck.Cli.Diary;

/// <summary><c>legcheck triggers [--json]</c>: the runner's own triggers, and how experiments went.</summary>
internal static class TriggersCommand
{
    public static Command Create(CliContext ctx)
    {
        var json = new Option<bool>("--json") { Description = "Print the whole report as JSON" };
        var command = new Command("triggers", "Compare episode rates on runs with and without each factor (Fisher's exact test)");
        command.Options.Add(json);
        command.SetAction((parse, cancellationToken) => DiaryCli.WithDiary(ctx, parse, DiaryAccess.Read, async diary =>
        {
            var report = TriggerAnalysis.Analyze(await diary.SnapshotAsync(cancellationToken));
            if (parse.GetValue(json))
            {
                DiaryCli.Line(ctx, TriggerJson.Write(report));
            }
            else
            {
                Write(ctx, report);
            }

            return 0;
        }, cancellationToken));
        return command;
    }

    private static void Write(CliContext ctx, TriggerReport report)
    {
        if (report.EpisodesWithoutRun > 0)
        {
            DiaryCli.Line(ctx, $"{report.EpisodesWithoutRun} episode(s) are not matched to a run and are left out (fix with: legcheck episodes edit ID --run RUN).");
        }

        if (report.Findings.Count == 0)
        {
            DiaryCli.Line(ctx, report.Symptoms.Count == 0
                ? "No episodes matched to runs yet: log them with legcheck log, and set shoes, lacing and surface with legcheck runs edit."
                : "No factor recorded on runs varies yet: set shoes, lacing, electrolytes and surface with legcheck runs edit.");
        }

        foreach (var group in report.Findings.GroupBy(f => f.Symptom, StringComparer.Ordinal))
        {
            DiaryCli.Line(ctx, $"{Symptoms.PlainWords(group.Key)}:");
            foreach (var finding in group)
            {
                DiaryCli.Line(ctx, $"  - {finding.Text}");
            }
        }

        if (report.Tests > 1)
        {
            DiaryCli.Line(ctx, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{report.Tests} comparisons were tested, so p-values are corrected for all of them (Benjamini–Hochberg, false discovery rate {report.FalseDiscoveryRate:0%}); test a likely trigger with an experiment (legcheck experiments add)."));
        }

        foreach (var experiment in report.Experiments)
        {
            DiaryCli.Line(ctx, $"Experiment: {experiment.Text}");
        }
    }
}

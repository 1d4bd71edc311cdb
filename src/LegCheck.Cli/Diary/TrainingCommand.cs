using System.CommandLine;
using LegCheck.Diary.Storage;
using System.Globalization;
using LegCheck.Diary.Training;
using LegCheck.Diary.Units;
using Spectre.Console;

namespace LegCheck.Cli.Diary;

/// <summary><c>legcheck training [--json]</c>: weekly totals and training risk flags.</summary>
internal static class TrainingCommand
{
    public static Command Create(CliContext ctx)
    {
        var json = new Option<bool>("--json") { Description = "Print the whole report as JSON" };
        var weeks = new Option<int>("--weeks") { Description = "How many recent weeks to show (JSON always has all)", DefaultValueFactory = _ => 12 }.AtLeast(1);
        var units = UnitsCli.Option();
        var command = new Command("training", "Weekly distance and time, and training risks: spikes, jumps, heat, cadence, shoes");
        command.Options.Add(json);
        command.Options.Add(weeks);
        command.Options.Add(units);
        command.SetAction((parse, cancellationToken) => DiaryCli.WithDiary(ctx, parse, DiaryAccess.Read, async diary =>
        {
            var report = TrainingAnalysis.Analyze(await diary.SnapshotAsync(cancellationToken), ctx.Time);
            if (parse.GetValue(json))
            {
                DiaryCli.Line(ctx, TrainingJson.Write(report));
                return 0;
            }

            Write(ctx, report, parse.GetValue(weeks), await UnitsCli.ResolveAsync(ctx, parse, units, diary, cancellationToken));
            return 0;
        }, cancellationToken));
        return command;
    }

    private static void Write(CliContext ctx, TrainingReport report, int weeks, DistanceUnit unit)
    {
        if (report.Weeks.Count == 0)
        {
            DiaryCli.Line(ctx, "No runs yet. Import some with: legcheck import FOLDER");
            return;
        }

        var shown = report.Weeks.TakeLast(weeks).ToList();
        var table = new Table().Title("Weeks (Monday to Sunday)").AddColumns("week of", "runs", Distances.Name(unit), "hours", "change");
        foreach (var w in shown)
        {
            table.AddRow(
                w.WeekStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                w.Runs.ToString(CultureInfo.InvariantCulture),
                Distances.FromKm(w.DistanceKm, unit).ToString("0.0", CultureInfo.InvariantCulture),
                (w.DurationMinutes / 60).ToString("0.0", CultureInfo.InvariantCulture),
                w.ChangePct is { } c ? c.ToString("+0;-0;0", CultureInfo.InvariantCulture) + "%" : "-");
        }

        ctx.Console.Write(table);
        ctx.Console.Write(WeeklyChart(shown, unit));
        var flags = report.Flags.Where(f => f.Date >= shown[0].WeekStart).ToList();
        if (flags.Count == 0)
        {
            DiaryCli.Line(ctx, "No training risks flagged in these weeks.");
            return;
        }

        DiaryCli.Line(ctx, "Flags (the first kind, single_run_spike, matters most: risk rises from a 10% spike over your longest run of the previous 30 days):");
        foreach (var flag in flags)
        {
            DiaryCli.Line(ctx, $"  {flag.Date:yyyy-MM-dd}  {flag.Kind}: {flag.Detail}");
        }
    }

    /// <summary>Weekly distance as bars, one per week shown, labelled by the week's Monday.</summary>
    private static BarChart WeeklyChart(IReadOnlyList<WeekSummary> weeks, DistanceUnit unit)
    {
        var chart = new BarChart()
            .Label($"Weekly distance ({Distances.Name(unit)})")
            .Width(Math.Min(72, Math.Max(40, 20 + (weeks.Count * 2))))
            .LeftAlignLabel();
        foreach (var w in weeks)
        {
            chart.AddItem(
                w.WeekStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Math.Round(Distances.FromKm(w.DistanceKm, unit), 1),
                Color.SteelBlue);
        }

        return chart;
    }
}

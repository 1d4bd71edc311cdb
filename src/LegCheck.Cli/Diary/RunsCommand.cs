using System.CommandLine;
using LegCheck.Diary.Json;
using System.Globalization;
using LegCheck.Diary;
using LegCheck.Diary.Model;
using LegCheck.Diary.Storage;
using LegCheck.Diary.Units;

namespace LegCheck.Cli.Diary;

/// <summary><c>legcheck runs list|edit</c> (alias <c>run</c>): imported runs and the factors the runner sets on them.</summary>
internal static class RunsCommand
{
    public static Command Create(CliContext ctx)
    {
        var command = new Command("runs", "List imported runs, or set shoe, lacing, electrolytes, surface and heat on them");
        command.Aliases.Add("run");
        command.Subcommands.Add(List(ctx));
        command.Subcommands.Add(Edit(ctx));
        return command;
    }

    private static Command List(CliContext ctx)
    {
        var last = new Option<int>("--last") { Description = "How many of the latest runs to show", DefaultValueFactory = _ => 20 }.AtLeast(1);
        var json = new Option<bool>("--json") { Description = "Print the runs as a JSON array" };
        var units = UnitsCli.Option();
        var command = new Command("list", "List the latest runs");
        command.Options.Add(last);
        command.Options.Add(json);
        command.Options.Add(units);
        command.SetAction((parse, cancellationToken) => DiaryCli.WithDiary(ctx, parse, DiaryAccess.Read, async diary =>
        {
            var runs = await diary.Runs.AllAsync(cancellationToken);
            if (parse.GetValue(json))
            {
                DiaryCli.Line(ctx, ListJson.Runs(runs.TakeLast(parse.GetValue(last)), (await diary.Shoes.AllAsync(cancellationToken)).ToDictionary(s => s.Id, s => s.Name)));
                return 0;
            }

            if (runs.Count == 0)
            {
                DiaryCli.Line(ctx, "No runs yet. Import some with: legcheck import FOLDER");
                return 0;
            }

            var shoes = (await diary.Shoes.AllAsync(cancellationToken)).ToDictionary(s => s.Id, s => s.Name);
            var unit = await UnitsCli.ResolveAsync(ctx, parse, units, diary, cancellationToken);
            foreach (var r in runs.TakeLast(parse.GetValue(last)))
            {
                DiaryCli.Line(ctx, Describe(r, r.ShoeId is { } s ? shoes.GetValueOrDefault(s) : null, unit));
            }

            return 0;
        }, cancellationToken));
        return command;
    }

    /// <summary>One line per run: a table would not fit a narrow terminal.</summary>
    private static string Describe(RunRecord r, string? shoe, DistanceUnit unit)
    {
        var a = r.Activity;
        var parts = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{r.Id,5}  {r.LocalStart:yyyy-MM-dd HH:mm}  {Distances.Format(r.DistanceKm, unit),9}  {r.Minutes,4:0} min"),
        };
        if (a.PaceSecondsPerKm is { } pace)
        {
            parts.Add(Distances.Pace(pace, unit));
        }

        AddText(parts, r.Name is { } n ? $"\"{n}\"" : null, "");
        AddText(parts, r.PartlyRecovered ? "partly recovered" : null, "");

        Add(parts, a.AverageHeartRate, "HR {0:0}");
        Add(parts, a.AverageCadenceSpm, "{0:0} spm");
        Add(parts, a.AverageTemperatureC, "{0:0.#} °C");
        AddText(parts, shoe, "shoe: ");
        AddText(parts, r.Lacing, "lacing: ");
        AddText(parts, r.Electrolytes is { } e ? (e ? "yes" : "no") : null, "electrolytes: ");
        AddText(parts, r.Surface, "surface: ");
        AddText(parts, r.Hot is { } h ? (h ? "yes" : "no") : null, "hot: ");
        return string.Join("  ", parts);
    }

    private static void Add(List<string> parts, double? value, string format)
    {
        if (value is { } v)
        {
            parts.Add(string.Format(CultureInfo.InvariantCulture, format, v));
        }
    }

    private static void AddText(List<string> parts, string? value, string label)
    {
        if (value is not null)
        {
            parts.Add(label + value);
        }
    }

    private static Command Edit(CliContext ctx)
    {
        var ids = new Argument<long[]>("id") { Description = "One or more run ids (see: legcheck runs list)", Arity = ArgumentArity.OneOrMore }.Positive();
        var shoe = new Option<string?>("--shoe") { Description = "Shoe name; \"\" clears it" };
        var lacing = new Option<string?>("--lacing") { Description = "Lacing in a word or two; \"\" clears it" };
        var electrolytes = new Option<string?>("--electrolytes") { Description = "Electrolytes taken: yes, no or unknown" };
        var surface = new Option<string?>("--surface") { Description = "road, trail, track, treadmill, ...; \"\" clears it" };
        var hot = new Option<string?>("--hot") { Description = "Hot or humid: yes, no or unknown (unknown uses the recorded temperature)" };
        var command = new Command("edit", "Set run-level factors; only the options given change");
        command.Arguments.Add(ids);
        foreach (var option in new Option[] { shoe, lacing, electrolytes, surface, hot })
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, cancellationToken) => DiaryCli.WithDiary(ctx, parse, DiaryAccess.Write, async diary =>
        {
            foreach (var id in parse.GetValue(ids)!)
            {
                var run = await diary.Runs.FindAsync(id, cancellationToken) ?? throw new DiaryException($"run {id}: no such run (see: legcheck runs list).");
                await diary.Runs.UpdateFactorsAsync(run with
                {
                    ShoeId = EpisodeOptions.Given(parse, shoe)
                        ? (CliValues.Text(parse.GetValue(shoe)) is { } name ? (await CliValues.ShoeAsync(diary, name, "--shoe", cancellationToken)).Id : null)
                        : run.ShoeId,
                    Lacing = EpisodeOptions.Given(parse, lacing) ? CliValues.Text(parse.GetValue(lacing)) : run.Lacing,
                    Electrolytes = EpisodeOptions.Given(parse, electrolytes) ? CliValues.YesNo(parse.GetValue(electrolytes), "--electrolytes") : run.Electrolytes,
                    Surface = EpisodeOptions.Given(parse, surface) ? CliValues.Text(parse.GetValue(surface))?.ToLowerInvariant() : run.Surface,
                    Hot = EpisodeOptions.Given(parse, hot) ? CliValues.YesNo(parse.GetValue(hot), "--hot") : run.Hot,
                }, cancellationToken);
            }

            await diary.CommitAsync(cancellationToken);
            DiaryCli.Line(ctx, $"updated {parse.GetValue(ids)!.Length} run(s)");
            return 0;
        }, cancellationToken));
        return command;
    }
}

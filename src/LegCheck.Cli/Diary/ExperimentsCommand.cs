using System.CommandLine;
using LegCheck.Diary.Storage;
using LegCheck.Diary.Json;
using System.Globalization;
using LegCheck.Diary;
using Spectre.Console;

namespace LegCheck.Cli.Diary;

/// <summary><c>legcheck experiments add|list|delete</c>: changes whose effect <c>legcheck triggers</c> reports.</summary>
internal static class ExperimentsCommand
{
    public static Command Create(CliContext ctx)
    {
        var command = new Command("experiments", "Track a change (new lacing, electrolytes) and compare episodes before and after");
        command.Subcommands.Add(Add(ctx));
        command.Subcommands.Add(List(ctx));
        command.Subcommands.Add(Delete(ctx));
        return command;
    }

    private static Command Add(CliContext ctx)
    {
        var description = new Argument<string>("description") { Description = "What changed, e.g. \"heel-lock lacing\"" };
        var factor = new Option<string>("--factor") { Description = "The factor changed in one word: lacing, electrolytes, shoe, surface, ...", Required = true };
        var date = new Option<string?>("--date") { Description = "Date of the change, YYYY-MM-DD (default: today)" };
        var command = new Command("add", "Record a change from a date on");
        command.Arguments.Add(description);
        command.Options.Add(factor);
        command.Options.Add(date);
        command.SetAction((parse, cancellationToken) => DiaryCli.WithDiary(ctx, parse, DiaryAccess.Write, async diary =>
        {
            var x = await diary.Experiments.AddAsync(CliValues.Date(parse.GetValue(date), "--date", ctx.Time), parse.GetValue(description)!, parse.GetValue(factor)!, cancellationToken);
            await diary.CommitAsync(cancellationToken);
            DiaryCli.Line(ctx, $"added experiment {x.Id}: {x.Description} from {x.StartedOn:yyyy-MM-dd}");
            return 0;
        }, cancellationToken));
        return command;
    }

    private static Command List(CliContext ctx)
    {
        var json = new Option<bool>("--json") { Description = "Print the experiments as a JSON array" };
        var command = new Command("list", "List experiments");
        command.Options.Add(json);
        command.SetAction((parse, cancellationToken) => DiaryCli.WithDiary(ctx, parse, DiaryAccess.Read, async diary =>
        {
            if (parse.GetValue(json))
            {
                DiaryCli.Line(ctx, ListJson.Experiments(await diary.Experiments.AllAsync(cancellationToken)));
                return 0;
            }

            var table = new Table().AddColumns("id", "from", "factor", "description");
            foreach (var x in await diary.Experiments.AllAsync(cancellationToken))
            {
                table.AddRow(
                    DiaryCli.Cell(x.Id),
                    DiaryCli.Cell(x.StartedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                    DiaryCli.Cell(x.Factor),
                    DiaryCli.Cell(x.Description));
            }

            ctx.Console.Write(table);
            return 0;
        }, cancellationToken));
        return command;
    }

    private static Command Delete(CliContext ctx)
    {
        var id = new Argument<long>("id") { Description = "Experiment id" }.Positive();
        var command = new Command("delete", "Delete an experiment");
        command.Arguments.Add(id);
        command.SetAction((parse, cancellationToken) => DiaryCli.WithDiary(ctx, parse, DiaryAccess.Write, async diary =>
        {
            var experimentId = parse.GetValue(id);
            if (!await diary.Experiments.DeleteAsync(experimentId, cancellationToken))
            {
                throw new DiaryException($"experiment {experimentId}: no such experiment.");
            }

            await diary.CommitAsync(cancellationToken);

            DiaryCli.Line(ctx, $"deleted experiment {experimentId}");
            return 0;
        }, cancellationToken));
        return command;
    }
}

using System.CommandLine;
using LegCheck.Diary.Json;
using LegCheck.Diary.Model;
using LegCheck.Diary.Storage;
using System.Globalization;
using Spectre.Console;

namespace LegCheck.Cli.Diary;

/// <summary><c>legcheck shoes add|list|retire</c>: shoes and the distance run in them, counted from the runs.</summary>
internal static class ShoesCommand
{
    public static Command Create(CliContext ctx)
    {
        var command = new Command("shoes", "Manage shoes: name, date added, distance run in them");
        command.Subcommands.Add(Add(ctx));
        command.Subcommands.Add(List(ctx));
        command.Subcommands.Add(Retire(ctx));
        return command;
    }

    private static Command Add(CliContext ctx)
    {
        var name = new Argument<string>("name") { Description = "A name you will recognise, e.g. \"Pegasus 40 blue\"" };
        var added = new Option<string?>("--added") { Description = "Date you got them, YYYY-MM-DD (default: today)" };
        var isDefault = new Option<bool>("--default") { Description = "Give this shoe to runs imported from now on" };
        var command = new Command("add", "Add a pair of shoes");
        command.Arguments.Add(name);
        command.Options.Add(added);
        command.Options.Add(isDefault);
        command.SetAction((parse, cancellationToken) => DiaryCli.WithDiary(ctx, parse, DiaryAccess.Write, async diary =>
        {
            var shoe = await diary.Shoes.AddAsync(parse.GetValue(name)!, CliValues.Date(parse.GetValue(added), "--added", ctx.Time), parse.GetValue(isDefault), cancellationToken);
            await diary.CommitAsync(cancellationToken);
            DiaryCli.Line(ctx, $"added shoe {shoe.Name}{(shoe.IsDefault ? " (default for new runs)" : string.Empty)}");
            return 0;
        }, cancellationToken));
        return command;
    }

    private static Command List(CliContext ctx)
    {
        var json = new Option<bool>("--json") { Description = "Print the shoes as a JSON array" };
        var command = new Command("list", "List shoes with the distance run in them");
        command.Options.Add(json);
        command.SetAction((parse, cancellationToken) => DiaryCli.WithDiary(ctx, parse, DiaryAccess.Read, async diary =>
        {
            var shoes = ShoeUse.Of(await diary.Shoes.AllAsync(cancellationToken), await diary.Runs.AllAsync(cancellationToken));
            if (parse.GetValue(json))
            {
                DiaryCli.Line(ctx, ListJson.Shoes(shoes));
                return 0;
            }

            if (shoes.Count == 0)
            {
                DiaryCli.Line(ctx, "No shoes yet. Add one with: legcheck shoes add NAME");
                return 0;
            }

            var table = new Table().AddColumns("name", "added", "retired", "runs", "km", "default");
            foreach (var (shoe, count, km) in shoes)
            {
                table.AddRow(
                    DiaryCli.Cell(shoe.Name),
                    DiaryCli.Cell(shoe.AddedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                    DiaryCli.Cell(shoe.RetiredOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                    DiaryCli.Cell(count),
                    DiaryCli.Cell(km.ToString("0.0", CultureInfo.InvariantCulture)),
                    DiaryCli.Cell(shoe.IsDefault ? "yes" : string.Empty));
            }

            ctx.Console.Write(table);
            return 0;
        }, cancellationToken));
        return command;
    }

    private static Command Retire(CliContext ctx)
    {
        var name = new Argument<string>("name") { Description = "The shoe's name" };
        var on = new Option<string?>("--on") { Description = "Retirement date, YYYY-MM-DD (default: today)" };
        var command = new Command("retire", "Retire a pair of shoes (their runs stay in the history)");
        command.Arguments.Add(name);
        command.Options.Add(on);
        command.SetAction((parse, cancellationToken) => DiaryCli.WithDiary(ctx, parse, DiaryAccess.Write, async diary =>
        {
            var shoe = await CliValues.ShoeAsync(diary, parse.GetValue(name)!, "name", cancellationToken);
            await diary.Shoes.RetireAsync(shoe.Id, CliValues.Date(parse.GetValue(on), "--on", ctx.Time), cancellationToken);
            await diary.CommitAsync(cancellationToken);
            DiaryCli.Line(ctx, $"retired shoe {shoe.Name}");
            return 0;
        }, cancellationToken));
        return command;
    }
}

using System.CommandLine;
using LegCheck.Diary.Storage;
using LegCheck.Diary.Units;

namespace LegCheck.Cli.Diary;

/// <summary><c>legcheck settings [units km|mi]</c>: the runner's settings kept in the diary.</summary>
internal static class SettingsCommand
{
    public static Command Create(CliContext ctx)
    {
        var json = new Option<bool>("--json") { Description = "Print the settings as JSON" };
        var command = new Command("settings", "Show the settings kept in the diary, or change one (legcheck settings units mi)");
        command.Options.Add(json);
        command.SetAction((parse, cancellationToken) => DiaryCli.WithDiary(ctx, parse, DiaryAccess.Read, async diary =>
        {
            var units = Distances.Name(Distances.Parse(await diary.Settings.GetAsync(SettingsStore.Units, cancellationToken)) ?? DistanceUnit.Km);
            DiaryCli.Line(ctx, parse.GetValue(json)
                ? System.Text.Json.JsonSerializer.Serialize(new Output.SettingsJson(units), Output.CliJsonContext.Compact.SettingsJson)
                : $"units  {units}");
            return 0;
        }, cancellationToken));
        command.Subcommands.Add(Units(ctx));
        return command;
    }

    private static Command Units(CliContext ctx)
    {
        var value = new Argument<string>("unit") { Description = "km or mi" };
        var command = new Command("units", "Show distances and paces in km or mi (LEGCHECK_UNITS and --units override it)");
        command.Arguments.Add(value);
        command.SetAction((parse, cancellationToken) => DiaryCli.WithDiary(ctx, parse, DiaryAccess.Write, async diary =>
        {
            var text = parse.GetValue(value);
            var unit = Distances.Parse(text) ?? throw new UsageException($"unit: expected km or mi, got \"{text}\".");
            await diary.Settings.SetAsync(SettingsStore.Units, Distances.Name(unit), cancellationToken);
            await diary.CommitAsync(cancellationToken);
            DiaryCli.Line(ctx, $"units set to {Distances.Name(unit)}");
            return 0;
        }, cancellationToken));
        return command;
    }
}

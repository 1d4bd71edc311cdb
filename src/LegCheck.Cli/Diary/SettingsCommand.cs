using System.CommandLine;
using LegCheck.Diary.Storage;
using LegCheck.Diary.Units;

namespace LegCheck.Cli.Diary;

/// <summary><c>legcheck settings [units km|mi]</c>: the runner's settings kept in the diary.</summary>
public static class SettingsCommand
{
    public static Command Create(CliContext ctx)
    {
        var json = new Option<bool>("--json") { Description = "Print the settings as JSON" };
        var command = new Command("settings", "Show the settings kept in the diary, or change one (legcheck settings units mi)");
        command.Options.Add(json);
        command.SetAction(parse => DiaryCli.WithDiary(ctx, parse, DiaryAccess.Read, diary =>
        {
            var units = Distances.Name(Distances.Parse(diary.Settings.Get(SettingsStore.Units)) ?? DistanceUnit.Km);
            DiaryCli.Line(ctx, parse.GetValue(json)
                ? Output.CliOutput.JsonLine(w =>
                {
                    w.WriteStartObject();
                    w.WriteString("units", units);
                    w.WriteEndObject();
                })
                : $"units  {units}");
            return 0;
        }));
        command.Subcommands.Add(Units(ctx));
        return command;
    }

    private static Command Units(CliContext ctx)
    {
        var value = new Argument<string>("unit") { Description = "km or mi" };
        var command = new Command("units", "Show distances and paces in km or mi (LEGCHECK_UNITS and --units override it)");
        command.Arguments.Add(value);
        command.SetAction(parse => DiaryCli.WithDiary(ctx, parse, DiaryAccess.Write, diary =>
        {
            var text = parse.GetValue(value);
            var unit = Distances.Parse(text) ?? throw new UsageException($"unit: expected km or mi, got \"{text}\".");
            diary.Settings.Set(SettingsStore.Units, Distances.Name(unit));
            DiaryCli.Line(ctx, $"units set to {Distances.Name(unit)}");
            return 0;
        }));
        return command;
    }
}

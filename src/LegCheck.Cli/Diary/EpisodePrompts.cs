using System.Globalization;
using LegCheck.Diary;
using LegCheck.Diary.Model;
using LegCheck.Diary.Storage;
using Spectre.Console;

namespace LegCheck.Cli.Diary;

/// <summary>Asks for an episode field by field. Optional answers may be left empty.</summary>
internal static class EpisodePrompts
{
    private const string NoShoe = "(none / not sure)";

    public static async Task<(Episode Episode, long? RunId, bool TimeOfDayKnown)> AskAsync(CliContext ctx, IDiaryUnit diary, CancellationToken cancellationToken)
    {
        var console = ctx.Console;
        var (when, timeKnown) = Retry(ctx, () => CliValues.When(
            console.Prompt(new TextPrompt<string>("When did it happen? (now, HH:MM, YYYY-MM-DD or YYYY-MM-DD HH:MM)").DefaultValue("now")),
            "when",
            ctx.Time));
        var symptoms = console.Prompt(
            new MultiSelectionPrompt<string>()
                .Title("What did you feel? (space to pick, enter to finish)")
                .Required()
                .AddChoices(Symptoms.All)
                .UseConverter(Symptoms.PlainWords));
        var where = Optional(console, "Where? (e.g. left calf, top of right foot)");
        var minutes = Retry(ctx, () => CliValues.Minutes(Number(Optional(console, "How many minutes into the run did it start?"), "minutes into run"), "minutes into run"));
        var duration = Retry(ctx, () => CliValues.Minutes(Number(Optional(console, "How many minutes did it last?"), "duration"), "duration"));
        var severity = Retry(ctx, () => CliValues.Severity((int?)Number(Optional(console, "How bad, from 0 (barely) to 10 (worst)?"), "severity"), "severity"));
        var shoes = (await diary.Shoes.AllAsync(cancellationToken)).Where(s => s.RetiredOn is null).Select(s => s.Name).ToList();
        long? shoeId = null;
        if (shoes.Count > 0)
        {
            var shoe = console.Prompt(new SelectionPrompt<string>().Title("Which shoes?").AddChoices([NoShoe, .. shoes]));
            shoeId = shoe == NoShoe ? null : (await diary.Shoes.FindByNameAsync(shoe, cancellationToken))!.Id;
        }

        var episode = new Episode
        {
            OccurredAt = when,
            Symptoms = symptoms,
            Locations = CliValues.List(where),
            MinutesIntoRun = minutes,
            DurationMinutes = duration,
            Severity = severity,
            ShoeId = shoeId,
            Lacing = CliValues.Text(Optional(console, "Lacing? (e.g. tight, heel lock)")),
            Heat = Retry(ctx, () => CliValues.YesNo(Optional(console, "Was it hot or humid? (yes/no)"), "heat")),
            Fluids = CliValues.Text(Optional(console, "What did you drink? (e.g. 500 ml water)")),
            Electrolytes = Retry(ctx, () => CliValues.YesNo(Optional(console, "Did you take electrolytes? (yes/no)"), "electrolytes")),
            Helped = CliValues.Text(Optional(console, "What helped?")),
            Notes = CliValues.Text(Optional(console, "Anything else?")),
            LoggedAt = ctx.Time.GetLocalNow(),
        };
        return (episode, null, timeKnown);
    }

    private static string? Optional(IAnsiConsole console, string question) =>
        CliValues.Text(console.Prompt(new TextPrompt<string>(question).AllowEmpty()));

    private static double? Number(string? text, string field) =>
        text is null ? null
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value
        : throw new UsageException($"{field}: expected a number, got \"{text}\".");

    /// <summary>Asks again after a bad answer, saying what was wrong.</summary>
    private static T Retry<T>(CliContext ctx, Func<T> ask)
    {
        while (true)
        {
            try
            {
                return ask();
            }
            catch (Exception ex) when (ex is DiaryException or UsageException)
            {
                DiaryCli.Error(ctx, ex.Message);
            }
        }
    }
}

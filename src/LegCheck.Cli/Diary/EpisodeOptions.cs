using System.CommandLine;
using LegCheck.Diary;
using LegCheck.Diary.Model;
using LegCheck.Diary.Storage;

namespace LegCheck.Cli.Diary;

/// <summary>The episode fields as options, shared by <c>log</c> and <c>episodes edit</c>.</summary>
internal sealed class EpisodeOptions
{
    public Option<string?> When { get; } = new("--when") { Description = "When it happened: now, HH:MM, YYYY-MM-DD or \"YYYY-MM-DD HH:MM\" (local time)" };

    public Option<long?> Run { get; } = new Option<long?>("--run") { Description = "The run it belongs to (see: legcheck runs list); matched by time when left out" }.Between(1, long.MaxValue, "a run id");

    public Option<string?> Symptoms { get; } = new("--symptoms") { Description = "What was felt, comma-separated: " + string.Join(", ", LegCheck.Diary.Model.Symptoms.All) };

    public Option<string?> Where { get; } = new("--where") { Description = "Where, comma-separated, e.g. \"left calf, top of right foot\"" };

    public Option<double?> MinutesIntoRun { get; } = new Option<double?>("--minutes-into-run") { Description = "Minutes into the run when it started" }.Between(0, 24 * 60, "minutes");

    public Option<double?> Duration { get; } = new Option<double?>("--duration") { Description = "How long it lasted, in minutes" }.Between(0, 24 * 60, "minutes");

    public Option<int?> Severity { get; } = new Option<int?>("--severity") { Description = "0 (barely) to 10 (worst imaginable)" }.Between(0, 10, "a whole number");

    public Option<string?> Shoe { get; } = new("--shoe") { Description = "Shoe name (see: legcheck shoes list)" };

    public Option<string?> Lacing { get; } = new("--lacing") { Description = "Lacing, in a word or two (e.g. tight, heel lock)" };

    public Option<string?> Heat { get; } = new("--heat") { Description = "Was it hot or humid: yes, no or unknown" };

    public Option<string?> Fluids { get; } = new("--fluids") { Description = "What you drank, e.g. \"500 ml water\"" };

    public Option<string?> Electrolytes { get; } = new("--electrolytes") { Description = "Electrolytes taken: yes, no or unknown" };

    public Option<string?> Helped { get; } = new("--helped") { Description = "What helped, e.g. stretching, loosening laces" };

    public Option<string?> Notes { get; } = new("--notes") { Description = "Anything else" };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { When, Run, Symptoms, Where, MinutesIntoRun, Duration, Severity, Shoe, Lacing, Heat, Fluids, Electrolytes, Helped, Notes })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>
    /// Applies the options that were given to <paramref name="episode"/>; the ones left out keep its values.
    /// The time and run are handled by the caller, since they need matching.
    /// </summary>
    public async Task<Episode> ApplyAsync(Episode episode, ParseResult parse, IDiaryUnit diary, CancellationToken cancellationToken)
    {
        // The fields are checked in the order of the options, so the first bad one is the one named.
        var before = episode with
        {
            Symptoms = Given(parse, Symptoms) ? CliValues.Symptoms(parse.GetValue(Symptoms) ?? string.Empty, "--symptoms") : episode.Symptoms,
            Locations = Given(parse, Where) ? CliValues.List(parse.GetValue(Where)) : episode.Locations,
            MinutesIntoRun = Given(parse, MinutesIntoRun) ? CliValues.Minutes(parse.GetValue(MinutesIntoRun), "--minutes-into-run") : episode.MinutesIntoRun,
            DurationMinutes = Given(parse, Duration) ? CliValues.Minutes(parse.GetValue(Duration), "--duration") : episode.DurationMinutes,
            Severity = Given(parse, Severity) ? CliValues.Severity(parse.GetValue(Severity), "--severity") : episode.Severity,
        };
        var shoeId = Given(parse, Shoe) ? await ShoeIdAsync(diary, parse.GetValue(Shoe), cancellationToken) : episode.ShoeId;
        return ApplyAfterShoe(before with { ShoeId = shoeId }, parse);
    }

    private Episode ApplyAfterShoe(Episode episode, ParseResult parse) => episode with
    {
        Lacing = Given(parse, Lacing) ? CliValues.Text(parse.GetValue(Lacing)) : episode.Lacing,
        Heat = Given(parse, Heat) ? CliValues.YesNo(parse.GetValue(Heat), "--heat") : episode.Heat,
        Fluids = Given(parse, Fluids) ? CliValues.Text(parse.GetValue(Fluids)) : episode.Fluids,
        Electrolytes = Given(parse, Electrolytes) ? CliValues.YesNo(parse.GetValue(Electrolytes), "--electrolytes") : episode.Electrolytes,
        Helped = Given(parse, Helped) ? CliValues.Text(parse.GetValue(Helped)) : episode.Helped,
        Notes = Given(parse, Notes) ? CliValues.Text(parse.GetValue(Notes)) : episode.Notes,
    };

    public static bool Given(ParseResult parse, Option option) => parse.GetResult(option) is { Implicit: false };

    private static async Task<long?> ShoeIdAsync(IDiaryUnit diary, string? name, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(name) ? null : (await CliValues.ShoeAsync(diary, name, "--shoe", cancellationToken)).Id;
}

using System.CommandLine;
using LegCheck.Diary.Json;
using System.Globalization;
using LegCheck.Diary;
using LegCheck.Diary.Model;
using LegCheck.Diary.Storage;

namespace LegCheck.Cli.Diary;

/// <summary><c>legcheck episodes list|edit|delete</c>.</summary>
public static class EpisodesCommand
{
    public static Command Create(CliContext ctx)
    {
        var command = new Command("episodes", "List, edit or delete logged symptom episodes");
        command.Subcommands.Add(List(ctx));
        command.Subcommands.Add(Edit(ctx));
        command.Subcommands.Add(Delete(ctx));
        return command;
    }

    private static Command List(CliContext ctx)
    {
        var json = new Option<bool>("--json") { Description = "Print the episodes as a JSON array" };
        var command = new Command("list", "List episodes, oldest first");
        command.Options.Add(json);
        command.SetAction(parse => DiaryCli.WithDiary(ctx, parse, DiaryAccess.Read, diary =>
        {
            var episodes = diary.Episodes.All();
            if (parse.GetValue(json))
            {
                DiaryCli.Line(ctx, ListJson.Episodes(episodes, diary.Shoes.All().ToDictionary(s => s.Id, s => s.Name)));
                return 0;
            }

            if (episodes.Count == 0)
            {
                DiaryCli.Line(ctx, "No episodes yet. Record one with: legcheck log");
                return 0;
            }

            var shoes = diary.Shoes.All().ToDictionary(s => s.Id, s => s.Name);
            foreach (var e in episodes)
            {
                DiaryCli.Line(ctx, Describe(e, e.ShoeId is { } s ? shoes.GetValueOrDefault(s) : null));
            }

            return 0;
        }));
        return command;
    }

    /// <summary>One line per episode: a table would not fit a narrow terminal.</summary>
    private static string Describe(Episode e, string? shoe)
    {
        var parts = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{e.Id,5}  {e.OccurredAt:yyyy-MM-dd HH:mm}  {(e.RunId is { } run ? $"run {run}" : "no run")}"),
            string.Join(", ", e.Symptoms.Select(Symptoms.PlainWords)),
        };
        if (e.Locations.Count > 0)
        {
            parts.Add("in " + string.Join(", ", e.Locations));
        }

        Add(parts, e.MinutesIntoRun is { } m ? $"{m:0} min into the run" : null);
        Add(parts, e.DurationMinutes is { } d ? $"lasted {d:0.#} min" : null);
        Add(parts, e.Severity is { } sev ? $"severity {sev}/10" : null);
        Add(parts, shoe is null ? null : "shoe: " + shoe);
        Add(parts, e.Lacing is null ? null : "lacing: " + e.Lacing);
        Add(parts, e.Heat is { } heat ? "hot: " + (heat ? "yes" : "no") : null);
        Add(parts, e.Fluids is null ? null : "drank: " + e.Fluids);
        Add(parts, e.Electrolytes is { } el ? "electrolytes: " + (el ? "yes" : "no") : null);
        Add(parts, e.Helped is null ? null : "helped: " + e.Helped);
        Add(parts, e.Notes is null ? null : "notes: " + e.Notes);
        return string.Join("  ", parts);
    }

    private static void Add(List<string> parts, string? part)
    {
        if (part is not null)
        {
            parts.Add(part);
        }
    }

    private static Command Edit(CliContext ctx)
    {
        var id = new Argument<long>("id") { Description = "Episode id (see: legcheck episodes list)" }.Positive();
        var fields = new EpisodeOptions();
        var command = new Command("edit", "Change an episode; only the options given change");
        command.Arguments.Add(id);
        fields.AddTo(command);
        command.SetAction(parse => DiaryCli.WithDiary(ctx, parse, DiaryAccess.Write, diary =>
        {
            var episodeId = parse.GetValue(id);
            var episode = diary.Episodes.Find(episodeId) ?? throw new DiaryException($"episode {episodeId}: no such episode.");
            episode = fields.Apply(episode, parse, diary);
            var timeKnown = true;
            if (EpisodeOptions.Given(parse, fields.When))
            {
                (var when, timeKnown) = CliValues.When(parse.GetValue(fields.When), "--when", ctx.Time);
                episode = episode with { OccurredAt = when };
            }

            RunRecord? run = null;
            var explanation = "run unchanged";
            if (EpisodeOptions.Given(parse, fields.When) || EpisodeOptions.Given(parse, fields.Run))
            {
                (run, explanation) = EpisodeRecording.FindRun(diary, parse.GetValue(fields.Run), episode.OccurredAt, timeKnown);
                episode = episode with { RunId = run?.Id };
            }
            else if (episode.RunId is { } runId)
            {
                run = diary.Runs.Find(runId);
            }

            EpisodeRecording.Save(diary, episode, run);
            DiaryCli.Line(ctx, $"updated episode {episodeId} ({explanation})");
            return 0;
        }));
        return command;
    }

    private static Command Delete(CliContext ctx)
    {
        var id = new Argument<long>("id") { Description = "Episode id (see: legcheck episodes list)" }.Positive();
        var command = new Command("delete", "Delete an episode");
        command.Arguments.Add(id);
        command.SetAction(parse => DiaryCli.WithDiary(ctx, parse, DiaryAccess.Write, diary =>
        {
            var episodeId = parse.GetValue(id);
            if (!diary.Episodes.Delete(episodeId))
            {
                throw new DiaryException($"episode {episodeId}: no such episode.");
            }

            DiaryCli.Line(ctx, $"deleted episode {episodeId}");
            return 0;
        }));
        return command;
    }
}

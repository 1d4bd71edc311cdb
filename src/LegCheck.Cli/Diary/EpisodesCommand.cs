using System.CommandLine;
using LegCheck.Diary.Json;
using System.Globalization;
using LegCheck.Diary;
using LegCheck.Diary.Model;
using LegCheck.Diary.Storage;

namespace LegCheck.Cli.Diary;

/// <summary><c>legcheck episodes list|edit|delete</c>.</summary>
internal static class EpisodesCommand
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
        command.SetAction((parse, cancellationToken) => DiaryCli.WithDiary(ctx, parse, DiaryAccess.Read, async diary =>
        {
            var episodes = await diary.Episodes.AllAsync(cancellationToken);
            if (parse.GetValue(json))
            {
                DiaryCli.Line(ctx, ListJson.Episodes(episodes, (await diary.Shoes.AllAsync(cancellationToken)).ToDictionary(s => s.Id, s => s.Name)));
                return 0;
            }

            if (episodes.Count == 0)
            {
                DiaryCli.Line(ctx, "No episodes yet. Record one with: legcheck log");
                return 0;
            }

            var shoes = (await diary.Shoes.AllAsync(cancellationToken)).ToDictionary(s => s.Id, s => s.Name);
            foreach (var e in episodes)
            {
                DiaryCli.Line(ctx, Describe(e, e.ShoeId is { } s ? shoes.GetValueOrDefault(s) : null));
            }

            return 0;
        }, cancellationToken));
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
        command.SetAction((parse, cancellationToken) => DiaryCli.WithDiary(ctx, parse, DiaryAccess.Write, async diary =>
        {
            var episodeId = parse.GetValue(id);
            var episode = await diary.Episodes.FindAsync(episodeId, cancellationToken) ?? throw new DiaryException($"episode {episodeId}: no such episode.");
            episode = await fields.ApplyAsync(episode, parse, diary, cancellationToken);
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
                (run, explanation) = await EpisodeRecording.FindRunAsync(diary, parse.GetValue(fields.Run), episode.OccurredAt, timeKnown, "--run", cancellationToken);
                episode = episode with { RunId = run?.Id };
            }
            else if (episode.RunId is { } runId)
            {
                run = await diary.Runs.FindAsync(runId, cancellationToken);
            }

            await EpisodeRecording.SaveAsync(diary, episode, run, cancellationToken);
            await diary.CommitAsync(cancellationToken);
            DiaryCli.Line(ctx, $"updated episode {episodeId} ({explanation})");
            return 0;
        }, cancellationToken));
        return command;
    }

    private static Command Delete(CliContext ctx)
    {
        var id = new Argument<long>("id") { Description = "Episode id (see: legcheck episodes list)" }.Positive();
        var command = new Command("delete", "Delete an episode");
        command.Arguments.Add(id);
        command.SetAction((parse, cancellationToken) => DiaryCli.WithDiary(ctx, parse, DiaryAccess.Write, async diary =>
        {
            var episodeId = parse.GetValue(id);
            if (!await diary.Episodes.DeleteAsync(episodeId, cancellationToken))
            {
                throw new DiaryException($"episode {episodeId}: no such episode.");
            }

            await diary.CommitAsync(cancellationToken);

            DiaryCli.Line(ctx, $"deleted episode {episodeId}");
            return 0;
        }, cancellationToken));
        return command;
    }
}

using System.CommandLine;
using LegCheck.Diary;
using LegCheck.Diary.Model;
using LegCheck.Diary.Storage;

namespace LegCheck.Cli.Diary;

/// <summary>
/// <c>legcheck log</c>: records a symptom episode. With flags it never asks; in a terminal without <c>--symptoms</c>
/// it asks for each field.
/// </summary>
internal static class LogCommand
{
    public static Command Create(CliContext ctx)
    {
        var fields = new EpisodeOptions();
        var command = new Command("log", "Record a symptom episode (asks in a terminal, or takes flags)");
        fields.AddTo(command);
        command.SetAction((parse, cancellationToken) => DiaryCli.WithDiary(ctx, parse, DiaryAccess.Write, (local, diary) => RunAsync(ctx, parse, fields, local, diary, cancellationToken), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext ctx, ParseResult parse, EpisodeOptions fields, ILocalDiary local, IDiaryUnit diary, CancellationToken cancellationToken)
    {
        if (!EpisodeOptions.Given(parse, fields.Symptoms))
        {
            if (!DiaryCli.Interactive(ctx))
            {
                throw new DiaryException(
                    $"--symptoms: required when not asking interactively (one or more of {string.Join(", ", Symptoms.All)}).");
            }

            // Nobody waits on the diary's write lock while the runner types: the questions read it in a unit of their own.
            await diary.DisposeAsync();
            (Episode Episode, long? RunId, bool TimeKnown) asked;
            await using (var reading = await local.BeginAsync(LocalUser.Id, DiaryAccess.Read, cancellationToken))
            {
                asked = await EpisodePrompts.AskAsync(ctx, reading, cancellationToken);
            }

            await using var writing = await local.BeginAsync(LocalUser.Id, DiaryAccess.Write, cancellationToken);
            return await SaveAsync(ctx, writing, asked.Episode, asked.RunId, asked.TimeKnown, cancellationToken);
        }

        var (when, known) = CliValues.When(parse.GetValue(fields.When), "--when", ctx.Time);
        var blank = new Episode { OccurredAt = when, Symptoms = [], LoggedAt = ctx.Time.GetLocalNow() };
        var episode = await fields.ApplyAsync(blank, parse, diary, cancellationToken);
        return await SaveAsync(ctx, diary, episode, parse.GetValue(fields.Run), known, cancellationToken);
    }

    private static async Task<int> SaveAsync(CliContext ctx, IDiaryUnit diary, Episode episode, long? runId, bool timeKnown, CancellationToken cancellationToken)
    {
        var (run, explanation) = await EpisodeRecording.FindRunAsync(diary, runId, episode.OccurredAt, timeKnown, "--run", cancellationToken);
        episode = EpisodeRecording.Complete(episode with { RunId = run?.Id }, run, timeKnown);
        var id = await EpisodeRecording.SaveAsync(diary, episode, run, cancellationToken);
        await diary.CommitAsync(cancellationToken);
        DiaryCli.Line(ctx, $"logged episode {id} ({explanation})");
        return 0;
    }
}

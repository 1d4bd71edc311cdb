using System.CommandLine;
using LegCheck.Diary;
using LegCheck.Diary.Model;
using LegCheck.Diary.Storage;

namespace LegCheck.Cli.Diary;

/// <summary>
/// <c>legcheck log</c>: records a symptom episode. With flags it never asks; in a terminal without <c>--symptoms</c>
/// it asks for each field.
/// </summary>
public static class LogCommand
{
    public static Command Create(CliContext ctx)
    {
        var fields = new EpisodeOptions();
        var command = new Command("log", "Record a symptom episode (asks in a terminal, or takes flags)");
        fields.AddTo(command);
        command.SetAction(parse => DiaryCli.WithDiary(ctx, parse, DiaryAccess.Write, diary => Run(ctx, parse, fields, diary)));
        return command;
    }

    private static int Run(CliContext ctx, ParseResult parse, EpisodeOptions fields, DiaryDatabase db)
    {
        Episode episode;
        long? runId;
        bool timeKnown;
        if (!EpisodeOptions.Given(parse, fields.Symptoms))
        {
            if (!DiaryCli.Interactive(ctx))
            {
                throw new DiaryException(
                    $"--symptoms: required when not asking interactively (one or more of {string.Join(", ", Symptoms.All)}).");
            }

            (episode, runId, timeKnown) = EpisodePrompts.Ask(ctx, db);
        }
        else
        {
            var (when, known) = CliValues.When(parse.GetValue(fields.When), "--when", ctx.Time);
            var blank = new Episode { OccurredAt = when, Symptoms = [], LoggedAt = ctx.Time.GetLocalNow() };
            (episode, runId, timeKnown) = (fields.Apply(blank, parse, db), parse.GetValue(fields.Run), known);
        }

        var (run, explanation) = EpisodeRecording.FindRun(db, runId, episode.OccurredAt, timeKnown);
        episode = EpisodeRecording.Complete(episode with { RunId = run?.Id }, run, timeKnown);
        var id = EpisodeRecording.Save(db, episode, run);
        DiaryCli.Line(ctx, $"logged episode {id} ({explanation})");
        return 0;
    }
}

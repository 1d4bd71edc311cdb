using System.CommandLine;
using LegCheck.Diary.Storage;
using LegCheck.Diary;
using Spectre.Console;

namespace LegCheck.Cli.Diary;

/// <summary><c>legcheck forget [--yes]</c>: deletes everything in the diary, after confirmation.</summary>
internal static class ForgetCommand
{
    public static Command Create(CliContext ctx)
    {
        var yes = new Option<bool>("--yes") { Description = "Delete without asking" };
        var command = new Command("forget", "Delete every run, episode, shoe and experiment in the diary");
        command.Options.Add(yes);
        // Read access: forgetting a diary that does not exist must not create one.
        command.SetAction((parse, cancellationToken) => DiaryCli.WithDiary(ctx, parse, DiaryAccess.Read, async (file, diary) =>
        {
            if (!file.Exists)
            {
                DiaryCli.Line(ctx, $"no diary at {file.Path}; nothing to forget.");
                return 0;
            }

            if (file.DamageOf(diary) is { } damage)
            {
                throw DiaryException.Damaged(file.Path, damage);
            }

            var snapshot = await diary.SnapshotAsync(cancellationToken);
            var what = $"{snapshot.Runs.Count} runs, {snapshot.Episodes.Count} episodes, {snapshot.Shoes.Count} shoes and {snapshot.Experiments.Count} experiments";
            if (!parse.GetValue(yes) && !Confirm(ctx, $"Delete {what} for good?", "forget deletes " + what))
            {
                return 1;
            }

            await file.ForgetAsync(diary, cancellationToken);
            DiaryCli.Line(ctx, $"deleted {what} from {file.Path}");
            return 0;
        }, cancellationToken));
        return command;
    }

    /// <summary>Asks in a terminal; elsewhere refuses, saying to add --yes, since nobody can answer.</summary>
    internal static bool Confirm(CliContext ctx, string question, string refusal)
    {
        if (!DiaryCli.Interactive(ctx))
        {
            DiaryCli.Error(ctx, $"{refusal}: run again with --yes to confirm.");
            return false;
        }


        if (ctx.Console.Prompt(new ConfirmationPrompt(question) { DefaultValue = false }))
        {
            return true;
        }

        DiaryCli.Line(ctx, "nothing was changed.");
        return false;
    }
}

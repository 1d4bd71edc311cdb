using System.CommandLine;
using Spectre.Console;

namespace LegCheck.Cli.Diary;

/// <summary><c>legcheck forget [--yes]</c>: deletes everything in the diary, after confirmation.</summary>
public static class ForgetCommand
{
    public static Command Create(CliContext ctx)
    {
        var yes = new Option<bool>("--yes") { Description = "Delete without asking" };
        var command = new Command("forget", "Delete every run, episode, shoe and experiment in the diary");
        command.Options.Add(yes);
        // Read access: forgetting a diary that does not exist must not create one.
        command.SetAction(parse => DiaryCli.WithDiary(ctx, parse, DiaryAccess.Read, diary =>
        {
            if (!diary.Exists)
            {
                DiaryCli.Line(ctx, $"no diary at {diary.Path}; nothing to forget.");
                return 0;
            }

            if (diary.Damage is { } damage)
            {
                throw LegCheck.Diary.Storage.DiaryDatabase.Damaged(diary.Path, damage);
            }

            var snapshot = diary.Snapshot();
            var what = $"{snapshot.Runs.Count} runs, {snapshot.Episodes.Count} episodes, {snapshot.Shoes.Count} shoes and {snapshot.Experiments.Count} experiments";
            if (!parse.GetValue(yes) && !Confirm(ctx, $"Delete {what} for good?", "forget deletes " + what))
            {
                return 1;
            }

            diary.Forget();
            DiaryCli.Line(ctx, $"deleted {what} from {diary.Path}");
            return 0;
        }));
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

using System.CommandLine;
using LegCheck.Diary.Model;
using LegCheck.Diary.Storage;

namespace LegCheck.Cli.Diary;

/// <summary>
/// <c>legcheck import-backup FILE [--yes]</c>: replaces the diary with a backup from <c>legcheck export</c>.
/// A malformed backup is refused and nothing changes; replacing a diary that holds data needs confirmation.
/// </summary>
internal static class ImportBackupCommand
{
    public static Command Create(CliContext ctx)
    {
        var file = new Argument<string>("file") { Description = "The legcheck-backup.json written by legcheck export" };
        var yes = new Option<bool>("--yes") { Description = "Replace the current diary without asking" };
        var command = new Command("import-backup", "Restore the diary from a backup made by legcheck export (replaces what is there)");
        command.Arguments.Add(file);
        command.Options.Add(yes);
        command.SetAction((parse, cancellationToken) => DiaryCli.WithDiary(ctx, parse, DiaryAccess.Write, async (local, diary) =>
        {
            var path = parse.GetValue(file)!;
            if (!Confirmed(ctx, await diary.SnapshotAsync(cancellationToken), parse.GetValue(yes)))
            {
                return 1;
            }

            var counts = await local.RestoreAsync(diary, path, cancellationToken);
            await diary.CommitAsync(cancellationToken);
            DiaryCli.Line(ctx, $"restored {counts["runs"]} runs, {counts["episodes"]} episodes, {counts["shoes"]} shoes and {counts["experiments"]} experiments from {path}");
            return 0;
        }, cancellationToken));
        return command;
    }

    private static bool Confirmed(CliContext ctx, DiarySnapshot snapshot, bool yes)
    {
        var empty = snapshot.Runs.Count + snapshot.Episodes.Count + snapshot.Shoes.Count + snapshot.Experiments.Count == 0;
        if (yes || empty)
        {
            return true;
        }

        var what = $"the diary's {snapshot.Runs.Count} runs and {snapshot.Episodes.Count} episodes";
        return ForgetCommand.Confirm(ctx, $"Replace {what} with the backup?", "import-backup replaces " + what);
    }
}

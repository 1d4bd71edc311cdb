using System.CommandLine;
using LegCheck.Diary.Storage;
using LegCheck.Diary.Backup;

namespace LegCheck.Cli.Diary;

/// <summary><c>legcheck export [--out DIR]</c>: everything as one JSON file and one CSV per table. Nothing leaves the machine.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext ctx)
    {
        var output = new Option<string>("--out") { Description = "Folder to write into (default: ./legcheck-export)", DefaultValueFactory = _ => "legcheck-export" };
        var command = new Command("export", "Write the whole diary as JSON plus one CSV per table");
        command.Options.Add(output);
        command.SetAction((parse, cancellationToken) => DiaryCli.WithDiary(ctx, parse, DiaryAccess.Read, async (file, diary) =>
        {
            if (!file.Exists)
            {
                DiaryCli.Error(ctx, $"{file.Path}: no diary here yet; nothing to export.");
                return ExitCodes.Failure;
            }

            var folder = Path.GetFullPath(parse.GetValue(output)!);
            try
            {
                var files = await file.ExportAsync(diary, folder, ctx.Time, cancellationToken);
                DiaryCli.Line(ctx, $"exported {files.Count} files to {folder} (restore with: legcheck import-backup {Path.Combine(folder, BackupFormat.JsonFileName)})");
                return 0;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                DiaryCli.Error(ctx, $"{folder}: cannot write the export ({ex.Message.TrimEnd('.')}).");
                return 1;
            }
        }, cancellationToken));
        return command;
    }
}

using System.CommandLine;
using System.Globalization;
using LegCheck.Cli.Output;
using LegCheck.Diary;
using LegCheck.Diary.Storage;
using Microsoft.Data.Sqlite;
using Spectre.Console;

namespace LegCheck.Cli.Diary;

/// <summary>What every diary command shares: the <c>--db</c> option, opening the database, and one-line errors.</summary>
internal static class DiaryCli
{
    public const string DbOptionName = "--db";

    /// <summary>The one <c>--db</c>, on the root and recursive, so it goes before or after the sub-command.</summary>
    public static Option<string?> DbOption() => new(DbOptionName)
    {
        Description = "Diary database file (default: $LEGCHECK_DB, else ~/.local/share/legcheck/legcheck.db)",
        Recursive = true,
    };

    public static string? DbPath(ParseResult parse) => parse.GetValue<string?>(DbOptionName);

    /// <summary>
    /// Opens a unit of work on the local diary and runs <paramref name="action"/> in it; a writing command commits it
    /// itself. A read-only command on a diary that does not exist yet sees an empty one and creates nothing. Problems
    /// become one error line: exit 2 for a bad option value, 1 for anything else.
    /// </summary>
    public static Task<int> WithDiary(
        CliContext ctx, ParseResult parse, DiaryAccess access, Func<IDiaryUnit, Task<int>> action, CancellationToken cancellationToken) =>
        WithDiary(ctx, parse, access, (_, unit) => action(unit), cancellationToken);

    /// <summary>As the other overload, also handing over the local diary file, for what only it can do (backup, forget, import).</summary>
    public static async Task<int> WithDiary(
        CliContext ctx, ParseResult parse, DiaryAccess access, Func<ILocalDiary, IDiaryUnit, Task<int>> action, CancellationToken cancellationToken)
    {
        var json = CliOutput.Json(parse);
        try
        {
            var path = DiaryPaths.Resolve(DbPath(parse), ctx.Environment);
            using var diary = LocalDiary.At(path, ctx.Time);
            await using var unit = await diary.BeginAsync(LocalUser.Id, access, cancellationToken);
            if (diary.DamageOf(unit) is { } damage)
            {
                CliOutput.Warning(ctx, $"{path}: the diary database is damaged ({damage}); showing what can still be read.", json);
            }

            return await action(diary, unit);
        }
        catch (UsageException ex)
        {
            Error(ctx, ex.Message, json);
            return ExitCodes.Usage;
        }
        catch (DiaryException ex)
        {
            Error(ctx, ex.Message, json);
            return ExitCodes.Failure;
        }
        catch (SqliteException ex)
        {
            Error(ctx, $"diary database: {ex.Message}", json);
            return ExitCodes.Failure;
        }
        catch (OperationCanceledException)
        {
            Error(ctx, "interrupted; everything finished before the interruption is saved.", json);
            return ExitCodes.Interrupted;
        }
    }

    /// <summary>A plain line of data on standard output.</summary>
    public static void Line(CliContext ctx, string text) => CliOutput.Line(ctx, text);

    public static void Error(CliContext ctx, string message, bool json = false) => CliOutput.Error(ctx, message, json);

    /// <summary>Prompts only when a person is at the keyboard: stdin is a terminal and the console can prompt (which needs cursor control).</summary>
    public static bool Interactive(CliContext ctx) =>
        ctx.InputIsTerminal && ctx.Console.Profile.Capabilities.Interactive && ctx.Console.Profile.Capabilities.Ansi;

    /// <summary>A table cell: "-" for nothing, numbers without needless decimals, text neutralised.</summary>
    public static Text Cell(object? value) => new(TerminalText.Neutralise(value switch
    {
        null => "-",
        double d => d.ToString("0.#", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "-",
    }));
}

using System.CommandLine;
using LegCheck.Diary;
using LegCheck.Diary.Storage;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Spectre.Console;

namespace LegCheck.Cli.Diary;

/// <summary>What every diary command shares: the <c>--db</c> option, opening the database, and one-line errors.</summary>
internal static class DiaryCli
{
    public static Option<string?> DbOption() => new("--db")
    {
        Description = "Diary database file (default: $LEGCHECK_DB, else ~/.local/share/legcheck/legcheck.db)",
    };

    /// <summary>Opens the diary and runs <paramref name="action"/>; problems become one "error: …" line and exit code 1.</summary>
    public static int WithDiary(CliContext ctx, ParseResult parse, Option<string?> dbOption, Func<DiaryDatabase, int> action)
    {
        try
        {
            var path = DiaryPaths.Resolve(parse.GetValue(dbOption), ctx.Environment);
            using var db = DiaryDatabase.Open(path);
            return action(db);
        }
        catch (DiaryException ex)
        {
            Error(ctx, ex.Message);
            return 1;
        }
        catch (SqliteException ex)
        {
            Error(ctx, $"diary database: {ex.Message}");
            return 1;
        }
        catch (OperationCanceledException)
        {
            Error(ctx, "interrupted; everything finished before the interruption is saved.");
            return 130;
        }
    }

    /// <summary>A plain line, written past Spectre's wrapping so a long path never splits a one-line message.</summary>
    public static void Line(CliContext ctx, string text) => ctx.Console.Profile.Out.Writer.WriteLine(text);

    public static void Error(CliContext ctx, string message) => Line(ctx, "error: " + message);

    /// <summary>Prompts only when a person is at the keyboard: stdin is a terminal and the console can prompt.</summary>
    public static bool Interactive(CliContext ctx) => ctx.InputIsTerminal && ctx.Console.Profile.Capabilities.Interactive;

    /// <summary>A table cell: "-" for nothing, numbers without needless decimals.</summary>
    public static Text Cell(object? value) => new(value switch
    {
        null => "-",
        double d => d.ToString("0.#", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "-",
    });
}

using System.CommandLine;
using LegCheck.Diary;
using LegCheck.Diary.Storage;
using LegCheck.Diary.Units;

namespace LegCheck.Cli.Diary;

/// <summary>The <c>--units km|mi</c> option of the commands that show or take distances.</summary>
internal static class UnitsCli
{
    public static Option<string?> Option() => new("--units")
    {
        Description = "Distances and paces in km or mi (default: $LEGCHECK_UNITS, else the diary's setting: legcheck settings units mi)",
    };

    /// <summary>The unit in force; a bad <c>--units</c> is a usage error (exit 2).</summary>
    public static async Task<DistanceUnit> ResolveAsync(CliContext ctx, ParseResult parse, Option<string?> option, IDiaryUnit diary, CancellationToken cancellationToken)
    {
        var flag = parse.GetValue(option);
        if (!string.IsNullOrWhiteSpace(flag) && Distances.Parse(flag) is null)
        {
            throw new UsageException($"--units: expected km or mi, got \"{flag}\".");
        }

        try
        {
            return Distances.ResolveWithSetting(flag, ctx.Environment, await diary.Settings.GetAsync(SettingsStore.Units, cancellationToken));
        }
        catch (DiaryException ex)
        {
            throw new UsageException(ex.Message, ex);
        }
    }
}

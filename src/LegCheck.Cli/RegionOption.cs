using System.CommandLine;
using LegCheck.Core.Engine;

namespace LegCheck.Cli;

/// <summary>
/// <c>--region uk|us|ca|eu|au|nz</c> (or LEGCHECK_REGION), before or after the sub-command: which emergency
/// and urgent numbers the advice names. Without one, the common emergency numbers are listed.
/// </summary>
internal static class RegionOption
{
    public const string Name = "--region";

    public static Option<string?> Create() => new(Name)
    {
        Description = "Where you are, for the numbers to call: " + string.Join(", ", EmergencyNumbers.Ids) + " (default: LEGCHECK_REGION, else the common numbers)",
        Recursive = true,
    };

    public static EmergencyRegion? Resolve(ParseResult parse, CliContext ctx)
    {
        var id = parse.GetValue<string?>(Name) ?? ctx.Environment.GetValueOrDefault("LEGCHECK_REGION");
        return EmergencyNumbers.TryFind(id, out var region)
            ? region
            : throw new UsageException($"{Name}: expected one of {string.Join(", ", EmergencyNumbers.Ids)}, got '{id}'");
    }
}

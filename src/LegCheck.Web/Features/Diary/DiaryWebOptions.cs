using LegCheck.Diary.Storage;

namespace LegCheck.Web.Features.Diary;

/// <summary>
/// Where the web app's diary lives and how much one upload may carry. The database is the CLI's: <c>--db</c>, else
/// <c>LEGCHECK_DB</c>, else the platform's data folder (see <see cref="DiaryPaths"/>), so both see the same runs.
/// </summary>
internal sealed record DiaryWebOptions
{
    /// <summary>The environment variables the diary reads; the rest of the environment is none of its business.</summary>
    public static readonly IReadOnlyList<string> Variables = ["LEGCHECK_DB", "LEGCHECK_UNITS", "HOME", "XDG_DATA_HOME"];

    public required string DbPath { get; init; }

    /// <summary>Where uploads wait to be imported: beside the local diary, or (hosted) in the temp folder, as no diary is on disk.</summary>
    public string UploadRoot => HostedUploads ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(DbPath))!, "uploads");

    private string? HostedUploads { get; init; }

    /// <summary>LEGCHECK_UNITS and friends, read once at start-up.</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>(StringComparer.Ordinal);

    /// <summary>One upload in all (a Strava bulk export of a few years is a few hundred MB).</summary>
    public long MaxUploadBytes { get; init; } = 2L * 1024 * 1024 * 1024;

    /// <summary>Files in one upload; a folder of more goes in as a zip.</summary>
    public int MaxUploadFiles { get; init; } = 2000;

    /// <summary>From configuration: <c>db</c> (the <c>--db</c> argument), <c>Diary:MaxUploadBytes</c>, <c>Diary:MaxUploadFiles</c>.</summary>
    public static DiaryWebOptions From(IConfiguration configuration, bool hosted = false)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var environment = Variables.ToDictionary(v => v, System.Environment.GetEnvironmentVariable, StringComparer.Ordinal);
        var options = new DiaryWebOptions
        {
            DbPath = DiaryPaths.Resolve(configuration["db"], environment),
            Environment = environment,
            HostedUploads = hosted ? configuration["LegCheck:UploadFolder"] ?? Path.Combine(Path.GetTempPath(), "legcheck-uploads") : null,
        };
        return options with
        {
            MaxUploadBytes = configuration.GetValue("Diary:MaxUploadBytes", options.MaxUploadBytes),
            MaxUploadFiles = configuration.GetValue("Diary:MaxUploadFiles", options.MaxUploadFiles),
        };
    }
}

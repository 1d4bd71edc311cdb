namespace LegCheck.Diary.Storage;

/// <summary>
/// Where the diary database lives: an explicit path (<c>--db</c>) wins, then <c>LEGCHECK_DB</c>,
/// then the platform's data folder (<c>$XDG_DATA_HOME</c> or <c>~/.local/share</c> on Linux,
/// LocalApplicationData elsewhere) under <c>legcheck/legcheck.db</c>.
/// </summary>
public static class DiaryPaths
{
    public const string EnvironmentVariable = "LEGCHECK_DB";

    /// <summary>
    /// The database path for <paramref name="explicitPath"/> (the <c>--db</c> value, or null) and the given
    /// <paramref name="environment"/> variables, injected so tests never touch the real data folder.
    /// </summary>
    public static string Resolve(string? explicitPath, IReadOnlyDictionary<string, string?> environment)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return Path.GetFullPath(explicitPath);
        }

        if (environment.TryGetValue(EnvironmentVariable, out var fromEnv) && !string.IsNullOrWhiteSpace(fromEnv))
        {
            return Path.GetFullPath(fromEnv);
        }

        return Path.Combine(DataFolder(environment), "legcheck", "legcheck.db");
    }

    private static string DataFolder(IReadOnlyDictionary<string, string?> environment)
    {
        if (!OperatingSystem.IsWindows())
        {
            if (environment.TryGetValue("XDG_DATA_HOME", out var xdg) && !string.IsNullOrWhiteSpace(xdg))
            {
                return xdg;
            }

            if (environment.TryGetValue("HOME", out var home) && !string.IsNullOrWhiteSpace(home))
            {
                return Path.Combine(home, ".local", "share");
            }
        }

        return Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
    }
}

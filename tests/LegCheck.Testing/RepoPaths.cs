namespace LegCheck.Testing;

/// <summary>Finds the repository from a test's output folder, so tests read the repository's own data files.</summary>
public static class RepoPaths
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LegCheck.slnx")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("LegCheck.slnx not found above " + AppContext.BaseDirectory);
        }
    }
}

namespace LegCheck.Web.Tests;

/// <summary>Finds ../shared beside the folder holding LegCheck.slnx, walking up from the test assembly.</summary>
public static class Shared
{
    public static string Folder { get; } = Find();

    public static string Case(string name) => Path.Combine(Folder, "cases", name + ".yaml");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LegCheck.slnx")))
            {
                var shared = Path.Combine(dir.Parent?.FullName ?? dir.FullName, "shared");
                return Directory.Exists(shared)
                    ? shared
                    : throw new DirectoryNotFoundException($"expected the shared data at {shared} (../shared beside the repository)");
            }
        }

        throw new DirectoryNotFoundException("expected LegCheck.slnx in a folder above the test assembly");
    }
}

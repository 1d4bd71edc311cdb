namespace LegCheck.Web.Tests;

/// <summary>The repository's own labelled cases (tests/cases), found by walking up from the test assembly to LegCheck.slnx.</summary>
internal static class TestCases
{
    public static string Folder { get; } = Find();

    public static string Case(string name) => Path.Combine(Folder, name + ".yaml");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LegCheck.slnx")))
            {
                return Path.Combine(dir.FullName, "tests", "cases");
            }
        }

        throw new DirectoryNotFoundException("expected LegCheck.slnx in a folder above the test assembly");
    }
}

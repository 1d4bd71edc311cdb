namespace LegCheck.Activities.Tests;

/// <summary>Finds ../shared/fit-samples beside the folder that holds LegCheck.slnx.</summary>
internal static class Corpus
{
    private static readonly Lazy<string?> Folder = new(Find);

    public static string Directory =>
        Folder.Value ?? throw new InvalidOperationException(
            "The real FIT corpus is missing: expected ../shared/fit-samples beside the repository (the folder holding LegCheck.slnx). CI has it; locally, put the shared folder next to the repository.");

    public static string PathOf(string name) => Path.Combine(Directory, name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LegCheck.slnx")))
            {
                string samples = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "fit-samples"));
                return System.IO.Directory.Exists(samples) ? samples : null;
            }
        }

        return null;
    }
}

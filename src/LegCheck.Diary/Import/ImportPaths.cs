using LegCheck.Activities.Archives;

namespace LegCheck.Diary.Import;

/// <summary>The files an import of some paths reads, listed before it starts so that its progress can be counted.</summary>
public static class ImportPaths
{
    /// <summary>
    /// Expands folders (recursively) into the files LegCheck reads (<see cref="ActivityInputs.IsCandidate"/>), sorted;
    /// files named directly are kept whatever their extension, and paths that do not exist are kept so the import can
    /// report them.
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(
                    Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                        .Where(f => ActivityInputs.IsCandidate(Path.GetFileName(f)))
                        .Order(StringComparer.Ordinal));
            }
            else
            {
                files.Add(path);
            }
        }

        return files;
    }
}

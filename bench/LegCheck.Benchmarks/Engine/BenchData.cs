using LegCheck.Core.Cases;
using LegCheck.Core.Model;

namespace LegCheck.Benchmarks.Engine;

internal static class BenchData
{
    public static string OwnCases
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LegCheck.slnx")))
            {
                dir = dir.Parent;
            }

            // BenchmarkDotNet runs from a generated folder; fall back to the working directory.
            var root = dir?.FullName ?? Directory.GetCurrentDirectory();
            return Path.Combine(root, "tests", "cases");
        }
    }

    public static IReadOnlyList<Case> Cases(KnowledgeBase kb) =>
        Directory.GetFiles(OwnCases, "*.yaml").Order(StringComparer.Ordinal)
            .Select(f => CaseParser.Parse(File.ReadAllText(f), Path.GetFileName(f), kb).Value).ToList();
}

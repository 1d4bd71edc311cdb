using System.Reflection;

namespace LegCheck.Architecture.Tests;

/// <summary>The product assemblies, loaded by name so that an internal-only assembly (the CLI) needs no type to anchor it.</summary>
internal static class Products
{
    public const string Core = "LegCheck.Core";
    public const string Activities = "LegCheck.Activities";
    public const string Diary = "LegCheck.Diary";
    public const string Postgres = "LegCheck.Diary.Postgres";
    public const string Handoff = "LegCheck.Handoff";
    public const string Web = "LegCheck.Web";

    /// <summary>The CLI's assembly is named after the command.</summary>
    public const string Cli = "legcheck";

    /// <summary>The test-support projects: only tests, tools and benchmarks may use them.</summary>
    public static readonly string[] TestSupport = ["LegCheck.Testing", "LegCheck.Activities.Testing"];

    /// <summary>The namespace of the local SQLite diary behind the store seam.</summary>
    public const string SqliteStorage = "LegCheck.Diary.Storage.Sqlite";

    /// <summary>
    /// The local SQLite diary's own classes, outside that namespace: the database, its tables and the importer that
    /// writes into the file. The store seam (<c>IDiaryStore</c>, <c>IDiaryImports</c>) is the way to them.
    /// </summary>
    public static readonly string[] SqliteDiary =
    [
        SqliteStorage,
        "LegCheck.Diary.Storage.DiaryDatabase",
        "LegCheck.Diary.Storage.RunStore",
        "LegCheck.Diary.Storage.EpisodeStore",
        "LegCheck.Diary.Storage.ShoeStore",
        "LegCheck.Diary.Storage.ExperimentStore",
        "LegCheck.Diary.Storage.KnownFileStore",
        "LegCheck.Diary.Storage.DiaryForgetting",
        "LegCheck.Diary.Import.ActivityImporter",
        "Microsoft.Data.Sqlite",
    ];

    public static IEnumerable<string> All => [Core, Activities, Diary, Postgres, Handoff, Web, Cli];

    public static Assembly Load(string name) => Assembly.Load(new AssemblyName(name));

    /// <summary>The LegCheck assemblies <paramref name="name"/> was compiled against (what it really uses, not what the project lists).</summary>
    public static IReadOnlyList<string> OursReferencedBy(string name) =>
        [.. Load(name).GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith("LegCheck", StringComparison.Ordinal) || n == Cli)
            .Order(StringComparer.Ordinal)];
}

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

    public static IEnumerable<string> All => [Core, Activities, Diary, Postgres, Handoff, Web, Cli];

    public static Assembly Load(string name) => Assembly.Load(new AssemblyName(name));

    /// <summary>The LegCheck assemblies <paramref name="name"/> was compiled against (what it really uses, not what the project lists).</summary>
    public static IReadOnlyList<string> OursReferencedBy(string name) =>
        [.. Load(name).GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith("LegCheck", StringComparison.Ordinal) || n == Cli)
            .Order(StringComparer.Ordinal)];
}

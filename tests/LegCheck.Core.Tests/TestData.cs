using Xunit;
using LegCheck.Core.Cases;
using LegCheck.Core.Engine;
using LegCheck.Core.Loading;

namespace LegCheck.Core.Tests;

/// <summary>Locates the repository's own test cases and builds evidence concisely for tests.</summary>
internal static class TestData
{
    public static string RepoRoot
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

    public static string OwnCases => Path.Combine(RepoRoot, "tests", "cases");

    /// <summary>Presentations written blind to trip the engine into under-triage or harmful advice.</summary>
    public static string Probes => Path.Combine(RepoRoot, "tests", "probes");

    public static Assessor Engine => Assessor.Default;

    public static IReadOnlyList<Case> LoadCases(string dir)
    {
        Assert.True(Directory.Exists(dir), $"case folder missing: {dir}");
        return Directory.GetFiles(dir).Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .Select(f => CaseParser.Parse(File.ReadAllText(f), Path.GetFileName(f), KnowledgeLoader.Default).Value)
            .ToList();
    }

    /// <summary>Evidence from "fact=value" pairs; lists as "location=calf,foot_sole".</summary>
    public static Evidence Facts(params string[] pairs)
    {
        var kb = KnowledgeLoader.Default;
        var evidence = Evidence.Empty;
        foreach (var pair in pairs)
        {
            var (id, raw) = (pair.Split('=')[0], pair.Contains('=') ? pair.Split('=')[1] : "yes");
            var fact = kb.Facts[id];
            var error = fact.Type is Model.FactType.Choice or Model.FactType.MultiChoice
                ? FactParser.TryParse(fact, raw.Split(','), out var value)
                : FactParser.TryParse(fact, raw, out value);
            Assert.Null(error);
            evidence = evidence.With(id, value);
        }

        return evidence;
    }

    public static Assessment Assess(Evidence evidence, bool closedWorld = true) =>
        Assessor.Default.Assess(evidence, AssessOptions.Default with { ClosedWorld = closedWorld });
}

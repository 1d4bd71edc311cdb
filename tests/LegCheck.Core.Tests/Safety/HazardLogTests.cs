using System.Reflection;
using System.Text.RegularExpressions;
using Xunit;
using LegCheck.Core.Engine;
using LegCheck.Core.Loading;
using LegCheck.Core.Model;
using LegCheck.Testing;

namespace LegCheck.Core.Tests.Safety;

/// <summary>
/// Keeps knowledge/HAZARDS.md true to the code: every hazard has its fields and at least one test, every test it
/// names exists, every rule, fact, advice, condition and type it names exists, and its risk figures follow the
/// matrix it states. A renamed test or rule breaks the build of the log, not only the log.
/// </summary>
public partial class HazardLogTests
{
    private static readonly string[] Fields = ["Description", "Causes", "Effect / harm", "Initial risk", "Mitigation", "Residual risk", "Tests"];

    private static readonly string[] Severities = ["Minor", "Significant", "Considerable", "Major", "Catastrophic"];

    /// <summary>The DCB0160 matrix as the log states it: rows by likelihood from very low, columns by severity from minor.</summary>
    private static readonly Dictionary<string, int[]> Matrix = new(StringComparer.Ordinal)
    {
        ["Very low"] = [1, 1, 2, 2, 3],
        ["Low"] = [1, 2, 2, 3, 4],
        ["Medium"] = [2, 2, 3, 3, 4],
        ["High"] = [2, 3, 3, 4, 5],
        ["Very high"] = [3, 4, 4, 5, 5],
    };

    private sealed record Hazard(string Id, string Title, IReadOnlyDictionary<string, string> Fields)
    {
        public IEnumerable<string> Ticked(string field) => Fields.TryGetValue(field, out var text) ? Backticked().Matches(text).Select(m => m.Groups[1].Value) : [];
    }

    [GeneratedRegex(@"`([^`]+)`")]
    private static partial Regex Backticked();

    [GeneratedRegex(@"^### (H\d{2}) (.+)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\| ([^|]+?) \| (.+) \|$")]
    private static partial Regex Row();

    [GeneratedRegex(@"^(?:(LegCheck\.\w+\.Tests):)?(\w+)\.(\w+)$")]
    private static partial Regex TestName();

    [GeneratedRegex(@"^(\w+) / ([\w ]+?) → (\d)$")]
    private static partial Regex Risk();

    private static readonly Lazy<IReadOnlyList<Hazard>> Log = new(() => Parse(File.ReadAllLines(Path.Combine(TestData.RepoRoot, "knowledge", "HAZARDS.md"))));

    private static List<Hazard> Parse(string[] lines)
    {
        var hazards = new List<Hazard>();
        Dictionary<string, string>? fields = null;
        foreach (var line in lines)
        {
            if (Heading().Match(line) is { Success: true } h)
            {
                fields = new Dictionary<string, string>(StringComparer.Ordinal);
                hazards.Add(new Hazard(h.Groups[1].Value, h.Groups[2].Value, fields));
            }
            else if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                fields = null;
            }
            else if (fields is not null && Row().Match(line) is { Success: true } r && r.Groups[1].Value is not ("Field" or "---"))
            {
                fields[r.Groups[1].Value] = r.Groups[2].Value.Trim();
            }
        }

        return hazards;
    }

    [Fact]
    public void HazardLog_EveryHazard_HasEveryFieldAndATest()
    {
        var hazards = Log.Value;
        Assert.True(hazards.Count >= 26, $"only {hazards.Count} hazards");
        Assert.Equal(hazards.Select((_, i) => $"H{i + 1:00}"), hazards.Select(h => h.Id));
        var problems = hazards.SelectMany(h => Fields.Where(f => !h.Fields.TryGetValue(f, out var v) || v.Length == 0).Select(f => $"{h.Id} has no {f}"))
            .Concat(hazards.Where(h => !h.Ticked("Tests").Any()).Select(h => $"{h.Id} names no test"))
            .ToList();
        Assert.True(problems.Count == 0, string.Join("; ", problems));
    }

    [Fact]
    public void HazardLog_EveryTestNamed_Exists()
    {
        var own = typeof(HazardLogTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => m.GetCustomAttributes<FactAttribute>(inherit: true).Any())
                .Select(m => $"{t.Name}.{m.Name}"))
            .ToHashSet(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var (hazard, name) in Log.Value.SelectMany(h => h.Ticked("Tests").Select(t => (h.Id, t))))
        {
            if (TestName().Match(name) is not { Success: true } m)
            {
                missing.Add($"{hazard}: '{name}' is not Class.Method or Project:Class.Method");
            }
            else if (m.Groups[1].Success ? !InSource(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value) : !own.Contains($"{m.Groups[2].Value}.{m.Groups[3].Value}"))
            {
                missing.Add($"{hazard}: {name}");
            }
        }

        Assert.True(missing.Count == 0, "tests named in HAZARDS.md that do not exist: " + string.Join(", ", missing));
    }

    /// <summary>A test in another test project: a source file declaring the class has a [Fact] or [Theory] method of that name.</summary>
    private static bool InSource(string project, string cls, string method)
    {
        var dir = Path.Combine(TestData.RepoRoot, "tests", project);
        if (!Directory.Exists(dir))
        {
            return false;
        }

        var declaration = new Regex($@"\bclass {Regex.Escape(cls)}\b");
        var test = new Regex($@"\[(Fact|Theory)\b[^\]]*\](\s*\[[^\]]*\])*\s*public (async Task|void) {Regex.Escape(method)}\(");
        return Directory.EnumerateFiles(dir, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText)
            .Any(text => declaration.IsMatch(text) && test.IsMatch(text));
    }

    [Fact]
    public void HazardLog_EveryKnowledgeItemAndTypeNamed_Exists()
    {
        var kb = KnowledgeLoader.Default;
        var types = typeof(Assessor).Assembly.GetTypes().Concat(typeof(RunnerGenerator).Assembly.GetTypes()).Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        bool Exists(string kind, string id) => kind switch
        {
            "rule" => kb.TriageRules.Any(r => r.Id == id),
            "fact" => kb.Facts.ContainsKey(id),
            "advice" => kb.Advice.ContainsKey(id),
            "condition" => kb.Conditions.Any(c => c.Id == id),
            "type" => types.Contains(id),
            _ => true,
        };
        var named = Log.Value.SelectMany(h => h.Ticked("Mitigation").Where(t => t.Contains(':', StringComparison.Ordinal)).Select(t => (h.Id, Kind: t.Split(':')[0], Item: t.Split(':')[1]))).ToList();
        Assert.NotEmpty(named);
        var missing = named.Where(n => !Exists(n.Kind, n.Item)).Select(n => $"{n.Id}: {n.Kind}:{n.Item}").ToList();
        Assert.True(missing.Count == 0, "named in HAZARDS.md but not in the code or knowledge: " + string.Join(", ", missing));
    }

    [Fact]
    public void HazardLog_RiskRatings_FollowTheMatrixAndNeverRiseAfterMitigation()
    {
        var problems = new List<string>();
        foreach (var h in Log.Value)
        {
            int? Rating(string field)
            {
                var text = h.Fields.GetValueOrDefault(field, "");
                var m = Risk().Match(text);
                var s = m.Success ? Array.IndexOf(Severities, m.Groups[1].Value) : -1;
                if (s < 0 || !Matrix.TryGetValue(m.Groups[2].Value, out var row))
                {
                    problems.Add($"{h.Id} {field}: expected 'Severity / Likelihood → n', got '{text}'");
                    return null;
                }

                var stated = int.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture);
                if (row[s] != stated)
                {
                    problems.Add($"{h.Id} {field}: {m.Groups[1].Value} / {m.Groups[2].Value} is {row[s]} in the matrix, not {stated}");
                }

                return stated;
            }

            if (Rating("Initial risk") is { } initial && Rating("Residual risk") is { } residual && residual > initial)
            {
                problems.Add($"{h.Id}: residual risk {residual} above initial {initial}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("; ", problems));
    }

    /// <summary>A dangerous condition added to the knowledge base must get its hazard: named itself, or as a suspect of a rule the log names.</summary>
    [Fact]
    public void HazardLog_EveryDangerousCondition_IsMitigated()
    {
        var kb = KnowledgeLoader.Default;
        var named = Log.Value.SelectMany(h => h.Ticked("Mitigation")).ToHashSet(StringComparer.Ordinal);
        var covered = kb.TriageRules.Where(r => named.Contains("rule:" + r.Id)).SelectMany(r => r.Suspects)
            .Concat(named.Where(n => n.StartsWith("condition:", StringComparison.Ordinal)).Select(n => n["condition:".Length..]))
            .ToHashSet(StringComparer.Ordinal);
        var missing = kb.Conditions.Where(c => c.Severity == Severity.Dangerous && !covered.Contains(c.Id)).Select(c => c.Id).ToList();
        Assert.True(missing.Count == 0, "dangerous conditions without a hazard in HAZARDS.md: " + string.Join(", ", missing));
    }
}

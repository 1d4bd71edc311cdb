using System.Globalization;
using LegCheck.Core.Model;

namespace LegCheck.Core.Loading;

internal sealed partial class KnowledgeReader
{
    private const string ComparisonChars = "<>=!~";

    /// <summary>A fact id ends at the first of these; what follows names the test.</summary>
    private static readonly char[] OperatorChars = [.. ComparisonChars, ':'];

    private static readonly IReadOnlyDictionary<string, FactTestOp> ComparisonOps = new Dictionary<string, FactTestOp>(StringComparer.Ordinal)
    {
        [">="] = FactTestOp.AtLeast,
        ["<="] = FactTestOp.AtMost,
        [">"] = FactTestOp.MoreThan,
        ["<"] = FactTestOp.LessThan,
        ["="] = FactTestOp.EqualTo,
    };

    public List<TriageRule> ReadTriageRules(YNode root)
    {
        var list = new List<TriageRule>();
        Check(root, "triage.yaml");
        Entries(root, "rules", "triage.yaml#rule", (node, id) =>
        {
            var levelNode = node.Req("level");
            if (!TriageLevels.TryParse(levelNode.Text, out var level))
            {
                throw levelNode.Error($"rule '{id}': unknown triage level '{levelNode.Text}'");
            }

            var suspects = node.Strings("suspects");
            foreach (var s in suspects.Where(s => !_conditionIds.Contains(s)))
            {
                throw node.Error($"rule '{id}': unknown condition '{s}'");
            }

            list.Add(new TriageRule
            {
                Id = id,
                Level = level,
                Message = node.Str("message"),
                All = Tests(node, "all"),
                AnyOf = AnyGroups(node),
                Suspects = suspects,
                Contraindicated = AdviceIds(node, "contraindicated"),
                Advice = AdviceIds(node, "advice"),
                Sources = Sources(node),
                SameDay = Flag(node, "same_day"),
            });
        });

        return list;
    }

    public List<Explanation> ReadExplanations(YNode root)
    {
        var list = new List<Explanation>();
        Entries(root, "explanations", "triage.yaml#explanation", (node, id) =>
        {
            var explains = node.Strings("explains");
            if (explains.Count == 0)
            {
                throw node.Error($"explanation '{id}': 'explains' needs at least one alarm sign");
            }

            foreach (var fact in explains)
            {
                if (!_facts.TryGetValue(fact, out var def) || !def.RedFlag)
                {
                    throw node.Error($"explanation '{id}': '{fact}' is not an alarm sign (red_flag in facts.yaml)");
                }
            }

            list.Add(new Explanation
            {
                Id = id,
                Explains = explains,
                All = Tests(node, "all"),
                AnyOf = AnyGroups(node),
                Message = node.Str("message"),
                Sources = Sources(node),
            });
        });

        return list;
    }

    public List<TailoringRule> ReadTailoring(YNode root)
    {
        var list = new List<TailoringRule>();
        Check(root, "tailoring.yaml");
        Entries(root, "rules", "tailoring.yaml#rule", (node, id) =>
        {
            list.Add(new TailoringRule
            {
                Id = id,
                All = Tests(node, "all"),
                AnyOf = AnyGroups(node),
                Advice = AdviceIds(node, "advice"),
                Reason = node.Str("reason"),
                Sources = Sources(node),
            });
        });

        return list;
    }

    /// <summary><c>any: [a, b]</c> is one group; <c>any: [[a, b], [c, d]]</c> is several, each needing one hit.</summary>
    private List<IReadOnlyList<FactTest>> AnyGroups(YNode node)
    {
        var items = node.List("any").ToList();
        if (items.Count == 0)
        {
            return [];
        }

        if (items.All(i => i.Node is YamlDotNet.RepresentationModel.YamlSequenceNode))
        {
            return items.Select(g => (IReadOnlyList<FactTest>)g.Items.Select(Test).ToList()).ToList();
        }

        return [items.Select(Test).ToList()];
    }

    private List<FactTest> Tests(YNode node, string key)
    {
        var tests = node.List(key).Select(Test).ToList();
        return tests.Count > 0 || node.Has("any") ? tests : throw node.Error("a rule needs 'all' or 'any' tests");
    }

    private FactTest Test(YNode node)
    {
        var raw = node.Text.Replace(" ", "", StringComparison.Ordinal);
        if (raw.StartsWith('~'))
        {
            // "Not answered yes": lets a rule exclude an explaining fact without needing it asked.
            return new FactTest(raw, BoolFact(node, raw[1..]).Id, FactTestOp.NotAnsweredYes, null, null);
        }

        if (raw.StartsWith('!'))
        {
            return new FactTest(raw, BoolFact(node, raw[1..]).Id, FactTestOp.AnsweredNo, null, null);
        }

        var at = raw.IndexOfAny(OperatorChars);
        if (at < 0)
        {
            return new FactTest(raw, BoolFact(node, raw).Id, FactTestOp.AnsweredYes, null, null);
        }

        if (at == 0)
        {
            throw node.Error($"'{raw}': a test starts with a fact id");
        }

        var fact = Fact(node, raw[..at]);
        if (raw[at] == ':')
        {
            var value = raw[(at + 1)..];
            if (!fact.Values.Contains(value, StringComparer.Ordinal))
            {
                throw node.Error($"'{raw}': '{fact.Id}' has no value '{value}'");
            }

            return new FactTest(raw, fact.Id, FactTestOp.HasChoice, value, null);
        }

        return Comparison(node, raw, fact, at);
    }

    /// <summary>
    /// <c>fact&gt;=n</c> and the like. The whole run of operator characters is the operator, so a typo such as
    /// <c>=&gt;</c> or <c>==</c> is an unknown operator instead of a comparison with a strange number.
    /// </summary>
    private static FactTest Comparison(YNode node, string raw, FactDef fact, int at)
    {
        var end = at;
        while (end < raw.Length && ComparisonChars.Contains(raw[end], StringComparison.Ordinal))
        {
            end++;
        }

        var symbol = raw[at..end];
        if (!ComparisonOps.TryGetValue(symbol, out var op))
        {
            throw node.Error($"'{raw}': unknown test operator '{symbol}'; expected >=, <=, >, < or =");
        }

        if (fact.Type != FactType.Number || !double.TryParse(raw[end..], NumberStyles.Float, CultureInfo.InvariantCulture, out var n))
        {
            throw node.Error($"'{raw}': comparisons need a number fact and a number");
        }

        return new FactTest(raw, fact.Id, op, null, n);
    }

    private FactDef Fact(YNode node, string id) =>
        _facts.TryGetValue(id, out var fact) ? fact : throw node.Error($"unknown fact id '{id}'");

    private FactDef BoolFact(YNode node, string id)
    {
        var fact = Fact(node, id);
        return fact.Type == FactType.Bool ? fact : throw node.Error($"'{id}' is not a yes/no fact");
    }
}

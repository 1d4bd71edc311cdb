using LegCheck.Core.Model;

namespace LegCheck.Core.Loading;

internal sealed partial class KnowledgeReader
{
    public List<Condition> ReadConditions(YNode root)
    {
        var list = new List<Condition>();
        Check(root, "conditions.yaml");
        Entries(root, "conditions", "conditions.yaml#condition", (node, id) =>
        {
            _conditionIds.Add(id);
            var triageNode = node.Req("triage");
            if (!TriageLevels.TryParse(triageNode.Text, out var triage))
            {
                throw triageNode.Error($"condition '{id}': unknown triage level '{triageNode.Text}'");
            }

            var severity = Soft(() => OneOf(node, "severity", $"condition '{id}'", Severities), Severity.Dangerous);
            var advice = Check(node.Req("advice"), "conditions.yaml#advice");
            var condition = new Condition
            {
                Id = id,
                Name = node.Str("name"),
                Prior = Probability(node.Req("prior")),
                Severity = severity,
                Triage = triage,
                AlertAt = Probability(node.Req("alert_at")),
                SeeWhom = node.Str("see"),
                UrgencyNote = node.OptStr("urgency"),
                SameDay = Flag(node, "same_day"),
                Summary = Claim(node.Req("summary")),
                Feels = node.List("feels").Select(Claim).ToList(),
                Causes = node.List("causes").Select(Claim).ToList(),
                Likelihoods = Likelihoods(id, node.Req("likelihoods")),
                AdviceNow = AdviceIds(advice, "now"),
                AdvicePrevent = AdviceIds(advice, "prevent"),
                AdviceCare = AdviceIds(advice, "care"),
                AdvicePlausible = AdviceIds(advice, "plausible"),
                Contraindicated = AdviceIds(node, "contraindicated"),
                ContraindicatedAt = node.Opt("contraindicated_at") is { } c ? Probability(c) : 0.1,
                PlanQuestions = node.Strings("plan_questions"),
            };
            list.Add(condition);
        });

        return list;
    }

    private Dictionary<string, double> Likelihoods(string conditionId, YNode node)
    {
        var map = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (key, value) in node.Pairs)
        {
            var (factId, option) = SplitFeature(key);
            if (!_facts.TryGetValue(factId, out var fact))
            {
                throw value.Error($"condition '{conditionId}': likelihood names unknown fact '{factId}'");
            }

            if (fact.Type == FactType.Number)
            {
                // A number's likelihood is a set of ratios per band: {60_plus: 3, under_25: 0.3}.
                foreach (var (band, ratio) in value.Pairs)
                {
                    if (fact.Bands.All(b => b.Id != band))
                    {
                        throw ratio.Error($"condition '{conditionId}': '{factId}' has no band '{band}'");
                    }

                    var r = ratio.Number;
                    map[$"{factId}:{band}"] = r > 0 ? r : throw ratio.Error($"condition '{conditionId}': band ratio must be positive");
                }

                continue;
            }

            if (fact.Type == FactType.Bool ? option is not null : option is null || !fact.Values.Contains(option, StringComparer.Ordinal))
            {
                throw value.Error($"condition '{conditionId}': '{key}' is not a feature (use a bool fact id or fact:value)");
            }

            if (!map.TryAdd(key, Probability(value)))
            {
                throw value.Error($"condition '{conditionId}': duplicate likelihood '{key}'");
            }
        }

        return map;
    }

    private static (string Fact, string? Option) SplitFeature(string key)
    {
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? (key, null) : (key[..colon], key[(colon + 1)..]);
    }

    private IReadOnlyList<string> AdviceIds(YNode node, string key)
    {
        var ids = new List<string>();
        foreach (var item in node.List(key))
        {
            var id = item.Text;
            if (!_advice.ContainsKey(id))
            {
                throw item.Error($"unknown advice id '{id}'");
            }

            ids.Add(id);
        }

        return ids;
    }

    private Claim Claim(YNode node) => new(Check(node, "conditions.yaml#claim").Str("text"), Sources(node));

    /// <summary>The severity words are the enum's names in lower case, read exactly (no numbers, no other casing).</summary>
    private static readonly Dictionary<string, Severity> Severities =
        Enum.GetValues<Severity>().ToDictionary(s => s.ToString().ToLowerInvariant(), StringComparer.Ordinal);

    /// <summary>Reads <c>src: [article#Section, guideline]</c>; a claim without a source is an error.</summary>
    private List<SourceRef> Sources(YNode node)
    {
        var refs = new List<SourceRef>();
        foreach (var item in node.List("src"))
        {
            var text = item.Text;
            var hash = text.IndexOf('#', StringComparison.Ordinal);
            var id = hash < 0 ? text : text[..hash];
            if (!_sources.TryGetValue(id, out var doc))
            {
                throw item.Error($"unknown source '{id}'");
            }

            if (doc.Kind == "article" && hash < 0)
            {
                throw item.Error($"source '{id}' is an article: name the section as {id}#Section");
            }

            refs.Add(new SourceRef(id, hash < 0 ? null : text[(hash + 1)..]));
        }

        return refs.Count > 0 ? refs : throw node.Error("claim without a source (add src: [...])");
    }
}

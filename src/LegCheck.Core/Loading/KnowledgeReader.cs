using LegCheck.Core.Model;

namespace LegCheck.Core.Loading;

/// <summary>Reads each YAML file into the model, checking references against what was read before.</summary>
internal sealed partial class KnowledgeReader
{
    private readonly Dictionary<string, SourceDoc> _sources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FactDef> _facts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AdviceItem> _advice = new(StringComparer.Ordinal);
    private readonly HashSet<string> _conditionIds = new(StringComparer.Ordinal);

    /// <summary>Every problem met so far; reading goes on past a bad entry so all of them are reported at once.</summary>
    public List<KnowledgeError> Errors { get; } = [];

    public double EvidenceWeight { get; private set; } = 0.8;

    public double ClosedWorldWeight { get; private set; } = 1.0;

    public Dictionary<string, SourceDoc> ReadSources(YNode root)
    {
        Check(root, "sources.yaml");
        Try(() =>
        {
            if (root.Opt("evidence_weight") is { } w)
            {
                EvidenceWeight = Probability(w);
            }
        });
        Try(() =>
        {
            if (root.Opt("closed_world_weight") is { } cw)
            {
                ClosedWorldWeight = Probability(cw);
            }
        });

        Each(root, "sources", "sources.yaml#source", node =>
        {
            var id = node.Str("id");
            var kind = node.Str("kind");
            if (kind is not ("article" or "guideline" or "consensus" or "study" or "textbook"))
            {
                throw node.Error($"source '{id}': kind must be article, guideline, consensus, study or textbook, got '{kind}'");
            }

            var doc = new SourceDoc(id, kind, node.Str("title"), node.OptStr("publisher"), node.OptStr("file"))
            {
                Doi = node.OptStr("doi"),
                Url = node.OptStr("url"),
            };
            AddUnique(_sources, id, doc, node);
        });

        return _sources;
    }

    public Dictionary<string, FactDef> ReadFacts(YNode root)
    {
        Check(root, "facts.yaml");
        Each(root, "facts", "facts.yaml#fact", node =>
        {
            var id = node.Str("id");
            var type = OneOf(node, "type", $"fact '{id}'", FactTypes);
            var fact = new FactDef
            {
                Id = id,
                Type = type,
                Label = node.Str("label"),
                BaseRate = type == FactType.Bool ? Probability(node.Req("base_rate")) : 0.5,
                Unmentioned = node.Opt("unmentioned") is { } u ? Probability(u) : null,
                RedFlag = Soft(() => node.OptBool("red_flag") ?? false, false),
                Implies = node.Strings("implies"),
                ImpliesAtLeast = node.OptNum("implies_at_least"),
                Values = node.Strings("values"),
                ValueRates = node.Opt("rates")?.Pairs.ToDictionary(p => p.Key, p => Probability(p.Value), StringComparer.Ordinal)
                    ?? new Dictionary<string, double>(StringComparer.Ordinal),
                Bands = node.List("bands").Select(b => Check(b, "facts.yaml#band")).Select(b => new NumberBand(b.Str("id"), b.OptNum("max"), Probability(b.Req("rate")))).ToList(),
                Min = node.OptNum("min"),
                Max = node.OptNum("max"),
                Unit = node.OptStr("unit"),
            };
            if (type is FactType.Choice or FactType.MultiChoice)
            {
                if (fact.Values.Count == 0)
                {
                    throw node.Error($"fact '{id}': a choice needs values");
                }

                foreach (var v in fact.Values.Where(v => !fact.ValueRates.ContainsKey(v)))
                {
                    throw node.Error($"fact '{id}': value '{v}' has no rate");
                }
            }

            if (type == FactType.Number && (fact.Bands.Count == 0 || fact.Bands[^1].Max is not null))
            {
                throw node.Error($"fact '{id}': a number needs bands, the last one without max");
            }

            AddUnique(_facts, id, fact, node);
        });

        return _facts;
    }

    public Dictionary<string, AdviceItem> ReadAdvice(YNode root)
    {
        Check(root, "advice.yaml");
        Each(root, "advice", "advice.yaml#advice", node =>
        {
            var id = node.Str("id");
            var kind = Soft(() => OneOf(node, "kind", $"advice '{id}'", AdviceKinds), AdviceKind.Prevent);
            AddUnique(_advice, id, new AdviceItem
            {
                Id = id,
                Kind = kind,
                Title = node.Str("title"),
                Detail = node.Str("detail"),
                Sources = Sources(node),
                Order = (int)(node.OptNum("order") ?? 50),
                FirstAid = Flag(node, "first_aid"),
                UrgentTitle = node.OptStr("urgent_title"),
                UrgentDetail = node.OptStr("urgent_detail"),
                SameDayTitle = node.OptStr("same_day_title"),
                SameDayDetail = node.OptStr("same_day_detail"),
                Routine = Flag(node, "routine"),
            }, node);
        });

        return _advice;
    }

    private static readonly Dictionary<string, FactType> FactTypes = new(StringComparer.Ordinal)
    {
        ["bool"] = FactType.Bool,
        ["number"] = FactType.Number,
        ["choice"] = FactType.Choice,
        ["multi"] = FactType.MultiChoice,
    };

    private static readonly Dictionary<string, AdviceKind> AdviceKinds = new(StringComparer.Ordinal)
    {
        ["care"] = AdviceKind.Care,
        ["now"] = AdviceKind.Now,
        ["prevent"] = AdviceKind.Prevent,
        ["safety"] = AdviceKind.Safety,
    };

    /// <summary>Reads a keyword field, failing with the allowed words when it is not one of them.</summary>
    private static T OneOf<T>(YNode node, string key, string owner, Dictionary<string, T> words)
    {
        var text = node.Str(key);
        return words.TryGetValue(text, out var value)
            ? value
            : throw node.Req(key).Error($"{owner}: {key} must be {string.Join(", ", words.Keys)}; got '{text}'");
    }

    /// <summary>
    /// Reads each entry of a list whose items carry an <c>id</c>, checking its keys against <paramref name="kind"/>;
    /// a bad entry (a repeated id included) is recorded and skipped, and the rest are still read.
    /// </summary>
    private void Entries(YNode root, string key, string kind, Action<YNode, string> read)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        Each(root, key, kind, node =>
        {
            var id = node.Str("id");
            if (!ids.Add(id))
            {
                throw node.Error($"duplicate id '{id}'");
            }

            read(node, id);
        });
    }

    /// <summary>Reads each item of a list, recording a problem in one item and going on with the next.</summary>
    private void Each(YNode root, string key, string kind, Action<YNode> read) => Try(() =>
    {
        foreach (var node in root.List(key))
        {
            Try(() =>
            {
                Check(node, kind);
                read(node);
            });
        }
    });

    /// <summary>
    /// A value whose mistake need not stop the entry: the error is recorded and the entry is read on with
    /// <paramref name="fallback"/>, so that what refers to it does not fail as well and bury the real problem.
    /// </summary>
    private T Soft<T>(Func<T> read, T fallback)
    {
        try
        {
            return read();
        }
        catch (KnowledgeException e)
        {
            Errors.AddRange(e.Errors);
            return fallback;
        }
    }

    private void Try(Action read)
    {
        try
        {
            read();
        }
        catch (KnowledgeException e)
        {
            Errors.AddRange(e.Errors);
        }
    }

    /// <summary>Records every key of <paramref name="node"/> that <see cref="KnowledgeKeys"/> does not list for <paramref name="kind"/>.</summary>
    private YNode Check(YNode node, string kind)
    {
        Try(() => Errors.AddRange(node.UnknownKeys(KnowledgeKeys.All[kind])));
        return node;
    }

    private static void AddUnique<T>(Dictionary<string, T> map, string id, T value, YNode node)
    {
        if (!map.TryAdd(id, value))
        {
            throw node.Error($"duplicate id '{id}'");
        }
    }

    /// <summary>An optional yes/no key, parsed strictly so that a typo is an error rather than a silent "no".</summary>
    private static bool Flag(YNode node, string key) => node.OptStr(key) switch
    {
        null or "false" => false,
        "true" => true,
        var other => throw node.Error($"'{key}' must be true or false, got '{other}'"),
    };

    private static double Probability(YNode node)
    {
        var p = node.Number;
        return p is > 0 and < 1 ? p : throw node.Error($"expected a probability strictly between 0 and 1, got {p}");
    }
}

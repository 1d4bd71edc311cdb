using LegCheck.Core.Cases;
using LegCheck.Core.Loading;
using LegCheck.Core.Model;
using YamlDotNet.RepresentationModel;

namespace LegCheck.Core.FreeText;

/// <summary>Compiles entries into the trie, refusing a phrasing that two entries would read differently.</summary>
internal sealed class PhraseLexiconBuilder(PhraseLexicon lexicon, KnowledgeBase kb, HashSet<string> covered)
{
    private static readonly IReadOnlySet<string> EntryKeys = KnowledgeKeys.All["phrases.yaml#entry"];

    public int Variants { get; private set; }

    public int Lines { get; private set; }

    public void AddEntry(YNode node, bool numbers)
    {
        foreach (var (key, value) in node.Pairs.Where(p => !EntryKeys.Contains(p.Key)))
        {
            throw value.Error($"unknown key '{key}'; expected one of {string.Join(", ", EntryKeys)}");
        }

        PhraseNumber? number = null;
        if (numbers)
        {
            var factId = node.Str("number");
            var fact = Fact(factId, node.Req("number"));
            if (fact.Type != FactType.Number)
            {
                throw node.Req("number").Error($"fact '{factId}' is not a number; put it under terms");
            }

            var groups = node.Strings("units").ToHashSet(StringComparer.Ordinal);
            foreach (var unitsNode in node.List("units").Where(g => !lexicon.Units.Values.Any(u => u.Group == g.Text)))
            {
                throw unitsNode.Error($"unknown unit group '{unitsNode.Text}'");
            }

            number = new PhraseNumber(factId, groups, node.OptNum("value"))
            {
                NotAfter = node.Strings("not_after").Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
            };
            covered.Add(factId);
        }
        else if (node.Has("number") || node.Has("units") || node.Has("value") || node.Has("not_after"))
        {
            throw node.Error("number, units and value belong under numbers");
        }

        var about = node.OptStr("about");
        if (about is not (null or "others"))
        {
            throw node.Req("about").Error($"about must be 'others', got '{about}'");
        }

        var entry = new PhraseEntry(Settings(node.Opt("set")), Settings(node.Opt("given")), number) { AboutOthers = about == "others" };
        if (!numbers && entry.Set.Count + entry.Given.Count == 0)
        {
            throw node.Error("a term needs set or given (phrases that mean nothing go under ignore)");
        }

        var phrases = node.List("say").ToList();
        if (phrases.Count == 0)
        {
            throw node.Error("missing 'say' (the phrases)");
        }

        foreach (var phrase in phrases)
        {
            Add(entry, phrase);
        }
    }

    /// <summary>The entry of a together rule: its set and about keys, read like a term's.</summary>
    public PhraseEntry Entry(YNode node)
    {
        var entry = new PhraseEntry(Settings(node.Opt("set")), [], null) { AboutOthers = node.OptStr("about") == "others" };
        return entry.Set.Count > 0 ? entry : throw node.Error("a together rule needs set");
    }

    public void Add(PhraseEntry entry, YNode phraseNode)
    {
        var phrase = phraseNode.Text;
        if (PhrasePattern.TryExpand(phrase, lexicon, out var variants) is { } problem)
        {
            throw phraseNode.Error($"phrase '{phrase}': {problem}");
        }

        var rule = new PhraseRule(entry, phraseNode.Line, phrase);
        Lines++;
        foreach (var variant in variants)
        {
            CheckSlots(entry, variant, phraseNode, phrase);
            var node = lexicon.Root;
            foreach (var key in variant)
            {
                if (!node.Next.TryGetValue(key, out var next))
                {
                    next = new PhraseNode();
                    node.Next[key] = next;
                }

                node = next;
            }

            if (node.Rule is { } existing)
            {
                if (!SameMeaning(existing.Entry, entry))
                {
                    throw phraseNode.Error(
                        $"phrase '{phrase}' reads as '{string.Join(' ', variant)}', which '{existing.Phrase}' (line {existing.Line}) already claims");
                }

                continue;
            }

            node.Rule = rule;
            Variants++;
        }
    }

    /// <summary>Two entries that set the same facts may share a phrasing: inflections now read alike ("sweated buckets", "sweating buckets").</summary>
    private static bool SameMeaning(PhraseEntry a, PhraseEntry b) =>
        ReferenceEquals(a, b)
        || (a.Number is null && b.Number is null && a.AboutOthers == b.AboutOthers
            && a.Set.Select(s => s.ToString()).SequenceEqual(b.Set.Select(s => s.ToString()), StringComparer.Ordinal)
            && a.Given.Select(s => s.ToString()).SequenceEqual(b.Given.Select(s => s.ToString()), StringComparer.Ordinal));

    private static void CheckSlots(PhraseEntry entry, string[] variant, YNode node, string phrase)
    {
        var hasNumber = variant.Contains(PhrasePattern.Number);
        var hasUnit = variant.Contains(PhrasePattern.Unit);
        if (entry.Number is null && (hasNumber || hasUnit))
        {
            throw node.Error($"phrase '{phrase}': {{n}} and {{unit}} are only for numbers");
        }

        if (entry.Number is { Fixed: null } && !hasNumber)
        {
            throw node.Error($"phrase '{phrase}': a number phrase needs {{n}} (or a value for the entry)");
        }

        if (entry.Number is { Fixed: not null } && hasNumber)
        {
            throw node.Error($"phrase '{phrase}': the entry has a fixed value, so {{n}} is not allowed");
        }

        if (entry.Number is { } number && hasUnit && number.UnitGroups.Count == 0)
        {
            throw node.Error($"phrase '{phrase}': {{unit}} needs the entry to list its units");
        }
    }

    private List<PhraseSetting> Settings(YNode? map)
    {
        var settings = new List<PhraseSetting>();
        foreach (var (factId, valueNode) in map?.Pairs ?? [])
        {
            var fact = Fact(factId, valueNode);
            if (fact.Type == FactType.Number)
            {
                throw valueNode.Error($"fact '{factId}' is a number; put it under numbers with a {{n}} phrase");
            }

            var raw = valueNode.Node is YamlSequenceNode ? valueNode.Items.Select(i => i.Text).ToList() : [valueNode.Text];
            if (FactParser.TryParse(fact, raw, out var value) is { } problem)
            {
                throw valueNode.Error($"fact '{factId}': {problem}");
            }

            settings.Add(new PhraseSetting(factId, value));
            covered.Add(factId);
        }

        return settings;
    }

    private FactDef Fact(string factId, YNode node) =>
        kb.Facts.TryGetValue(factId, out var fact)
            ? fact
            : throw node.Error($"unknown fact '{factId}' (not in the knowledge base's facts.yaml)");
}

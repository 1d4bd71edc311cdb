using System.Globalization;
using LegCheck.Core.Cases;
using LegCheck.Core.Loading;
using LegCheck.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace LegCheck.Core.Interview;

/// <summary>
/// Reads phrases.yaml and checks it against the knowledge base as it goes, so an unknown fact id, a location
/// that does not exist or a phrase that two entries would both claim fails with the file and line that hold it.
/// </summary>
internal static class PhraseLexiconLoader
{
    private static readonly HashSet<string> TopLevelKeys = new(StringComparer.Ordinal)
    {
        "negation_window", "stop_words", "spellings", "negators", "hedges", "clause_breaks", "negation_carries_over",
        "auxiliaries", "negation_fillers", "number_words", "number_hedges", "clause_ends", "units", "ignore", "terms", "numbers",
    };

    private static readonly HashSet<string> EntryKeys = new(StringComparer.Ordinal) { "set", "given", "say", "number", "units", "value" };

    public static PhraseLexicon Load(string yaml, KnowledgeBase kb, string file)
    {
        YNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            root = stream.Documents.Count == 0
                ? throw new KnowledgeException(file, 1, "file is empty")
                : new YNode(file, stream.Documents[0].RootNode);
        }
        catch (YamlException e)
        {
            throw new KnowledgeException(file, e.Start.Line, "not valid YAML: " + e.Message);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, not a YamlException, when the text ends inside a bracket or quote.
            var lines = yaml.TrimEnd('\n').Split('\n').Length;
            throw new KnowledgeException(file, lines, "not valid YAML: the file ends inside an unclosed bracket or quote");
        }

        foreach (var (key, value) in root.Pairs.Where(p => !TopLevelKeys.Contains(p.Key)))
        {
            throw value.Error($"unknown section '{key}'; expected one of {string.Join(", ", TopLevelKeys)}");
        }

        var lexicon = new PhraseLexicon();
        if (root.Opt("negation_window") is { } window)
        {
            var n = window.Number;
            lexicon.NegationWindow = n is >= 0 and <= 10 && n == Math.Floor(n) ? (int)n : throw window.Error("negation_window must be a whole number from 0 to 10");
        }

        // Spellings and stop words come first: every later word is read through them.
        foreach (var (from, to) in root.Opt("spellings")?.Pairs ?? [])
        {
            lexicon.Spellings[from.ToLowerInvariant()] = to.Text.ToLowerInvariant();
        }

        ReadWords(root, "stop_words", lexicon, lexicon.StopWords);
        ReadSequences(root, "negators", lexicon, lexicon.Negators);
        ReadSequences(root, "hedges", lexicon, lexicon.Hedges);
        ReadSequences(root, "clause_breaks", lexicon, lexicon.ClauseBreaks);
        ReadWords(root, "negation_carries_over", lexicon, lexicon.CarryWords);
        ReadWords(root, "auxiliaries", lexicon, lexicon.Auxiliaries);
        ReadWords(root, "negation_fillers", lexicon, lexicon.NegationFillers);
        ReadWords(root, "number_hedges", lexicon, lexicon.NumberHedges);
        ReadWords(root, "clause_ends", lexicon, lexicon.ClauseEnds);
        foreach (var (word, value) in root.Opt("number_words")?.Pairs ?? [])
        {
            lexicon.NumberWords[Key(lexicon, word, value)] = value.Number;
        }

        ReadUnits(root, lexicon);

        var covered = new HashSet<string>(StringComparer.Ordinal);
        var builder = new Builder(lexicon, kb, covered);
        var ignore = new PhraseEntry([], [], null);
        foreach (var phrase in root.List("ignore"))
        {
            builder.Add(ignore, phrase);
        }

        foreach (var entry in root.List("terms"))
        {
            builder.AddEntry(entry, numbers: false);
        }

        foreach (var entry in root.List("numbers"))
        {
            builder.AddEntry(entry, numbers: true);
        }

        lexicon.CoveredFacts = covered;
        lexicon.PhraseCount = builder.Variants;
        lexicon.PatternCount = builder.Lines;
        return lexicon;
    }

    private static string Key(PhraseLexicon lexicon, string word, YNode node)
    {
        var tokens = lexicon.Tokenize(word);
        return tokens.Count == 1 ? tokens[0].Key : throw node.Error($"'{word}' is not a single word");
    }

    private static void ReadWords(YNode root, string section, PhraseLexicon lexicon, HashSet<string> into)
    {
        foreach (var node in root.List(section))
        {
            into.Add(Key(lexicon, node.Text, node));
        }
    }

    private static void ReadSequences(YNode root, string section, PhraseLexicon lexicon, List<string[]> into)
    {
        foreach (var node in root.List(section))
        {
            var tokens = lexicon.Tokenize(node.Text);
            into.Add(tokens.Count > 0 ? [.. tokens.Select(t => t.Key)] : throw node.Error($"'{node.Text}' has no words"));
        }
    }

    private static void ReadUnits(YNode root, PhraseLexicon lexicon)
    {
        foreach (var (group, units) in root.Opt("units")?.Pairs ?? [])
        {
            foreach (var unit in units.Items)
            {
                var factor = unit.Num("factor");
                if (!(factor > 0))
                {
                    throw unit.Error($"unit factor must be positive, got {factor.ToString(CultureInfo.InvariantCulture)}");
                }

                var definition = new PhraseUnit(group, factor, unit.OptStr("note"));
                foreach (var word in unit.List("words"))
                {
                    // "mins" and "min" share a key; that is one unit, not two.
                    var key = Key(lexicon, word.Text, word);
                    if (!lexicon.Units.TryAdd(key, definition) && lexicon.Units[key] != definition)
                    {
                        throw word.Error($"unit word '{word.Text}' is defined twice");
                    }
                }
            }
        }
    }

    /// <summary>Compiles entries into the trie, refusing a phrasing that two entries would read differently.</summary>
    private sealed class Builder(PhraseLexicon lexicon, KnowledgeBase kb, HashSet<string> covered)
    {
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

                number = new PhraseNumber(factId, groups, node.OptNum("value"));
                covered.Add(factId);
            }
            else if (node.Has("number") || node.Has("units") || node.Has("value"))
            {
                throw node.Error("number, units and value belong under numbers");
            }

            var entry = new PhraseEntry(Settings(node.Opt("set")), Settings(node.Opt("given")), number);
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
                    if (!ReferenceEquals(existing.Entry, entry))
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
}

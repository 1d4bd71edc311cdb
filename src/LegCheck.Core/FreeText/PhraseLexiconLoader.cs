using System.Globalization;
using LegCheck.Core.Loading;
using LegCheck.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace LegCheck.Core.FreeText;

/// <summary>
/// Reads phrases.yaml and checks it against the knowledge base as it goes, so an unknown fact id, a location
/// that does not exist or a phrase that two entries would both claim fails with the file and line that hold it.
/// </summary>
internal static class PhraseLexiconLoader
{
    private static readonly IReadOnlySet<string> TopLevelKeys = KnowledgeKeys.All["phrases.yaml"];

    private static readonly (string Section, PhraseMood Mood)[] MoodSections =
    [
        ("others", PhraseMood.Others), ("guesses", PhraseMood.Hedged), ("future", PhraseMood.Future),
        ("long_ago", PhraseMood.LongAgo), ("resolved", PhraseMood.Resolved), ("corrections", PhraseMood.Retracted),
    ];

    public static PhraseLexicon Load(string yaml, KnowledgeBase kb, string file)
    {
        var root = ParseRoot(yaml, file);
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

        ReadWordLists(root, lexicon);
        ReadUnits(root, lexicon);
        ReadMoods(root, lexicon, kb);
        ReadPhrases(root, lexicon, kb);
        PhraseVocabulary.Collect(lexicon);
        return lexicon;
    }

    /// <summary>The file's top-level mapping, with YAML errors reported at their line.</summary>
    private static YNode ParseRoot(string yaml, string file)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            return stream.Documents.Count == 0
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
    }

    /// <summary>Spellings, stop words and the other word lists that the phrases are read through.</summary>
    private static void ReadWordLists(YNode root, PhraseLexicon lexicon)
    {
        // Spellings and stop words come first: every later word is read through them.
        foreach (var (from, to) in root.Opt("spellings")?.Pairs ?? [])
        {
            lexicon.Spellings[from.ToLowerInvariant()] = to.Text.ToLowerInvariant();
        }

        foreach (var word in root.Opt("exact_words")?.Items ?? [])
        {
            lexicon.ExactWords.Add(PhraseTokenizer.Stem(word.Text.ToLowerInvariant()));
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
    }

    /// <summary>The ignored phrases, the terms, the number phrases and the combinations, and the facts they cover.</summary>
    private static void ReadPhrases(YNode root, PhraseLexicon lexicon, KnowledgeBase kb)
    {
        var covered = new HashSet<string>(StringComparer.Ordinal);
        var builder = new PhraseLexiconBuilder(lexicon, kb, covered);
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

        ReadTogether(root, lexicon, builder);
        lexicon.CoveredFacts = covered;
        covered.UnionWith(lexicon.Together.SelectMany(r => r.Entry.Set).Select(s => s.FactId));
        lexicon.PhraseCount = builder.Variants;
        lexicon.PatternCount = builder.Lines;
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

    private static readonly IReadOnlySet<string> TogetherKeys = KnowledgeKeys.All["phrases.yaml#together"];

    private static readonly IReadOnlySet<string> UnitKeys = KnowledgeKeys.All["phrases.yaml#unit"];

    /// <summary>Named word groups, then rules naming them (or listing words inline) under <c>all</c>.</summary>
    private static void ReadTogether(YNode root, PhraseLexicon lexicon, PhraseLexiconBuilder builder)
    {
        var groups = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        foreach (var (name, words) in root.Opt("groups")?.Pairs ?? [])
        {
            groups[name] = Sequences(lexicon, words.Items);
        }

        foreach (var node in root.List("together"))
        {
            foreach (var (key, value) in node.Pairs.Where(p => !TogetherKeys.Contains(p.Key)))
            {
                throw value.Error($"unknown key '{key}'; expected one of {string.Join(", ", TogetherKeys)}");
            }

            var all = new List<IReadOnlyList<string[]>>();
            foreach (var item in node.List("all"))
            {
                all.Add(item.Node is YamlSequenceNode
                    ? Sequences(lexicon, item.Items)
                    : groups.TryGetValue(item.Text, out var group) ? group : throw item.Error($"unknown group '{item.Text}'"));
            }

            if (all.Count < 2)
            {
                throw node.Error("a together rule needs at least two groups under 'all'");
            }

            var window = node.OptNum("window") ?? 8;
            var entry = builder.Entry(node);
            var ignoreNegation = node.OptStr("ignore_negation") is "true" or "yes";
            var acrossCommas = node.OptStr("across_commas") is "true" or "yes";
            lexicon.Together.Add(new TogetherRule(entry, all, (int)window, ignoreNegation, acrossCommas, node.Line));
        }
    }

    private static List<string[]> Sequences(PhraseLexicon lexicon, IEnumerable<YNode> items) =>
        [.. items.Select(i => Sequence(lexicon, i))];

    /// <summary>The keys of a group item; "!of" stays as written (a word that must not follow).</summary>
    private static string[] Sequence(PhraseLexicon lexicon, YNode item)
    {
        var words = new List<string>();
        foreach (var part in item.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var negative = part.StartsWith('!');
            var tokens = lexicon.Tokenize(negative ? part[1..] : part).Where(t => !lexicon.IsStop(t)).ToList();
            lexicon.Vocabulary.UnionWith(tokens.Select(t => t.Key));
            words.AddRange(tokens.Select(t => negative ? "!" + t.Key : t.Key));
        }

        return words.Count > 0 && !words[0].StartsWith('!') ? [.. words] : throw item.Error($"'{item.Text}' has no words");
    }

    private static void ReadMoods(YNode root, PhraseLexicon lexicon, KnowledgeBase kb)
    {
        foreach (var (section, mood) in MoodSections)
        {
            var cues = new List<string[]>();
            ReadSequences(root, section, lexicon, cues);
            lexicon.MoodCues[mood] = cues;
        }

        ReadSequences(root, "proxies", lexicon, lexicon.Proxies);
        ReadSequences(root, "about_me", lexicon, lexicon.AboutMe);
        ReadWords(root, "question_openers", lexicon, lexicon.QuestionOpeners);
        ReadWords(root, "known_words", lexicon, lexicon.KnownWords);
        foreach (var (section, into) in new[]
        {
            ("symptoms", lexicon.Symptoms), ("history_facts", lexicon.HistoryFacts), ("leg_symptoms", lexicon.LegSymptoms), ("calf_signs", lexicon.CalfSigns),
        })
        {
            foreach (var node in root.List(section))
            {
                into.Add(kb.Facts.ContainsKey(node.Text) ? node.Text : throw node.Error($"unknown fact '{node.Text}' in {section}"));
            }
        }

        ReadWords(root, "paired_words", lexicon, lexicon.PairedPlaces);
        ReadWords(root, "elsewhere_words", lexicon, lexicon.ElsewhereWords);
        ReadWords(root, "leg_words", lexicon, lexicon.LegWords);
        ReadWords(root, "calf_words", lexicon, lexicon.CalfWords);
        ReadSequences(root, "answers_no", lexicon, lexicon.AnswersNo);
        ReadSequences(root, "answers_yes", lexicon, lexicon.AnswersYes);

        if (root.Opt("typo_min_length") is { } typo)
        {
            var n = typo.Number;
            lexicon.TypoMinLength = n is >= 3 and <= 20 && n == Math.Floor(n) ? (int)n : throw typo.Error("typo_min_length must be a whole number from 3 to 20");
        }
    }

    private static void ReadUnits(YNode root, PhraseLexicon lexicon)
    {
        foreach (var (group, units) in root.Opt("units")?.Pairs ?? [])
        {
            foreach (var unit in units.Items)
            {
                foreach (var (key, value) in unit.Pairs.Where(p => !UnitKeys.Contains(p.Key)))
                {
                    throw value.Error($"unknown key '{key}'; expected one of {string.Join(", ", UnitKeys)}");
                }

                var factor = unit.Num("factor");
                if (!(factor > 0))
                {
                    throw unit.Error($"unit factor must be positive, got {factor.ToString(CultureInfo.InvariantCulture)}");
                }

                var definition = new PhraseUnit(group, factor, unit.OptStr("note"), unit.OptNum("miles"));
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
}

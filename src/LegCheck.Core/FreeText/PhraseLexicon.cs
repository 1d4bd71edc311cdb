using LegCheck.Core.Cases;
using LegCheck.Core.Loading;
using LegCheck.Core.Model;

namespace LegCheck.Core.FreeText;

/// <summary>
/// The vocabulary runners use for their symptoms, read from <c>knowledge/phrases.yaml</c>: phrases with their
/// synonyms and the facts they set, the words that negate or hedge a phrase, and the number words and units
/// used for "after two miles" or "I'm 45". Phrases are compiled into a word trie so that the longest phrase
/// at each place in the text wins ("pins and needles" over "needles").
/// </summary>
public sealed class PhraseLexicon
{
    public const string FileName = "phrases.yaml";

    private static readonly Lazy<PhraseLexicon> Embedded = new(() => Load(ReadEmbedded(), KnowledgeLoader.Default));

    internal PhraseLexicon()
    {
    }

    /// <summary>The lexicon compiled into this assembly, checked against <see cref="KnowledgeLoader.Default"/>.</summary>
    public static PhraseLexicon Default => Embedded.Value;

    /// <summary>How many distinct phrasings the lexicon recognises once synonyms and optional words are expanded.</summary>
    public int PhraseCount { get; internal set; }

    /// <summary>How many phrase lines the file holds.</summary>
    public int PatternCount { get; internal set; }

    /// <summary>Every fact id that at least one phrase can set.</summary>
    public IReadOnlySet<string> CoveredFacts { get; internal set; } = new HashSet<string>(StringComparer.Ordinal);

    internal PhraseNode Root { get; } = new();

    internal Dictionary<string, string> Spellings { get; } = new(StringComparer.Ordinal);

    internal HashSet<string> StopWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Words matched only as written, where an inflection changes the meaning ("faint" is dizzy, "fainted" collapsed).</summary>
    internal HashSet<string> ExactWords { get; } = new(StringComparer.Ordinal);

    internal List<string[]> Negators { get; } = [];

    internal List<string[]> Hedges { get; } = [];

    internal List<string[]> ClauseBreaks { get; } = [];

    internal HashSet<string> CarryWords { get; } = new(StringComparer.Ordinal);

    internal HashSet<string> Auxiliaries { get; } = new(StringComparer.Ordinal);

    internal HashSet<string> NegationFillers { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, double> NumberWords { get; } = new(StringComparer.Ordinal);

    internal HashSet<string> NumberHedges { get; } = new(StringComparer.Ordinal);

    internal HashSet<string> ClauseEnds { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, PhraseUnit> Units { get; } = new(StringComparer.Ordinal);

    internal int NegationWindow { get; set; } = 3;

    /// <summary>Words and phrases that give a clause its mood (someone else, a question, a hedge, the past ...).</summary>
    internal Dictionary<PhraseMood, List<string[]>> MoodCues { get; } = [];

    /// <summary>Words that start a question ("could", "is"); a clause that ends in "?" and starts with one asks, it does not tell.</summary>
    internal HashSet<string> QuestionOpeners { get; } = new(StringComparer.Ordinal);

    /// <summary>"asking for my husband": he, she and the named person are then the runner, not someone else.</summary>
    internal List<string[]> Proxies { get; } = [];

    /// <summary>"my GP put me on", "my wife says I was": someone else speaks or acts, but about the runner.</summary>
    internal List<string[]> AboutMe { get; } = [];

    /// <summary>Facts a sentence saying it has gone ("the swelling went down") takes back.</summary>
    internal HashSet<string> Symptoms { get; } = new(StringComparer.Ordinal);

    /// <summary>Facts that stay true when told about the past ("a bad disc from years ago").</summary>
    internal HashSet<string> HistoryFacts { get; } = new(StringComparer.Ordinal);

    /// <summary>Word keys of body parts that come in pairs: "my calves" without "left" or "right" means both legs.</summary>
    internal HashSet<string> PairedPlaces { get; } = new(StringComparer.Ordinal);

    /// <summary>Body parts outside the legs ("hands", "breastbone", "pulse"): a leg symptom said of one is not the leg's.</summary>
    internal HashSet<string> ElsewhereWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Parts of the leg other than the calf ("shin", "foot"): a calf sign said of one is not the calf's.</summary>
    internal HashSet<string> LegWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Words for the calf.</summary>
    internal HashSet<string> CalfWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Facts about the leg (numbness, tightness ...) that a nearer body part elsewhere takes away.</summary>
    internal HashSet<string> LegSymptoms { get; } = new(StringComparer.Ordinal);

    /// <summary>Signs of the calf itself (hard and tense, warm or red) that a nearer other part of the leg takes away.</summary>
    internal HashSet<string> CalfSigns { get; } = new(StringComparer.Ordinal);

    /// <summary>Answers to a question the runner asks themself ("Dark pee? Nope"): these say no ...</summary>
    internal List<string[]> AnswersNo { get; } = [];

    /// <summary>... and these say yes.</summary>
    internal List<string[]> AnswersYes { get; } = [];

    /// <summary>Every word key a phrase or list uses; the typo corrector only ever corrects towards these.</summary>
    internal HashSet<string> Vocabulary { get; } = new(StringComparer.Ordinal);

    /// <summary>The lemmas of <see cref="Vocabulary"/> and of every phrase: a word with one of these is known, never a slip.</summary>
    internal HashSet<string> VocabularyLemmas { get; } = new(StringComparer.Ordinal);

    /// <summary>Words that look like a typo of a lexicon word but are ordinary words ("paint" is not "pain").</summary>
    internal HashSet<string> KnownWords { get; } = new(StringComparer.Ordinal);

    internal int TypoMinLength { get; set; } = 5;

    /// <summary>Facts told by words that belong together in any order (see <see cref="PhraseTogether"/>).</summary>
    internal List<TogetherRule> Together { get; } = [];

    /// <summary>Reads and validates a lexicon; every fact id and choice must exist in <paramref name="kb"/>.</summary>
    /// <exception cref="KnowledgeException">The file is malformed; names the file, the line and the problem.</exception>
    public static PhraseLexicon Load(string yaml, KnowledgeBase kb, string fileName = FileName) =>
        PhraseLexiconLoader.Load(yaml, kb, fileName);

    public static string ReadEmbedded()
    {
        using var stream = typeof(PhraseLexicon).Assembly.GetManifestResourceStream("knowledge/" + FileName)
            ?? throw new KnowledgeException(FileName, 0, "missing from the embedded knowledge base");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    internal List<PhraseToken> Tokenize(string text) => PhraseTokenizer.Tokenize(text, Spellings, ExactWords);

    internal bool IsStop(PhraseToken token) => !token.IsPunctuation && StopWords.Contains(token.Key);
}

/// <summary>A node of the phrase trie; edges are word keys or slots such as <c>{n}</c>.</summary>
internal sealed class PhraseNode
{
    public Dictionary<string, PhraseNode> Next { get; } = new(StringComparer.Ordinal);

    public PhraseRule? Rule { get; set; }
}

/// <summary>One phrase line of the lexicon and the entry it belongs to.</summary>
internal sealed record PhraseRule(PhraseEntry Entry, long Line, string Phrase);

/// <summary>
/// What a group of synonymous phrases means. <see cref="Set"/> is what the runner asserts, flipped by
/// a negation ("no swelling"); <see cref="Given"/> holds regardless ("loosening my tight laces did not help"
/// still says the laces were tight).
/// </summary>
internal sealed record PhraseEntry(IReadOnlyList<PhraseSetting> Set, IReadOnlyList<PhraseSetting> Given, PhraseNumber? Number)
{
    /// <summary>True for facts told about someone else on purpose ("my brother died suddenly at 38"): read in their clauses too.</summary>
    public bool AboutOthers { get; init; }
}

internal sealed record PhraseSetting(string FactId, FactValue Value);

/// <summary>A number phrase: the fact it sets, the unit groups it accepts, or a fixed value ("doubled my mileage").</summary>
internal sealed record PhraseNumber(string FactId, IReadOnlySet<string> UnitGroups, double? Fixed)
{
    /// <summary>Words that may not come right before the number: "after the 10k" is a race, not 10 km into a run.</summary>
    public IReadOnlySet<string> NotAfter { get; init; } = new HashSet<string>(StringComparer.Ordinal);
}

/// <summary>A unit word: its group (time, distance, percent), minutes or percent per unit, how it was converted,
/// and for distances its length in miles (to tell how far into a race it was).</summary>
internal sealed record PhraseUnit(string Group, double Factor, string? Note, double? Miles = null);

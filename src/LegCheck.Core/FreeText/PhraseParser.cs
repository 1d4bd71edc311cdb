using LegCheck.Core.Cases;
using LegCheck.Core.Loading;
using LegCheck.Core.Model;

namespace LegCheck.Core.FreeText;

/// <summary>
/// A fact read from free text, to be shown to the runner for confirmation.
/// </summary>
/// <param name="FactId">A fact of the knowledge base.</param>
/// <param name="Value">Yes, no or unknown for booleans; a number in the fact's unit; a one-element list for a choice
/// (each location found is its own entry).</param>
/// <param name="Matched">The words it was read from, with the negation or hedge that governs them
/// ("no swelling").</param>
/// <param name="Negated">True when a negation flipped the phrase ("no swelling" gives swelling = no).</param>
public sealed record ParsedFact(string FactId, FactValue Value, string Matched, bool Negated);

/// <summary>
/// Turns what a runner says ("my toes go numb after two miles", "no swelling") into facts, using the phrase
/// lexicon. It only proposes facts: the interview shows them for confirmation before relying on them.
/// </summary>
public static class PhraseParser
{
    public const string LocationFact = "location";

    private const string ColdAttackFact = "colour_change_in_cold";

    /// <summary>Parses with the embedded lexicon and knowledge base.</summary>
    public static IReadOnlyList<ParsedFact> Parse(string text) => Parse(text, PhraseLexicon.Default, KnowledgeLoader.Default);

    /// <summary>
    /// Reads facts from <paramref name="text"/> in the order they appear. Each fact appears once, except
    /// <c>location</c>, which appears once per place. When the text says both yes and no ("no pain in my calf but
    /// pain in my foot"), yes wins; for numbers and choices the first mention wins. Negated or hedged places are left out.
    /// </summary>
    public static IReadOnlyList<ParsedFact> Parse(string text, PhraseLexicon lexicon, KnowledgeBase kb)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(kb);

        var tokens = lexicon.Tokenize(text);
        PhraseVocabulary.Correct(lexicon, tokens);
        var matches = PhraseMatcher.FindLongest(lexicon, tokens);
        var answers = PhraseAnswers.Read(lexicon, tokens, new PhraseSlots(lexicon, tokens));
        var readings = PhraseScope.Read(lexicon, tokens, matches, answers);
        var moods = PhraseMoods.Read(lexicon, tokens, new PhraseSlots(lexicon, tokens), answers, text);
        var body = new PhraseBodyScope(lexicon, tokens);
        var explained = new PhraseExplainedAway(lexicon, tokens, new PhraseSlots(lexicon, tokens));
        var found = new List<ParsedFact>();
        for (var m = 0; m < matches.Count; m++)
        {
            var match = matches[m];
            var reading = readings[m];
            var mood = moods[match.First];
            var matched = text[tokens[reading.From].Start..tokens[match.Last - 1].End];
            if (match.Rule.Entry.Number is { } number && mood is PhraseMood.Told or PhraseMood.Resolved)
            {
                AddNumber(found, kb, number, match, reading, matched);
            }

            // "stretching doesn't help": the negation sits inside the phrase, in its {neg} slot.
            var polarity = reading.Polarity == PhrasePolarity.Affirmed && match.InnerNegation ? PhrasePolarity.Negated : reading.Polarity;
            if (mood == PhraseMood.Hedged)
            {
                polarity = PhrasePolarity.Hedged;
            }

            foreach (var setting in match.Rule.Entry.Set.Where(s => Heard(lexicon, kb, match.Rule.Entry, s, mood, polarity) && body.Allows(s.FactId, match.First, match.Last)))
            {
                AddSetting(found, setting, explained.Covers(setting.FactId, match.First) ? PhrasePolarity.Hedged : polarity, matched);
            }

            foreach (var setting in match.Rule.Entry.Given.Where(s => Heard(lexicon, kb, match.Rule.Entry, s, mood, PhrasePolarity.Affirmed)))
            {
                AddSetting(found, setting, mood == PhraseMood.Hedged ? PhrasePolarity.Hedged : PhrasePolarity.Affirmed, matched);
            }
        }

        // A phrase of the lexicon inside a together rule's words tells its fact more closely than the loose rule:
        // "better first thing" says no to morning pain, whatever "pain ... first thing" alone would say.
        bool Phrased(string factId, int first, int last) =>
            matches.Any(m => m.First <= last && m.Last > first && m.Rule.Entry.Set.Any(s => s.FactId == factId));
        foreach (var together in PhraseTogether.Find(lexicon, tokens))
        {
            var mood = moods[together.First];
            var polarity = mood == PhraseMood.Hedged ? PhrasePolarity.Hedged
                : answers[together.First] is { } told and not PhrasePolarity.Affirmed ? told
                : together.Polarity;
            var matched = text[tokens[together.First].Start..tokens[together.Last].End];
            foreach (var setting in together.Rule.Entry.Set.Where(s => Heard(lexicon, kb, together.Rule.Entry, s, mood, polarity) && body.Allows(s.FactId, together.First, together.Last + 1)
                && !Phrased(s.FactId, together.First, together.Last)))
            {
                AddSetting(found, setting, explained.Covers(setting.FactId, together.First) ? PhrasePolarity.Hedged : polarity, matched);
            }
        }

        // The cold attack itself, however the runner words it ("bluish-white on winter runs, then they tingle as they thaw"),
        // in a sentence the runner tells without any negation (a denied attack is left to the lexicon's own "no").
        var slots = new PhraseSlots(lexicon, tokens);
        bool Plain(int first, int last) => Enumerable.Range(first, last - first).All(i => moods[i] == PhraseMood.Told && !lexicon.Negators.Any(n => slots.SequenceAt(i, n)));
        foreach (var (first, last) in explained.ColdAttacks.Where(s => Plain(s.First, s.Last)))
        {
            found.Add(new ParsedFact(ColdAttackFact, FactValue.Yes, text[tokens[first].Start..tokens[last - 1].End], Negated: false));
        }

        PhraseInference.Complete(text, lexicon, kb, tokens, matches, readings, moods, found);
        return Merge(found);
    }

    /// <summary>
    /// Adds parsed facts to what is already known. Parsed values replace earlier ones, except that an unknown never
    /// replaces a known value; locations are unioned into one <c>location</c> list.
    /// </summary>
    public static Evidence Apply(Evidence evidence, IReadOnlyList<ParsedFact> facts)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(facts);
        foreach (var fact in facts)
        {
            var current = evidence[fact.FactId];
            if (fact.FactId == LocationFact && fact.Value.Kind == FactValueKind.Choice)
            {
                var places = current.Kind == FactValueKind.Choice ? current.Choices : [];
                evidence = evidence.With(fact.FactId, FactValue.Of(places.Concat(fact.Value.Choices).Distinct(StringComparer.Ordinal).ToList()));
            }
            else if (fact.Value.IsKnown || !current.IsKnown)
            {
                evidence = evidence.With(fact.FactId, fact.Value);
            }
        }

        return evidence;
    }

    /// <summary>Whether a setting counts in a clause of this mood (see <see cref="PhraseMood"/>).</summary>
    private static bool Heard(PhraseLexicon lexicon, KnowledgeBase kb, PhraseEntry entry, PhraseSetting setting, PhraseMood mood, PhrasePolarity polarity)
    {
        var saysYes = polarity == PhrasePolarity.Affirmed && setting.Value.Kind != FactValueKind.No;
        return mood switch
        {
            PhraseMood.Told or PhraseMood.Hedged => true,
            PhraseMood.Others => entry.AboutOthers,
            PhraseMood.Question => saysYes && kb.Facts[setting.FactId].RedFlag,
            PhraseMood.Future or PhraseMood.Retracted => false,
            PhraseMood.LongAgo => !saysYes || lexicon.HistoryFacts.Contains(setting.FactId),
            PhraseMood.Resolved => !saysYes || !lexicon.Symptoms.Contains(setting.FactId),
            _ => false,
        };
    }

    private static void AddNumber(List<ParsedFact> found, KnowledgeBase kb, PhraseNumber number, PhraseMatch match, PhraseReading reading, string matched)
    {
        if (reading.Polarity != PhrasePolarity.Affirmed || match.InnerNegation || match.Number is not { } value)
        {
            return;
        }

        // "at mile 20", "did 15 miles", "60 miles a week": a distance says nothing sure about minutes, since the pace is
        // unknown (a guessed pace set wrong times in held-out phrasings). The phrase still tells that it came on during
        // the run, and how late in a race (see PhraseInference).
        if (match.Unit is { Miles: not null })
        {
            return;
        }

        value = Math.Round(value, 1);
        var fact = kb.Facts[number.FactId];
        if ((fact.Min is { } min && value < min) || (fact.Max is { } max && value > max))
        {
            return;
        }

        found.Add(new ParsedFact(number.FactId, FactValue.Of(value), matched, Negated: false));
    }

    private static void AddSetting(List<ParsedFact> found, PhraseSetting setting, PhrasePolarity polarity, string matched)
    {
        var value = setting.Value;
        var isChoice = value.Kind == FactValueKind.Choice;
        switch (polarity)
        {
            case PhrasePolarity.Hedged:
                if (!isChoice)
                {
                    found.Add(new ParsedFact(setting.FactId, FactValue.Unknown, matched, Negated: false));
                }

                break;
            case PhrasePolarity.Negated:
                // "no swelling" is swelling = no; "not a non-smoker" and "not my calf" say nothing definite.
                if (value.Kind == FactValueKind.Yes)
                {
                    found.Add(new ParsedFact(setting.FactId, FactValue.No, matched, Negated: true));
                }

                break;
            default:
                if (isChoice)
                {
                    found.AddRange(value.Choices.Select(c => new ParsedFact(setting.FactId, FactValue.Of([c]), matched, Negated: false)));
                }
                else
                {
                    found.Add(new ParsedFact(setting.FactId, value, matched, Negated: false));
                }

                break;
        }
    }

    private static List<ParsedFact> Merge(List<ParsedFact> found)
    {
        var merged = new List<ParsedFact>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var fact in found)
        {
            var key = fact.FactId == LocationFact ? fact.FactId + ":" + fact.Value : fact.FactId;
            if (!index.TryGetValue(key, out var at))
            {
                index[key] = merged.Count;
                merged.Add(fact);
            }
            else if (Rank(fact.Value) > Rank(merged[at].Value))
            {
                // Yes wins over no.
                merged[at] = fact;
            }
        }

        return merged;
    }

    private static int Rank(FactValue value) => value.Kind switch
    {
        FactValueKind.Unknown => 0,
        FactValueKind.No => 1,
        FactValueKind.Yes => 2,
        _ => 1,
    };
}

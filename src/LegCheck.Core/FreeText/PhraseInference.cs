using LegCheck.Core.Cases;
using LegCheck.Core.Model;

namespace LegCheck.Core.FreeText;

/// <summary>
/// What follows from the facts read, shown for confirmation like the rest: the knowledge base's implications
/// ("late in a run" is during it), both legs when the runner names a pair ("my calves") and no side, and
/// "late in the run" when the symptom started in the last quarter of a race whose length the text gives.
/// </summary>
internal static class PhraseInference
{
    private const string Side = "side";
    private const string Onset = "onset_minutes_into_run";
    private const string Late = "late_in_run";

    /// <summary>The last quarter of a race counts as late; without a race, beyond 20 miles (32 km).</summary>
    private const double LateShare = 0.75;
    private const double LateMiles = 20;

    private static readonly (string[] Words, double Miles)[] Races =
    [
        (["half", "marathon"], 13.1), (["half"], 13.1), (["marathon"], 26.2), (["ultra"], 31), (["50", "k"], 31),
        (["10", "k"], 6.2), (["10", "km"], 6.2), (["5", "k"], 3.1), (["5", "km"], 3.1), (["10", "mile"], 10),
    ];

    public static void Complete(
        string text, PhraseLexicon lexicon, KnowledgeBase kb, List<PhraseToken> tokens, List<PhraseMatch> matches, PhraseReading[] readings, PhraseMood[] moods, List<ParsedFact> found)
    {
        LateInRace(text, lexicon, tokens, matches, readings, moods, found);
        BothSides(text, lexicon, tokens, matches, readings, moods, found);
        Implications(kb, found);
    }

    private static void LateInRace(string text, PhraseLexicon lexicon, List<PhraseToken> tokens, List<PhraseMatch> matches, PhraseReading[] readings, PhraseMood[] moods, List<ParsedFact> found)
    {
        if (found.Any(f => f.FactId == Late))
        {
            return;
        }

        var slots = new PhraseSlots(lexicon, tokens);
        for (var m = 0; m < matches.Count; m++)
        {
            var match = matches[m];
            if (match.Rule.Entry.Number?.FactId != Onset || match.Unit is not { Miles: { } unitMiles } unit || match.Number is not { } minutes
                || readings[m].Polarity != PhrasePolarity.Affirmed || moods[match.First] != PhraseMood.Told)
            {
                continue;
            }

            // The race is named elsewhere in the text: "after 5k" is the distance into the run, not a 5k race.
            var raceMiles = Races.Where(r => Enumerable.Range(0, tokens.Count).Any(i => (i >= match.Last || i + r.Words.Length <= match.First) && slots.SequenceAt(i, r.Words)))
                .Select(r => (double?)r.Miles).FirstOrDefault();

            // Back from minutes to the distance the runner gave: the pace assumption is the unit's own.
            var miles = minutes / unit.Factor * unitMiles;
            if (raceMiles is { } race ? miles >= LateShare * race : miles >= LateMiles)
            {
                found.Add(new ParsedFact(Late, FactValue.Yes, text[tokens[match.First].Start..tokens[match.Last - 1].End], Negated: false));
                return;
            }
        }
    }

    /// <summary>Only a pair the runner tells about counts: not "haven't compared my calves", not "my calves are fine".</summary>
    private static void BothSides(
        string text, PhraseLexicon lexicon, List<PhraseToken> tokens, List<PhraseMatch> matches, PhraseReading[] readings, PhraseMood[] moods, List<ParsedFact> found)
    {
        if (found.Any(f => f.FactId == Side))
        {
            return;
        }

        // The pair must be the place of a symptom: inside a place or symptom phrase told as it is ("my calves cramped"),
        // or a few words from one ("my ankles and feet swell up", "cramps in my feet"), not "sprained my ankles" or "compared my calves".
        var told = new bool[tokens.Count + 1];
        for (var m = 0; m < matches.Count; m++)
        {
            var entry = matches[m].Rule.Entry;
            if (readings[m].Polarity == PhrasePolarity.Affirmed && !matches[m].InnerNegation
                && entry.Set.Any(s => s.FactId == PhraseParser.LocationFact || lexicon.Symptoms.Contains(s.FactId)))
            {
                Array.Fill(told, true, matches[m].First, matches[m].Last - matches[m].First);
            }
        }

        var slots = new PhraseSlots(lexicon, tokens);
        var negatedSoFar = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            negatedSoFar = !token.IsPunctuation && (negatedSoFar || lexicon.Negators.Any(n => slots.SequenceAt(i, n)));
            var nearSymptom = Enumerable.Range(Math.Max(0, i - 3), Math.Min(tokens.Count, i + 4) - Math.Max(0, i - 3)).Any(j => told[j]);
            if (moods[i] == PhraseMood.Told && nearSymptom && !negatedSoFar && !token.IsPunctuation && token.Word != token.Key && lexicon.PairedPlaces.Contains(token.Key))
            {
                found.Add(new ParsedFact(Side, FactValue.Of(["both"]), text[token.Start..token.End], Negated: false));
                return;
            }
        }
    }

    private static void Implications(KnowledgeBase kb, List<ParsedFact> found)
    {
        var known = found.Select(f => f.FactId).ToHashSet(StringComparer.Ordinal);
        foreach (var fact in found.Where(f => f.Value.Kind == FactValueKind.Yes).ToList())
        {
            foreach (var target in kb.Facts[fact.FactId].Implies.Where(known.Add))
            {
                found.Add(new ParsedFact(target, FactValue.Yes, fact.Matched, Negated: false));
            }
        }
    }
}

using LegCheck.Core.Cases;

namespace LegCheck.Core.FreeText;

internal enum PhrasePolarity
{
    Affirmed,
    Negated,
    Hedged,
}

/// <summary>How a found phrase is meant: affirmed, negated ("no swelling") or hedged ("not sure if ..."),
/// and the token where that reading begins, so the confirmation shows "no swelling" rather than "swelling".</summary>
[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Auto)]
internal readonly record struct PhraseReading(PhrasePolarity Polarity, int From)
{
    /// <summary>Negated as one more item of a list headed by a phrase that says no ("no heat or redness"); a place after
    /// it keeps its own reading ("... in the calf"), as after "no redness" alone.</summary>
    public bool Listed { get; init; }

    /// <summary>A place negated only as the subject of a negated verb ("my calf isn't hard"); see <see cref="PhraseScope"/>.</summary>
    public bool NegatedSubject { get; init; }
}

/// <summary>
/// Decides which phrases a negation or a hedge covers. A negator or hedge covers the phrase that follows it within
/// the lexicon's window of words, in the same clause (punctuation and words such as "but" end a clause).
/// It carries on to the next phrase only across words such as "or" and "in" ("no numbness or tingling in my toes"),
/// not across "and my calf cramps".
/// </summary>
internal static class PhraseScope
{
    public static PhraseReading[] Read(PhraseLexicon lexicon, List<PhraseToken> tokens, List<PhraseMatch> matches, PhrasePolarity?[] answers)
    {
        var slots = new PhraseSlots(lexicon, tokens);
        var owner = new int[tokens.Count];
        Array.Fill(owner, -1);
        for (var m = 0; m < matches.Count; m++)
        {
            for (var i = matches[m].First; i < matches[m].Last; i++)
            {
                owner[i] = m;
            }
        }

        var breaks = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            breaks[i] |= tokens[i].IsPunctuation;
            foreach (var words in lexicon.ClauseBreaks.Where(w => slots.SequenceAt(i, w)))
            {
                for (var k = 0; k < words.Length; k++)
                {
                    breaks[i + k] = true;
                }
            }
        }

        var readings = new PhraseReading[matches.Count];
        for (var m = 0; m < matches.Count; m++)
        {
            readings[m] = ReadOne(lexicon, tokens, slots, owner, breaks, readings, matches, matches[m]);
            if (readings[m].Polarity == PhrasePolarity.Affirmed && IsPlace(matches[m]) && NegatedAfter(lexicon, tokens, slots, matches[m].Last))
            {
                readings[m] = readings[m] with { Polarity = PhrasePolarity.Negated, NegatedSubject = true };
            }

            if (FormAnswer(tokens, matches[m].Last) is { } answer)
            {
                readings[m] = readings[m] with { Polarity = answer };
            }
            else if (answers[matches[m].First] is { } told and not PhrasePolarity.Affirmed)
            {
                readings[m] = readings[m] with { Polarity = told };
            }
        }

        KeepDescribedPlaces(lexicon, tokens, slots, matches, readings);
        return readings;
    }

    /// <summary>
    /// "My calf isn't hard, just sore": a place that is the subject of one negated symptom is still the place when its
    /// sentence affirms another symptom and names no other place. "my toes don't tingle" alone, or "my calf doesn't
    /// hurt but my foot does", keep the place negated.
    /// </summary>
    private static void KeepDescribedPlaces(PhraseLexicon lexicon, List<PhraseToken> tokens, PhraseSlots slots, List<PhraseMatch> matches, PhraseReading[] readings)
    {
        foreach (var (first, last) in PhraseMoods.Clauses(lexicon, tokens, slots, sentences: true))
        {
            var inside = Enumerable.Range(0, matches.Count).Where(m => matches[m].First >= first && matches[m].First < last).ToList();
            var subjects = inside.Where(m => readings[m].NegatedSubject).ToList();
            var affirmed = inside.Where(m => readings[m].Polarity == PhrasePolarity.Affirmed && !matches[m].InnerNegation).ToList();
            if (subjects.Count == 1 && !affirmed.Any(m => IsPlace(matches[m]))
                && affirmed.Any(m => matches[m].Rule.Entry.Set.Any(s => lexicon.Symptoms.Contains(s.FactId) && s.Value.Kind == FactValueKind.Yes)))
            {
                readings[subjects[0]] = readings[subjects[0]] with { Polarity = PhrasePolarity.Affirmed, NegatedSubject = false };
            }
        }
    }

    /// <summary>A form's "Diabetes: no", "Smoker: yes": the answer after the colon decides.</summary>
    private static PhrasePolarity? FormAnswer(List<PhraseToken> tokens, int pos) =>
        pos + 1 < tokens.Count && tokens[pos].Word == ":" && !tokens[pos + 1].IsPunctuation
            ? tokens[pos + 1].Key switch
            {
                "no" or "none" or "nope" or "n" or "never" => PhrasePolarity.Negated,
                "unsure" or "unknown" => PhrasePolarity.Hedged,
                _ => null,
            }
            : null;

    private static bool IsPlace(PhraseMatch match) =>
        match.Rule.Entry.Set.Count > 0 && match.Rule.Entry.Set.All(s => s.Value.Kind == FactValueKind.Choice);

    /// <summary>"my toes don't tingle", "my calves are not affected": the place is the subject of a negated verb.</summary>
    private static bool NegatedAfter(PhraseLexicon lexicon, List<PhraseToken> tokens, PhraseSlots slots, int pos)
    {
        while (pos < tokens.Count && !tokens[pos].IsPunctuation && (lexicon.IsStop(tokens[pos]) || lexicon.Auxiliaries.Contains(tokens[pos].Key)))
        {
            pos++;
        }

        return lexicon.Negators.Any(n => slots.SequenceAt(pos, n));
    }

    private static PhraseReading ReadOne(
        PhraseLexicon lexicon, List<PhraseToken> tokens, PhraseSlots slots, int[] owner, bool[] breaks, PhraseReading[] earlier, List<PhraseMatch> all, PhraseMatch match)
    {
        var affirmed = new PhraseReading(PhrasePolarity.Affirmed, match.First);
        var words = 0;
        var onlyCarryWords = true;
        var inList = false;
        for (var j = match.First - 1; j >= 0; j--)
        {
            if (owner[j] >= 0)
            {
                // An earlier phrase: its reading carries over "or", "in", "on" ... but not over "and my".
                var previous = earlier[owner[j]];
                if (onlyCarryWords && previous.Polarity != PhrasePolarity.Affirmed && !(previous.Listed && IsPlace(match)))
                {
                    return previous;
                }

                // "no heat or redness": a phrase that says no itself ("no heat") heads a list the next item joins.
                return onlyCarryWords && inList && SaysNo(all[owner[j]]) && !IsPlace(match)
                    ? new PhraseReading(PhrasePolarity.Negated, all[owner[j]].First) { Listed = true }
                    : affirmed;
            }

            if (breaks[j])
            {
                return ListedAfterComma(lexicon, tokens, owner, earlier, match, j) is { } listed ? listed : affirmed;
            }

            // Hedges first: "not sure" is a hedge, not the negator "not".
            if (lexicon.Hedges.FirstOrDefault(h => slots.SequenceAt(j - h.Length + 1, h) && Free(owner, j - h.Length + 1, j)) is { } hedge)
            {
                return new PhraseReading(PhrasePolarity.Hedged, j - hedge.Length + 1);
            }

            if (lexicon.Negators.FirstOrDefault(n => slots.SequenceAt(j - n.Length + 1, n) && Free(owner, j - n.Length + 1, j)) is { } negator)
            {
                return new PhraseReading(PhrasePolarity.Negated, j - negator.Length + 1);
            }

            if (lexicon.IsStop(tokens[j]))
            {
                continue;
            }

            onlyCarryWords &= lexicon.CarryWords.Contains(tokens[j].Key);
            inList |= tokens[j].Key is "or" or "nor";
            if (++words > lexicon.NegationWindow)
            {
                return affirmed;
            }
        }

        return affirmed;
    }

    /// <summary>
    /// "no swelling, redness or tenderness": a negated phrase, a comma, and this phrase right after it, with the list
    /// going on ("or", "nor" or another comma after this phrase), is one more item of the negated list.
    /// </summary>
    private static PhraseReading? ListedAfterComma(PhraseLexicon lexicon, List<PhraseToken> tokens, int[] owner, PhraseReading[] earlier, PhraseMatch match, int comma)
    {
        // "no swelling, not red": a phrase that says no itself is its own item.
        if (tokens[comma].Word != "," || match.Rule.Entry.Set.Any(s => s.Value.Kind != FactValueKind.Yes) || Enumerable.Range(comma + 1, match.First - comma - 1).Any(i => !lexicon.IsStop(tokens[i])))
        {
            return null;
        }

        var before = comma - 1;
        while (before >= 0 && lexicon.IsStop(tokens[before]))
        {
            before--;
        }

        var after = match.Last;
        while (after < tokens.Count && lexicon.IsStop(tokens[after]))
        {
            after++;
        }

        var listGoesOn = after < tokens.Count && (tokens[after].Word == "," || tokens[after].Key is "or" or "nor");
        return before >= 0 && owner[before] >= 0 && earlier[owner[before]].Polarity == PhrasePolarity.Negated && listGoesOn
            ? earlier[owner[before]]
            : null;
    }

    private static bool SaysNo(PhraseMatch match) =>
        match.Rule.Entry.Set.Count > 0 && match.Rule.Entry.Set.All(s => s.Value.Kind == FactValueKind.No) && !match.InnerNegation;

    private static bool Free(int[] owner, int from, int to)
    {
        for (var i = from; i <= to; i++)
        {
            if (owner[i] >= 0)
            {
                return false;
            }
        }

        return true;
    }
}

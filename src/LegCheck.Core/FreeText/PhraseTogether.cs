namespace LegCheck.Core.FreeText;

/// <summary>
/// A fact told by words that belong together in any order and with anything between them: a place and a
/// sensation ("pain in the middle of my chest", "my chest hurts"), an action and its outcome ("stretched it against a wall
/// and it released", "it goes away when I loosen them"). Each group is a list of words or word sequences; all groups
/// must occur within <see cref="Window"/> words of one another, between the same punctuation marks.
/// </summary>
/// <remarks>
/// Commas end the search unless <see cref="AcrossCommas"/> (for an action and its outcome: "did my stretches, didn't help");
/// a negation never reaches across one either way. In a group, a word written "!of" means the word before must not be
/// followed by "of" ("bottom !of" is the bottom, not the bottom of the foot). Groups match words as written (their
/// singular), not their lemmas: a group lists its inflections, and "warming up" must not read as "warm".
/// </remarks>
internal sealed record TogetherRule(PhraseEntry Entry, IReadOnlyList<IReadOnlyList<string[]>> Groups, int Window, bool IgnoreNegation, bool AcrossCommas, long Line);

/// <summary>A together rule found in the text: its words from <see cref="First"/> to <see cref="Last"/> (inclusive).</summary>
internal sealed record TogetherMatch(TogetherRule Rule, int First, int Last, PhrasePolarity Polarity);

internal static class PhraseTogether
{
    public static List<TogetherMatch> Find(PhraseLexicon lexicon, List<PhraseToken> tokens)
    {
        var slots = new PhraseSlots(lexicon, tokens);
        var found = new List<TogetherMatch>();
        foreach (var acrossCommas in new[] { false, true })
        {
            var start = 0;
            for (var i = 0; i <= tokens.Count; i++)
            {
                if (i < tokens.Count && (!tokens[i].IsPunctuation || (acrossCommas && tokens[i].Word == ",")))
                {
                    continue;
                }

                foreach (var rule in lexicon.Together.Where(r => r.AcrossCommas == acrossCommas))
                {
                    if (FindIn(lexicon, slots, tokens, rule, start, i) is { } match)
                    {
                        found.Add(match);
                    }
                }

                start = i + 1;
            }
        }

        return found.Where(m => !Outreached(found, m)).ToList();
    }

    /// <summary>
    /// "stretching did nothing, resting helped though": an action read both as easing and as failing keeps the outcome
    /// nearest to it; the farther one belongs to whatever came in between.
    /// </summary>
    private static bool Outreached(List<TogetherMatch> found, TogetherMatch match) =>
        match.Rule.AcrossCommas && found.Any(o => o != match && o.Rule.AcrossCommas && o.First == match.First && o.Last - o.First < match.Last - match.First
            && o.Rule.Entry.Set.Any(a => match.Rule.Entry.Set.Any(b => a.FactId == b.FactId && a.Value.Kind != b.Value.Kind)));

    private static TogetherMatch? FindIn(PhraseLexicon lexicon, PhraseSlots slots, List<PhraseToken> tokens, TogetherRule rule, int from, int to)
    {
        var hits = rule.Groups.Select(g => Hits(lexicon, tokens, g, from, to)).ToList();
        if (hits.Any(h => h.Count == 0))
        {
            return null;
        }

        foreach (var (anchor, anchorEnd) in hits[0])
        {
            var first = anchor;
            var last = anchorEnd;
            var own = new List<(int First, int Last)> { (anchor, anchorEnd) };
            var complete = true;
            foreach (var group in hits.Skip(1))
            {
                var near = group.Where(h => Math.Max(last, h.Last) - Math.Min(first, h.First) < rule.Window && !ContrastBefore(tokens, rule, h, anchor))
                    .OrderBy(h => Math.Abs(h.First - anchor)).Select(h => ((int, int)?)h).FirstOrDefault();
                if (near is not { } n)
                {
                    complete = false;
                    break;
                }

                (first, last) = (Math.Min(first, n.Item1), Math.Max(last, n.Item2));
                own.Add(n);
            }

            if (complete)
            {
                return new TogetherMatch(rule, first, last, Polarity(lexicon, slots, tokens, rule, from, first, last, own, hits.SelectMany(h => h).ToList()));
            }
        }

        return null;
    }

    /// <summary>
    /// "rest helps, but stretching made it grab again": an outcome told before the action, with a contrast between them,
    /// belongs to what came before the contrast ("rest"), not to the action after it. An outcome after its action
    /// ("stretched but it made no difference") still counts.
    /// </summary>
    private static bool ContrastBefore(List<PhraseToken> tokens, TogetherRule rule, (int First, int Last) hit, int anchor) =>
        rule.AcrossCommas && hit.Last < anchor && Enumerable.Range(hit.Last + 1, anchor - hit.Last - 1).Any(i => Contrasts.Contains(tokens[i].Key));

    private static readonly HashSet<string> Contrasts = new(["but", "whereas", "however", "though", "although", "while"], StringComparer.Ordinal);

    /// <summary>A hedge or negator from the start of the clause up to the last word decides ("the back itself doesn't hurt").</summary>
    private static PhrasePolarity Polarity(
        PhraseLexicon lexicon, PhraseSlots slots, List<PhraseToken> tokens, TogetherRule rule, int from, int first, int last, List<(int First, int Last)> own,
        List<(int First, int Last)> anyHit)
    {
        // Nor is a hedge that is one of the rule's words elsewhere in the clause: "can't tell when I need a wee, and I leaked".
        bool Listed(int i, string[] words) => anyHit.Any(o => i <= o.Last && i + words.Length - 1 >= o.First);
        // The rule's own words are never its hedge or negation: "can't tell when I need to go" is the loss of control itself.
        bool Own(int i, string[] words) => own.Any(o => i <= o.Last && i + words.Length - 1 >= o.First);
        var clauseStart = from;
        for (var i = from; i < first; i++)
        {
            if (tokens[i].IsPunctuation || (lexicon.ClauseBreaks.Any(b => slots.SequenceAt(i, b)) && !lexicon.CarryWords.Contains(tokens[i].Key)))
            {
                clauseStart = i + 1;
            }
        }

        for (var i = clauseStart; i <= last; i++)
        {
            if (lexicon.Hedges.Any(h => slots.SequenceAt(i, h) && !Own(i, h) && !Listed(i, h)))
            {
                return PhrasePolarity.Hedged;
            }

            if (!rule.IgnoreNegation && lexicon.Negators.Any(n => slots.SequenceAt(i, n) && !Own(i, n)))
            {
                return PhrasePolarity.Negated;
            }
        }

        return PhrasePolarity.Affirmed;
    }

    /// <summary>Where the group's word sequences occur; stop words in the text between their words are skipped ("the feeling comes back").</summary>
    private static List<(int First, int Last)> Hits(PhraseLexicon lexicon, List<PhraseToken> tokens, IReadOnlyList<string[]> group, int from, int to)
    {
        var hits = new List<(int, int)>();
        for (var i = from; i < to; i++)
        {
            foreach (var words in group)
            {
                var pos = i;
                var k = 0;
                while (k < words.Length && pos < to)
                {
                    if (words[k].StartsWith('!'))
                    {
                        // Words that must not follow: "bottom !of", "loo !roll !seat".
                        var barred = false;
                        for (var b = k; b < words.Length && words[b].StartsWith('!'); b++)
                        {
                            barred |= string.Equals(tokens[pos].Key, words[b][1..], StringComparison.Ordinal);
                        }

                        k = barred ? -1 : k + 1;
                        break;
                    }

                    if (string.Equals(tokens[pos].Key, words[k], StringComparison.Ordinal))
                    {
                        k++;
                        pos++;
                    }
                    else if (k > 0 && lexicon.IsStop(tokens[pos]))
                    {
                        pos++;
                    }
                    else
                    {
                        break;
                    }
                }

                while (k >= 0 && k < words.Length && words[k].StartsWith('!'))
                {
                    k++; // a "!word" at the end of the text is satisfied
                }

                if (k == words.Length)
                {
                    hits.Add((i, pos - 1));
                }
            }
        }

        return hits;
    }
}

namespace LegCheck.Core.FreeText;

/// <summary>
/// A phrase found in the text: tokens <see cref="First"/> up to (not including) <see cref="Last"/>,
/// with the number it read (already in the fact's unit), and whether a <c>{neg}</c> slot inside it was negative.
/// </summary>
internal sealed record PhraseMatch(PhraseRule Rule, int First, int Last, double? Number, PhraseUnit? Unit, bool InnerNegation);

/// <summary>
/// Finds every phrase of the lexicon in the text, then keeps the longest ones that do not overlap,
/// so "pins and needles" wins over "needles" and "top of my foot" over "foot".
/// </summary>
internal sealed class PhraseMatcher
{
    private readonly PhraseLexicon _lexicon;
    private readonly List<PhraseToken> _tokens;
    private readonly PhraseSlots _slots;
    private readonly List<PhraseMatch> _candidates = [];

    private PhraseMatcher(PhraseLexicon lexicon, List<PhraseToken> tokens)
    {
        _lexicon = lexicon;
        _tokens = tokens;
        _slots = new PhraseSlots(lexicon, tokens);
    }

    public static List<PhraseMatch> FindLongest(PhraseLexicon lexicon, List<PhraseToken> tokens)
    {
        var matcher = new PhraseMatcher(lexicon, tokens);
        for (var start = 0; start < tokens.Count; start++)
        {
            if (!tokens[start].IsPunctuation)
            {
                matcher.Walk(lexicon.Root, start, new State(start, null, null, 0, false, -1), arrived: false);
            }
        }

        var taken = new bool[tokens.Count];
        var chosen = new List<PhraseMatch>();
        var ranked = matcher._candidates
            .OrderByDescending(m => m.Last - m.First)
            .ThenBy(m => m.First)
            .ThenBy(m => m.Rule.Line);
        foreach (var match in ranked)
        {
            if (Enumerable.Range(match.First, match.Last - match.First).Any(i => taken[i]))
            {
                continue;
            }

            for (var i = match.First; i < match.Last; i++)
            {
                taken[i] = true;
            }

            chosen.Add(match);
        }

        chosen.Sort((a, b) => a.First.CompareTo(b.First));
        return chosen;
    }

    private void Walk(PhraseNode node, int pos, State state, bool arrived)
    {
        if (arrived && node.Rule is { } rule)
        {
            Emit(rule, state, pos);
        }

        if (pos < _tokens.Count && !_tokens[pos].IsPunctuation)
        {
            if (node.Next.TryGetValue(_tokens[pos].Lemma, out var next))
            {
                Walk(next, pos + 1, state, arrived: true);
            }

            // "top of my foot" reads as "top of foot"; a phrase never starts on a skipped word.
            if (!ReferenceEquals(node, _lexicon.Root) && _lexicon.IsStop(_tokens[pos]))
            {
                Walk(node, pos + 1, state, arrived: false);
            }
        }

        if (node.Next.TryGetValue(PhrasePattern.Number, out var numberNode) && _slots.TryReadNumber(pos, out var number, out var afterNumber))
        {
            Walk(numberNode, afterNumber, state with { Number = number, NumberAt = pos }, arrived: true);
        }

        if (node.Next.TryGetValue(PhrasePattern.Unit, out var unitNode) && _slots.TryReadUnit(pos, out var unit, out var extra, out var afterUnit))
        {
            Walk(unitNode, afterUnit, state with { Unit = unit, Extra = extra }, arrived: true);
        }

        if (node.Next.TryGetValue(PhrasePattern.Negation, out var negationNode))
        {
            foreach (var (afterNegation, negated) in _slots.ReadNegation(pos).Distinct())
            {
                Walk(negationNode, afterNegation, state with { Negated = state.Negated || negated }, arrived: true);
            }
        }

        if (node.Next.TryGetValue(PhrasePattern.End, out var endNode) && _slots.AtClauseEnd(pos))
        {
            Walk(endNode, pos, state, arrived: true);
        }
    }

    private void Emit(PhraseRule rule, State state, int end)
    {
        double? value = null;
        if (rule.Entry.Number is { } number)
        {
            if (number.Fixed is { } fixedValue)
            {
                value = fixedValue;
            }
            else if (state.Number is { } n)
            {
                if (state.NumberAt > 0 && number.NotAfter.Contains(_tokens[state.NumberAt - 1].Key))
                {
                    return;
                }

                if (state.Unit is { } unit && !number.UnitGroups.Contains(unit.Group))
                {
                    return;
                }

                value = (n + state.Extra) * (state.Unit?.Factor ?? 1);
            }
            else
            {
                return;
            }
        }

        _candidates.Add(new PhraseMatch(rule, state.Start, end, value, state.Unit, state.Negated));
    }

    private readonly record struct State(int Start, double? Number, PhraseUnit? Unit, double Extra, bool Negated, int NumberAt);
}

using System.Globalization;

namespace LegCheck.Core.FreeText;

/// <summary>
/// Reads the slots of a phrase at a place in the text: a number ("two", "20", "about 10-15", "half"),
/// a unit ("miles", "km", "an hour and a half"), an inner negation ("doesn't really") and the end of a clause.
/// </summary>
internal sealed class PhraseSlots(PhraseLexicon lexicon, List<PhraseToken> tokens)
{
    private const int MaxHedges = 2;
    private const int MaxFillers = 2;

    public bool TryReadNumber(int pos, out double value, out int next)
    {
        var p = pos;
        while (p < tokens.Count && p - pos < MaxHedges && IsWord(p) && lexicon.NumberHedges.Contains(tokens[p].Key))
        {
            p++;
        }

        if (!TryReadSingle(p, out value, out next))
        {
            // "an hour", "a mile": the article is the number.
            value = 1;
            next = p + 1;
            return Is(p, "a", "an") && p + 1 < tokens.Count && IsWord(p + 1) && lexicon.Units.ContainsKey(tokens[p + 1].Key);
        }

        if (Is(next, "and"))
        {
            var q = next + 1;
            if (Is(q, "a"))
            {
                q++;
            }

            if (Is(q, "half"))
            {
                value += 0.5;
                next = q + 1;
            }
        }

        // "10-15 minutes", "two or three miles": the middle of the range.
        var upperAt = Is(next, "to", "or") ? next + 1 : next;
        if (TryReadSingle(upperAt, out var upper, out var afterUpper) && upper > value)
        {
            value = (value + upper) / 2;
            next = afterUpper;
        }

        if (Is(next, "of"))
        {
            next++; // "a couple of miles"
        }

        return true;
    }

    /// <summary>A unit word; <paramref name="extra"/> is what follows it in the same unit: "and a half" (0.5),
    /// or the minutes of "2 hrs 15" and "1 hour 20 minutes" (0.25, 0.33).</summary>
    public bool TryReadUnit(int pos, out PhraseUnit unit, out double extra, out int next)
    {
        extra = 0;
        next = pos + 1;
        unit = null!;
        if (!IsWord(pos) || !lexicon.Units.TryGetValue(tokens[pos].Key, out var found))
        {
            return false;
        }

        unit = found;
        var q = next;
        if (Is(q, "and"))
        {
            q++;
            if (Is(q, "a"))
            {
                q++;
            }

            if (Is(q, "half"))
            {
                extra = 0.5;
                next = q + 1;
            }
            else if (Is(q, "quarter"))
            {
                extra = 0.25;
                next = q + 1;
            }
            else if (Is(next + 1, "a", "an") is false && TryReadMinutes(found, next + 1, out var andExtra, out var afterAnd))
            {
                // "an hour and forty-five", "2 hours and 10 minutes".
                extra = andExtra;
                next = afterAnd;
            }
        }
        else if (TryReadMinutes(found, next, out var minutesExtra, out var afterMinutes))
        {
            extra = minutesExtra;
            next = afterMinutes;
        }

        return true;
    }

    /// <summary>The minutes after an hour unit ("15", "20 minutes"), as a share of the unit; a larger unit after the
    /// number ("2 hours 3 days") is not minutes.</summary>
    private bool TryReadMinutes(PhraseUnit unit, int pos, out double extra, out int next)
    {
        extra = 0;
        next = pos;
        if (unit.Group != "time" || unit.Factor <= 1 || !TryReadSingle(pos, out var minutes, out var after) || minutes is not (> 0 and < 60)
            || (IsWord(after) && lexicon.Units.TryGetValue(tokens[after].Key, out var small) && small.Factor != 1))
        {
            return false;
        }

        extra = minutes / unit.Factor;
        next = IsWord(after) && lexicon.Units.ContainsKey(tokens[after].Key) ? after + 1 : after;
        return true;
    }

    /// <summary>The readings of <c>{neg}</c> at a place: nothing, "does", "doesn't", "does not really", ...</summary>
    public IEnumerable<(int Next, bool Negated)> ReadNegation(int pos)
    {
        yield return (pos, false);
        for (var aux = 0; aux <= 1; aux++)
        {
            if (aux == 1 && !(IsWord(pos) && lexicon.Auxiliaries.Contains(tokens[pos].Key)))
            {
                break;
            }

            var q = pos + aux;
            foreach (var negator in lexicon.Negators.Where(n => SequenceAt(q, n)))
            {
                foreach (var next in WithFillers(q + negator.Length))
                {
                    yield return (next, true);
                }
            }

            foreach (var next in WithFillers(q).Skip(aux == 0 ? 1 : 0))
            {
                yield return (next, false);
            }
        }
    }

    public bool AtClauseEnd(int pos) =>
        pos >= tokens.Count || tokens[pos].IsPunctuation || lexicon.ClauseEnds.Contains(tokens[pos].Key);

    public bool SequenceAt(int pos, string[] words)
    {
        if (pos < 0 || pos + words.Length > tokens.Count)
        {
            return false;
        }

        for (var i = 0; i < words.Length; i++)
        {
            if (!IsWord(pos + i) || !string.Equals(tokens[pos + i].Key, words[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private IEnumerable<int> WithFillers(int pos)
    {
        yield return pos;
        for (var k = 0; k < MaxFillers && IsWord(pos + k) && lexicon.NegationFillers.Contains(tokens[pos + k].Key); k++)
        {
            yield return pos + k + 1;
        }
    }

    private bool TryReadSingle(int pos, out double value, out int next)
    {
        value = 0;
        next = pos + 1;
        if (!IsWord(pos))
        {
            return false;
        }

        var token = tokens[pos];
        if (char.IsDigit(token.Word[0]))
        {
            return double.TryParse(token.Word, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
        }

        if (!lexicon.NumberWords.TryGetValue(token.Key, out value))
        {
            return false;
        }

        // "twenty five", "twenty-five"
        if (value is >= 20 and < 100 && value % 10 == 0 && IsWord(next)
            && lexicon.NumberWords.TryGetValue(tokens[next].Key, out var units) && units is >= 1 and <= 9 && units == Math.Floor(units))
        {
            value += units;
            next++;
        }

        return true;
    }

    private bool IsWord(int pos) => pos >= 0 && pos < tokens.Count && !tokens[pos].IsPunctuation;

    private bool Is(int pos, params string[] keys) => IsWord(pos) && keys.Contains(tokens[pos].Key, StringComparer.Ordinal);
}

namespace LegCheck.Core.FreeText;

/// <summary>
/// Which body part a symptom is said of. A leg symptom whose nearest body part is elsewhere ("a tight band across my
/// breastbone", "numbness in my hands", "my ankle pulse felt weak") is not the leg's, and a calf sign whose nearest part
/// is another part of the leg ("my shin feels tight and tense") is not the calf's. Only words between the same
/// punctuation marks and within <see cref="Window"/> words count; the phrase's own words are nearest of all.
/// "my hands and feet tingle" names the leg too: a part joined to a leg part by "and" or "or" counts as the leg.
/// </summary>
internal sealed class PhraseBodyScope
{
    private const int Window = 6;

    private readonly PhraseLexicon _lexicon;
    private readonly List<PhraseToken> _tokens;
    private readonly Part[] _parts;

    public PhraseBodyScope(PhraseLexicon lexicon, List<PhraseToken> tokens)
    {
        _lexicon = lexicon;
        _tokens = tokens;
        _parts = new Part[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            _parts[i] = PartOf(tokens[i]);
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (_parts[i] == Part.Elsewhere && (JoinedToLeg(i, 1) || JoinedToLeg(i, -1)))
            {
                _parts[i] = Part.Leg;
            }
        }
    }

    private enum Part
    {
        None,
        Elsewhere,
        Leg,
        Calf,
    }

    /// <summary>Whether the fact, read from tokens <paramref name="first"/> to <paramref name="last"/> (exclusive), is about the leg it names.</summary>
    public bool Allows(string factId, int first, int last)
    {
        var legSymptom = _lexicon.LegSymptoms.Contains(factId);
        var calfSign = _lexicon.CalfSigns.Contains(factId);
        if (!legSymptom && !calfSign)
        {
            return true;
        }

        var nearest = Nearest(first, last);
        return nearest switch
        {
            Part.Elsewhere => false,
            Part.Leg => !calfSign,
            _ => true,
        };
    }

    private Part Nearest(int first, int last)
    {
        var best = Part.None;
        for (var i = first; i < last; i++)
        {
            best = Closer(best, _parts[i]);
        }

        if (best != Part.None)
        {
            return best;
        }

        for (var d = 1; d <= Window; d++)
        {
            var before = first - d;
            var after = last - 1 + d;
            var found = Part.None;
            if (before >= 0 && !Crossed(before, first))
            {
                found = Closer(found, _parts[before]);
            }

            if (after < _tokens.Count && !Crossed(last - 1, after))
            {
                found = Closer(found, _parts[after]);
            }

            if (found != Part.None)
            {
                return found;
            }
        }

        return Part.None;
    }

    /// <summary>At equal distance the leg wins: a symptom is only taken away when another part is plainly nearer.</summary>
    private static Part Closer(Part a, Part b) => a == Part.None ? b : b == Part.None ? a : (Part)Math.Max((int)a, (int)b);

    private bool Crossed(int from, int to)
    {
        for (var i = from; i <= to; i++)
        {
            if (_tokens[i].IsPunctuation)
            {
                return true;
            }
        }

        return false;
    }

    private bool JoinedToLeg(int i, int step)
    {
        var j = i + step;
        while (j >= 0 && j < _tokens.Count && _lexicon.IsStop(_tokens[j]))
        {
            j += step;
        }

        if (j < 0 || j >= _tokens.Count || _tokens[j].Key is not ("and" or "or"))
        {
            return false;
        }

        j += step;
        while (j >= 0 && j < _tokens.Count && _lexicon.IsStop(_tokens[j]))
        {
            j += step;
        }

        return j >= 0 && j < _tokens.Count && PartOf(_tokens[j]) is Part.Leg or Part.Calf;
    }

    private Part PartOf(PhraseToken token) =>
        token.IsPunctuation ? Part.None
        : _lexicon.CalfWords.Contains(token.Key) ? Part.Calf
        : _lexicon.LegWords.Contains(token.Key) ? Part.Leg
        : _lexicon.ElsewhereWords.Contains(token.Key) ? Part.Elsewhere
        : Part.None;
}

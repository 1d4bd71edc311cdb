namespace LegCheck.Core.FreeText;

/// <summary>
/// How a clause is meant. Only <see cref="Told"/> clauses say something about the runner now; the others
/// are about someone else, ask, guess, plan, look back, or say a symptom has gone.
/// </summary>
internal enum PhraseMood
{
    /// <summary>The runner says how things are.</summary>
    Told,

    /// <summary>"my dad had a DVT": sets nothing, except facts meant to be about others (a family history).</summary>
    Others,

    /// <summary>"could this be a clot?": sets nothing but alarm signs, which are never missed.</summary>
    Question,

    /// <summary>"maybe I just need new shoes", "worried it might be a stress fracture": the facts are unknown.</summary>
    Hedged,

    /// <summary>"before my flight next month": sets nothing yet.</summary>
    Future,

    /// <summary>"chemo 5 years ago", "last spring": only the history facts (a disc problem, a previous clot) are kept.</summary>
    LongAgo,

    /// <summary>"the swelling went down overnight": the symptoms of the sentence are taken back.</summary>
    Resolved,

    /// <summary>"started at the 5 minute mark... wait no": what comes before a correction sets nothing.</summary>
    Retracted,
}

/// <summary>
/// Splits the text into clauses and gives each its mood from the lexicon's cue words. A clause ends at punctuation
/// or a clause-break word; a "gone now" cue covers its whole sentence, since runners say it after the symptom
/// ("pee was dark first thing, back to pale now").
/// </summary>
internal static class PhraseMoods
{
    private const int SubjectWords = 3;

    /// <summary>The shortest "recent" window of the case format is 12 weeks (surgery) or 3 months (antibiotics).</summary>
    private const double LongAgoMonths = 3;

    /// <summary>Words after "gone" that still say the symptom went ("gone now", "gone away", "gone by lunch").</summary>
    private static readonly string[] GoneFor = ["now", "away", "down", "off", "completely", "totally", "entirely", "altogether", "again", "too", "since", "overnight", "by", "after", "within", "in", "for"];

    public static PhraseMood[] Read(PhraseLexicon lexicon, List<PhraseToken> tokens, PhraseSlots slots, PhrasePolarity?[] answers, string? text = null)
    {
        var moods = new PhraseMood[tokens.Count];
        var proxy = Enumerable.Range(0, tokens.Count).Any(i => lexicon.Proxies.Any(p => slots.SequenceAt(i, p)));
        var previous = PhraseMood.Told;
        foreach (var (first, last) in Clauses(lexicon, tokens, slots, sentences: false))
        {
            var mood = ClauseMood(lexicon, tokens, slots, first, last, proxy, text);

            // "Wife is pregnant and gets cramps at night": a clause that opens on a verb keeps the subject before it.
            if (mood == PhraseMood.Told && previous == PhraseMood.Others && !proxy && OpensOnVerb(lexicon, tokens, first, last))
            {
                mood = PhraseMood.Others;
            }

            Array.Fill(moods, mood, first, last - first);
            previous = mood;
        }

        foreach (var (first, last) in Clauses(lexicon, tokens, slots, sentences: true))
        {
            if (Has(lexicon, slots, PhraseMood.Resolved, first, last))
            {
                for (var i = first; i < last; i++)
                {
                    moods[i] = moods[i] == PhraseMood.Told ? PhraseMood.Resolved : moods[i];
                }
            }
        }

        Retract(lexicon, tokens, slots, moods);

        // "Chest pain? No": an answered question tells, whatever its opener.
        for (var i = 0; i < tokens.Count; i++)
        {
            moods[i] = answers[i] is not null && moods[i] == PhraseMood.Question ? PhraseMood.Told : moods[i];
        }

        return moods;
    }

    /// <summary>A correction ("wait no", "I mean") takes back its own sentence up to it, or the sentence before when it opens one.</summary>
    private static void Retract(PhraseLexicon lexicon, List<PhraseToken> tokens, PhraseSlots slots, PhraseMood[] moods)
    {
        if (!lexicon.MoodCues.TryGetValue(PhraseMood.Retracted, out var cues))
        {
            return;
        }

        var sentences = Clauses(lexicon, tokens, slots, sentences: true).ToList();
        for (var s = 0; s < sentences.Count; s++)
        {
            var (first, last) = sentences[s];
            for (var i = first; i < last; i++)
            {
                if (cues.Any(c => slots.SequenceAt(i, c)))
                {
                    var from = i == first && s > 0 ? sentences[s - 1].First : first;
                    Array.Fill(moods, PhraseMood.Retracted, from, i - from);
                    break;
                }
            }
        }
    }

    /// <summary>Clauses as [first, last) token ranges; sentences end only at . ! ? ; and line breaks.</summary>
    public static IEnumerable<(int First, int Last)> Clauses(PhraseLexicon lexicon, List<PhraseToken> tokens, PhraseSlots slots, bool sentences)
    {
        var start = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var ends = sentences
                ? tokens[i].IsPunctuation && tokens[i].Word is "." or "!" or "?" or ";" or "\n"
                : tokens[i].IsPunctuation || lexicon.ClauseBreaks.Any(b => b.Length == 1 && slots.SequenceAt(i, b));
            if (ends)
            {
                if (i > start)
                {
                    yield return (start, i + 1);
                }

                start = i + 1;
            }
        }

        if (start < tokens.Count)
        {
            yield return (start, tokens.Count);
        }
    }

    /// <summary>Verbs that continue the subject of the clause before ("... and gets cramps", "..., has HCM").</summary>
    private static readonly HashSet<string> ContinuingVerbs = new(
        ["gets", "got", "has", "had", "is", "was", "keeps", "kept", "goes", "went", "says", "said", "thinks", "reckons", "suffers", "takes", "took", "collapsed", "fainted", "threw", "died"],
        StringComparer.Ordinal);

    private static bool OpensOnVerb(PhraseLexicon lexicon, List<PhraseToken> tokens, int first, int last)
    {
        for (var i = first; i < last; i++)
        {
            if (tokens[i].IsPunctuation || lexicon.IsStop(tokens[i]) || tokens[i].Key is "also" or "then" or "now" or "often" or "always" or "sometimes")
            {
                continue;
            }

            return ContinuingVerbs.Contains(tokens[i].Word);
        }

        return false;
    }

    /// <summary>Verbs after a name that make it the subject: "Dan collapsed", "Sarah threw up", "Tom has HCM".</summary>
    private static readonly HashSet<string> NameVerbs = new(
        ["collapsed", "fainted", "threw", "was", "is", "has", "had", "got", "gets", "went", "keeps", "kept", "said", "says", "passed", "puked", "vomited", "died", "felt", "feels", "fell", "suffers", "thinks", "reckons"],
        StringComparer.Ordinal);

    /// <summary>A person named in the text ("Dan", "Sarah"): a capitalised word no phrase knows, followed by a verb.</summary>
    private static bool IsNamedPerson(PhraseLexicon lexicon, List<PhraseToken> tokens, int i, int last, string? text)
    {
        if (text is null || tokens[i].IsPunctuation || i + 1 >= last)
        {
            return false;
        }

        var word = text[tokens[i].Start..tokens[i].End];
        return word.Length >= 3 && char.IsUpper(word[0]) && word.Skip(1).All(char.IsLower)
            && !lexicon.Vocabulary.Contains(tokens[i].Key) && !lexicon.KnownWords.Contains(tokens[i].Key)
            && NameVerbs.Contains(tokens[i + 1].Word);
    }

    private static PhraseMood ClauseMood(PhraseLexicon lexicon, List<PhraseToken> tokens, PhraseSlots slots, int first, int last, bool proxy, string? text)
    {
        var opener = Enumerable.Range(first, last - first).FirstOrDefault(i => !tokens[i].IsPunctuation && !lexicon.IsStop(tokens[i]), -1);
        if (!proxy && opener >= 0 && IsNamedPerson(lexicon, tokens, opener, last, text))
        {
            return PhraseMood.Others;
        }

        if (!proxy && OthersAsSubject(lexicon, tokens, slots, first, last))
        {
            return PhraseMood.Others;
        }

        var words = Enumerable.Range(first, last - first).Where(i => !tokens[i].IsPunctuation).ToList();
        if (words.Count > 0 && tokens[last - 1].Word == "?" && lexicon.QuestionOpeners.Contains(tokens[words[0]].Key)
            && !AsksAdvice(slots, first, last))
        {
            return PhraseMood.Question;
        }

        foreach (var mood in new[] { PhraseMood.Future, PhraseMood.LongAgo, PhraseMood.Hedged })
        {
            if (Has(lexicon, slots, mood, first, last) || (mood == PhraseMood.LongAgo && MonthsAgo(slots, first, last) >= LongAgoMonths))
            {
                return mood;
            }
        }

        return PhraseMood.Told;
    }

    /// <summary>"my partner said I wasn't making sense", "husband reckons I was confused": the other person tells about the runner.</summary>
    private static bool Reports(List<PhraseToken> tokens, int from, int last)
    {
        for (var i = from; i < Math.Min(last - 1, from + 3); i++)
        {
            if (ReportVerbs.Contains(tokens[i].Key))
            {
                var next = i + 1 < last && tokens[i + 1].Key == "that" ? i + 2 : i + 1;
                return next < last && tokens[next].Key is "i" or "i'm" or "i'd" or "i've" or "me";
            }
        }

        return false;
    }

    private static readonly HashSet<string> ReportVerbs = new(["said", "say", "told", "tell", "noticed", "saw"], StringComparer.Ordinal);

    /// <summary>Questions asking what to do ("any tips for my crampy calves?") take the symptom as given: it is told.</summary>
    private static bool AsksAdvice(PhraseSlots slots, int first, int last) =>
        Enumerable.Range(first, last - first).Any(i => AdviceCues.Any(c => slots.SequenceAt(i, c)));

    private static readonly string[][] AdviceCues =
        [["tip"], ["advice"], ["suggestion"], ["recommendation"], ["how", "do", "i", "stop"], ["how", "can", "i", "stop"], ["how", "do", "i", "get", "rid"],
         ["how", "do", "i", "fix"], ["how", "do", "i", "prevent"], ["what", "can", "i", "do"], ["what", "should", "i", "do"], ["how", "to", "stop"], ["how", "to", "fix"]];

    /// <summary>Someone else is the subject: a cue among the first few words, before the runner says "I".</summary>
    private static bool OthersAsSubject(PhraseLexicon lexicon, List<PhraseToken> tokens, PhraseSlots slots, int first, int last)
    {
        var seen = 0;
        for (var i = first; i < last && seen < SubjectWords; i++)
        {
            if (tokens[i].IsPunctuation || lexicon.IsStop(tokens[i]))
            {
                continue;
            }

            if (tokens[i].Key is "i" or "i'm" or "i've" or "i'd" or "me" or "mine" or "myself")
            {
                return false;
            }

            // "it felt like someone kicked me": a simile, not someone else's story.
            var simile = i > first && tokens[i - 1].Key is "like" or "if";
            if (!simile && lexicon.MoodCues.TryGetValue(PhraseMood.Others, out var cues) && cues.Any(c => slots.SequenceAt(i, c)))
            {
                return !Reports(tokens, i + 1, last)
                    && !Enumerable.Range(i, last - i).Any(j => lexicon.AboutMe.Any(a => j + a.Length <= last && slots.SequenceAt(j, a)));
            }

            seen++;
        }

        return false;
    }

    /// <summary>"6 months ago", "two months back", "in 2019": how many months, or 0.</summary>
    private static double MonthsAgo(PhraseSlots slots, int first, int last)
    {
        for (var i = first; i < last; i++)
        {
            if (slots.TryReadNumber(i, out var n, out var next) && next + 1 < last
                && (slots.SequenceAt(next, ["month", "ago"]) || slots.SequenceAt(next, ["month", "back"])))
            {
                // "periods stopped 8 months ago", "started about 6 months ago": a state that has held since then.
                return StillHolds(slots, i) ? 0 : n;
            }

            // "back in 2019": "back in" a year looks back over it (no clock here: "in 2019" alone may be a plan).
            if (i > first + 1 && slots.SequenceAt(i - 2, ["back", "in"]) && slots.TryReadNumber(i, out var year, out _) && year == Math.Floor(year) && year >= FirstYear)
            {
                return YearMonths;
            }
        }

        return 0;
    }

    /// <summary>Words before "N months ago" that tell of a change which still holds.</summary>
    private static readonly string[] SinceWords = ["stopped", "started", "began", "begun", "since", "start", "stop"];

    private static bool StillHolds(PhraseSlots slots, int number)
    {
        for (var j = number - 1; j >= Math.Max(0, number - 3); j--)
        {
            if (SinceWords.Any(w => slots.SequenceAt(j, [w])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Below this a number after "in" is no year ("in 20 minutes").</summary>
    private const double FirstYear = 1950;

    private const double YearMonths = 12;

    /// <summary>A cue of the mood in the clause; "maybe 5 minutes" hedges the number, not the clause, and
    /// "has gone cold" or "has gone numb" is a symptom arriving, not one that has gone.</summary>
    private static bool Has(PhraseLexicon lexicon, PhraseSlots slots, PhraseMood mood, int first, int last) =>
        lexicon.MoodCues.TryGetValue(mood, out var cues)
        && Enumerable.Range(first, last - first).Any(i => cues.Any(c => i + c.Length <= last && slots.SequenceAt(i, c)
            && !(mood == PhraseMood.Hedged && slots.TryReadNumber(i + c.Length, out _, out _))
            && !(mood == PhraseMood.Resolved && c[^1] == "gone" && GoneInto(slots, i + c.Length, last))
            && !(mood == PhraseMood.Resolved && NotYet(lexicon, slots, i))));

    /// <summary>"still hasn't gone away", "never went away": a denied or delayed going says the symptom is still there.</summary>
    private static bool NotYet(PhraseLexicon lexicon, PhraseSlots slots, int cue)
    {
        for (var j = cue - 1; j >= Math.Max(0, cue - 2); j--)
        {
            if (slots.SequenceAt(j, ["still"]) || slots.SequenceAt(j, ["yet"]) || lexicon.Negators.Any(n => n.Length == 1 && slots.SequenceAt(j, n)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"gone" followed by a word that is not "now", "away" ...: "gone cold", "gone white", "gone dead".</summary>
    private static bool GoneInto(PhraseSlots slots, int next, int last) =>
        next < last && !slots.AtClauseEnd(next) && !GoneFor.Any(w => slots.SequenceAt(next, [w]));
}

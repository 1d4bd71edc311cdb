namespace LegCheck.Core.FreeText;

/// <summary>
/// A question the runner answers themself, as forms and worried lists do: "Dark pee? Nope, clear as anything",
/// "Both legs weak?? Nah", "Chest pain? Yes". The answer right after the question mark decides what the question's
/// phrases say; a hedge there ("No idea") leaves them unsure. A question with no such answer is left to its mood.
/// </summary>
internal static class PhraseAnswers
{
    /// <summary>For each token, the polarity its question's answer gives, or null when it is in no answered question.</summary>
    public static PhrasePolarity?[] Read(PhraseLexicon lexicon, List<PhraseToken> tokens, PhraseSlots slots)
    {
        var answers = new PhrasePolarity?[tokens.Count];
        var start = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsPunctuation || tokens[i].Word is not ("." or "!" or "?" or ";" or "\n"))
            {
                continue;
            }

            if (tokens[i].Word == "?")
            {
                var next = i;
                while (next < tokens.Count && tokens[next].IsPunctuation)
                {
                    next++;
                }

                if (Answer(lexicon, slots, next) is { } answer)
                {
                    Array.Fill(answers, answer, start, i - start);
                }
            }

            start = i + 1;
        }

        ReportedQuestions(lexicon, tokens, slots, answers);
        return answers;
    }

    /// <summary>Words that open a question someone else asked: "doc asked if I'd had a fall - nope".</summary>
    private static readonly string[][] AskedCues =
        [["asked", "if"], ["asked", "whether"], ["asked", "me", "if"], ["asked", "me", "whether"], ["asked", "about"], ["wanted", "to", "know", "if"],
         ["checked", "if"], ["checked", "for"], ["asked", "if", "i'd"], ["asks", "if"], ["asking", "if"]];

    /// <summary>
    /// "doc asked if I'd had a fall or a knock - nope, nothing": a reported question, answered right after the
    /// punctuation that ends it, is an answered question like "Fall? Nope".
    /// </summary>
    private static void ReportedQuestions(PhraseLexicon lexicon, List<PhraseToken> tokens, PhraseSlots slots, PhrasePolarity?[] answers)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!AskedCues.Any(c => slots.SequenceAt(i, c)))
            {
                continue;
            }

            var end = i;
            while (end < tokens.Count && !tokens[end].IsPunctuation)
            {
                end++;
            }

            var next = end;
            while (next < tokens.Count && tokens[next].IsPunctuation)
            {
                next++;
            }

            if (next > end && answers[i] is null && Answer(lexicon, slots, next) is { } answer)
            {
                Array.Fill(answers, answer, i, end - i);
            }

            i = end;
        }
    }

    private static PhrasePolarity? Answer(PhraseLexicon lexicon, PhraseSlots slots, int pos) =>
        lexicon.Hedges.Any(h => slots.SequenceAt(pos, h)) ? PhrasePolarity.Hedged
        : lexicon.AnswersNo.Any(a => slots.SequenceAt(pos, a) && Alone(slots, pos + a.Length)) ? PhrasePolarity.Negated
        : lexicon.AnswersYes.Any(a => slots.SequenceAt(pos, a) && Alone(slots, pos + a.Length)) ? PhrasePolarity.Affirmed
        : null;

    /// <summary>Words that may follow a one-word answer ("No, I'm fine", "Yes definitely").</summary>
    private static readonly string[] AfterAnswer =
        ["i", "i'm", "i've", "it", "it's", "its", "not", "never", "none", "nothing", "really", "definitely", "thanks", "way", "at", "all", "sadly", "mate", "sir", "thankfully", "luckily", "and", "but", "though"];

    /// <summary>"No gap or anything" after a question is its own denial, not the answer to the question before it.</summary>
    private static bool Alone(PhraseSlots slots, int next) =>
        slots.AtClauseEnd(next) || AfterAnswer.Any(w => slots.SequenceAt(next, [w]));
}

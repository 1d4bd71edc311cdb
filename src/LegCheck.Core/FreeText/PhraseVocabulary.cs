using System.Collections.Concurrent;

namespace LegCheck.Core.FreeText;

/// <summary>
/// Tolerates typing slips ("crampin", "numbnes", "tinglling"): a word the lexicon does not know, at least
/// <see cref="PhraseLexicon.TypoMinLength"/> letters long, is read as the one lexicon word one edit away
/// (two for words of nine letters or more). Short words are never corrected, since "numb" and "dumb" are both words,
/// and neither is a word listed as known ("paint" is not "pain"). When two lexicon words are equally near, the word stays as typed.
/// </summary>
internal static class PhraseVocabulary
{
    private const int LongWord = 9;

    private static readonly ConcurrentDictionary<(PhraseLexicon, string), string?> Corrections = new();

    /// <summary>Gathers the word keys of every phrase and word list, once the lexicon is loaded.</summary>
    public static void Collect(PhraseLexicon lexicon)
    {
        // The trie holds lemmas, which need not be words; the words as written were gathered while the phrases were read.
        var words = lexicon.Vocabulary;
        words.UnionWith(lexicon.StopWords);
        words.UnionWith(lexicon.CarryWords);
        words.UnionWith(lexicon.Auxiliaries);
        words.UnionWith(lexicon.NegationFillers);
        words.UnionWith(lexicon.NumberHedges);
        words.UnionWith(lexicon.ClauseEnds);
        words.UnionWith(lexicon.QuestionOpeners);
        words.UnionWith(lexicon.NumberWords.Keys);
        words.UnionWith(lexicon.Units.Keys);
        foreach (var list in lexicon.MoodCues.Values.Append(lexicon.Negators).Append(lexicon.Hedges).Append(lexicon.ClauseBreaks).Append(lexicon.Proxies).Append(lexicon.AboutMe))
        {
            words.UnionWith(list.SelectMany(w => w));
        }

        words.RemoveWhere(w => w.StartsWith('{') || w.StartsWith('!'));
        lexicon.VocabularyLemmas.UnionWith(words.Select(w => PhraseTokenizer.LemmaOf(w, lexicon.ExactWords)));
        Walk(lexicon.Root, lexicon.VocabularyLemmas);
    }

    /// <summary>The tokens with slips corrected; a corrected token keeps its place in the text.</summary>
    public static void Correct(PhraseLexicon lexicon, List<PhraseToken> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (Unstretched(lexicon, token) is { } plain)
            {
                tokens[i] = token with { Word = plain, Key = plain, Lemma = PhraseTokenizer.LemmaOf(plain, lexicon.ExactWords) };
                continue;
            }

            if (token.IsPunctuation || token.Key.Length < lexicon.TypoMinLength || char.IsDigit(token.Key[0])
                || lexicon.Vocabulary.Contains(token.Key) || lexicon.VocabularyLemmas.Contains(token.Lemma)
                || lexicon.KnownWords.Contains(token.Key) || lexicon.KnownWords.Contains(token.Word))
            {
                continue;
            }

            if (Corrections.GetOrAdd((lexicon, token.Key), static k => Nearest(k.Item1, k.Item2)) is { } corrected)
            {
                tokens[i] = token with { Word = corrected, Key = corrected, Lemma = PhraseTokenizer.LemmaOf(corrected, lexicon.ExactWords) };
            }
        }
    }

    /// <summary>
    /// "numbbb", "soooo sore", "crampinggg": a letter typed three times or more for stress is one letter, or two
    /// ("sooore" is "sore", "fooot" is "foot"), whichever the lexicon knows; short words too, since no word has three in a row.
    /// </summary>
    private static string? Unstretched(PhraseLexicon lexicon, PhraseToken token)
    {
        if (token.IsPunctuation || !HasRun(token.Key) || lexicon.Vocabulary.Contains(token.Key))
        {
            return null;
        }

        foreach (var keep in new[] { 1, 2 })
        {
            var plain = Collapse(token.Key, keep);
            var key = PhraseTokenizer.Stem(plain);
            if (lexicon.Vocabulary.Contains(plain) || lexicon.Vocabulary.Contains(key) || lexicon.VocabularyLemmas.Contains(PhraseTokenizer.LemmaOf(key, lexicon.ExactWords)))
            {
                return key;
            }
        }

        return null;
    }

    private static bool HasRun(string word)
    {
        for (var i = 2; i < word.Length; i++)
        {
            if (char.IsLetter(word[i]) && word[i] == word[i - 1] && word[i] == word[i - 2])
            {
                return true;
            }
        }

        return false;
    }

    private static string Collapse(string word, int keep)
    {
        var sb = new System.Text.StringBuilder(word.Length);
        var run = 0;
        for (var i = 0; i < word.Length; i++)
        {
            run = i > 0 && word[i] == word[i - 1] ? run + 1 : 1;
            if (run <= keep || !char.IsLetter(word[i]) || (run < 3 && !RunOfThree(word, i)))
            {
                sb.Append(word[i]);
            }
        }

        return sb.ToString();
    }

    /// <summary>Whether the letter at <paramref name="i"/> is in a run of three or more (only those runs shrink).</summary>
    private static bool RunOfThree(string word, int i)
    {
        var from = i;
        while (from > 0 && word[from - 1] == word[i])
        {
            from--;
        }

        var to = i;
        while (to + 1 < word.Length && word[to + 1] == word[i])
        {
            to++;
        }

        return to - from >= 2;
    }

    private static string? Nearest(PhraseLexicon lexicon, string word)
    {
        var limit = word.Length >= LongWord ? 2 : 1;
        string? best = null;
        var bestDistance = int.MaxValue;
        var tie = false;
        foreach (var candidate in lexicon.Vocabulary)
        {
            if (candidate.Length < lexicon.TypoMinLength - 1 || Math.Abs(candidate.Length - word.Length) > limit)
            {
                continue;
            }

            var distance = Distance(word, candidate, limit);
            if (distance < bestDistance)
            {
                (best, bestDistance, tie) = (candidate, distance, false);
            }
            else if (distance == bestDistance && !SameLemma(lexicon, best!, candidate))
            {
                // "crampin" is as near "cramping" as "cramps": both are the same word, so no tie.
                tie = true;
            }
        }

        return bestDistance <= limit && !tie ? best : null;
    }

    private static bool SameLemma(PhraseLexicon lexicon, string a, string b) =>
        string.Equals(PhraseTokenizer.LemmaOf(a, lexicon.ExactWords), PhraseTokenizer.LemmaOf(b, lexicon.ExactWords), StringComparison.Ordinal);

    /// <summary>Optimal string alignment distance (insertions, deletions, substitutions, swaps of neighbours), cut off above the limit.</summary>
    internal static int Distance(string a, string b, int limit)
    {
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], previous2[j - 2] + 1);
                }

                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }

    private static void Walk(PhraseNode node, HashSet<string> words)
    {
        foreach (var (key, next) in node.Next)
        {
            words.Add(key);
            Walk(next, words);
        }
    }
}

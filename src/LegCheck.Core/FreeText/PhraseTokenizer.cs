namespace LegCheck.Core.FreeText;

/// <summary>
/// One word or punctuation mark of a runner's text. <see cref="Word"/> is the lower-cased, respelled word
/// ("cannot" becomes "can't"); <see cref="Key"/> is its singular form, which is what phrases are matched on,
/// so "calves" matches a phrase written with "calf". <see cref="Lemma"/> is what phrases are matched on: the key
/// without its inflection (see <see cref="PhraseLemma"/>). Start and End index the original text.
/// </summary>
internal readonly record struct PhraseToken(string Word, string Key, int Start, int End, bool IsPunctuation)
{
    public string Lemma { get; init; } = Key;
}

/// <summary>
/// Splits free text into words the same way for the runner's text and for the lexicon's phrases,
/// so a phrase and the text it describes always agree on where words begin and end.
/// </summary>
internal static class PhraseTokenizer
{
    private static readonly Dictionary<string, string> Irregular = new(StringComparer.Ordinal)
    {
        ["feet"] = "foot",
        ["calves"] = "calf",
        ["halves"] = "half",
        ["women"] = "woman",
        ["men"] = "man",
        ["lasts"] = "lasts", // "it lasts a minute" is not "the last mile"
    };

    private static readonly HashSet<string> Ordinals = new(StringComparer.Ordinal) { "st", "nd", "rd", "th" };

    public static List<PhraseToken> Tokenize(string text, IReadOnlyDictionary<string, string> spellings, IReadOnlySet<string> exact)
    {
        var tokens = new List<PhraseToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsClock(text, i, out var hours, out var minutes, out var clockEnd) && IsPace(text, clockEnd))
            {
                // "8:30 miles", "5:10/km": a pace per distance, not a time run; read as the word "pace".
                tokens.Add(new PhraseToken("pace", "pace", i, clockEnd, IsPunctuation: false));
                i = clockEnd;
            }
            else if (IsClock(text, i, out hours, out minutes, out clockEnd))
            {
                // "1:45" on a watch is 105 minutes: a number and its unit, both spanning the original text.
                var total = (hours * 60 + minutes).ToString(System.Globalization.CultureInfo.InvariantCulture);
                tokens.Add(new PhraseToken(total, total, i, clockEnd, IsPunctuation: false));
                tokens.Add(new PhraseToken("minutes", "minute", i, clockEnd, IsPunctuation: false));
                i = clockEnd;
            }
            else if (char.IsLetterOrDigit(c))
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsInnerApostrophe(text, i) || IsDecimalPoint(text, i)))
                {
                    i++;
                }

                AddWord(tokens, text, start, i, spellings, exact);
            }
            else if (c is '+' or '&')
            {
                tokens.Add(new PhraseToken("and", "and", i, i + 1, IsPunctuation: false));
                i++;
            }
            else if (c is ',' or ';' or '.' or '!' or '?' or ':' or '(' or ')' or '\n' or '\u2013' or '\u2014' || IsDash(text, i))
            {
                tokens.Add(new PhraseToken(c.ToString(), c.ToString(), i, i + 1, IsPunctuation: true));
                i++;
            }
            else
            {
                if (c == '%')
                {
                    tokens.Add(new PhraseToken("%", "%", i, i + 1, IsPunctuation: false));
                }

                i++;
            }
        }

        return tokens;
    }

    /// <summary>The lemma of a key; a word the lexicon lists as exact keeps its form ("fainted" is not "faint").</summary>
    public static string LemmaOf(string key, IReadOnlySet<string> exact) => exact.Contains(key) ? key : PhraseLemma.Of(key);

    /// <summary>The form a word is matched on: "calves" and "calf" share one key, as do "toes" and "toe".</summary>
    public static string Stem(string word)
    {
        if (Irregular.TryGetValue(word, out var irregular))
        {
            return irregular;
        }

        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }

        if (word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal)
            || word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        if (word.Length > 3 && word[^1] == 's' && !word.EndsWith("ss", StringComparison.Ordinal)
            && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal)
            && !char.IsDigit(word[0]))
        {
            return word[..^1];
        }

        return word;
    }

    private static void AddWord(List<PhraseToken> tokens, string text, int start, int end, IReadOnlyDictionary<string, string> spellings, IReadOnlySet<string> exact)
    {
        var word = text[start..end].ToLowerInvariant().Replace('\u2019', '\'').Replace('\u2018', '\'');

        // "45yo" and "3km" are a number and a word; "3rd" is one ordinal.
        var digits = 0;
        while (digits < word.Length && (char.IsDigit(word[digits]) || (word[digits] == '.' && digits > 0)))
        {
            digits++;
        }

        if (digits > 0 && digits < word.Length && word[digits..].All(char.IsLetter) && !Ordinals.Contains(word[digits..]))
        {
            // "45F", "i'm 32m": a form's age and sex, only where a runner introduces themself (not "it was 90F out").
            if (digits == 2 && word[digits..] is "f" or "m" && (tokens.Count == 0 || tokens[^1].Key is "i'm" or "me" or "("))
            {
                tokens.Add(Make(word[..digits], start, start + digits, spellings, exact));
                tokens.Add(Make(word[digits..] == "f" ? "female" : "male", start + digits, end, spellings, exact));
                return;
            }

            tokens.Add(Make(word[..digits], start, start + digits, spellings, exact));
            tokens.Add(Make(word[digits..], start + digits, end, spellings, exact));
            return;
        }

        tokens.Add(Make(word, start, end, spellings, exact));
    }

    private static PhraseToken Make(string word, int start, int end, IReadOnlyDictionary<string, string> spellings, IReadOnlySet<string> exact)
    {
        if (word.EndsWith("'s", StringComparison.Ordinal) && word.Length > 2)
        {
            word = word[..^2];
        }

        if (spellings.TryGetValue(word, out var respelled))
        {
            word = respelled;
        }

        var key = Stem(word);
        return new PhraseToken(word, key, start, end, IsPunctuation: false) { Lemma = LemmaOf(key, exact) };
    }

    /// <summary>A dash between spaces ("my son gets cramps - mine are different") ends a clause; "long-haul" keeps its hyphen.</summary>
    private static bool IsDash(string text, int i) =>
        text[i] == '-' && (i == 0 || char.IsWhiteSpace(text[i - 1])) && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]));

    /// <summary>"1:45" or "2:05:30" (hours, minutes, seconds dropped), not "3:30am", which is a time of day.</summary>
    private static readonly string[] PaceWords = ["mile", "miles", "km", "k ", "k,", "/", "min/", "min mile", "min km", "pace", "per "];

    private static bool IsPace(string text, int end)
    {
        var rest = text[end..].TrimStart().ToLowerInvariant();
        return PaceWords.Any(w => rest.StartsWith(w, StringComparison.Ordinal)) || rest == "k";
    }

    private static bool IsClock(string text, int i, out int hours, out int minutes, out int end)
    {
        hours = minutes = 0;
        end = i;
        if ((i > 0 && char.IsLetterOrDigit(text[i - 1])) || !char.IsDigit(text[i]))
        {
            return false;
        }

        var j = i;
        while (j < text.Length && char.IsDigit(text[j]) && j - i < 2)
        {
            j++;
        }

        if (j + 2 >= text.Length || text[j] != ':' || !char.IsDigit(text[j + 1]) || !char.IsDigit(text[j + 2]))
        {
            return false;
        }

        hours = int.Parse(text.AsSpan(i, j - i), System.Globalization.CultureInfo.InvariantCulture);
        minutes = (text[j + 1] - '0') * 10 + (text[j + 2] - '0');
        end = j + 3;
        if (end + 2 < text.Length + 1 && end + 2 <= text.Length && text[end] == ':' && char.IsDigit(text[end + 1]))
        {
            end += 3;
        }

        var rest = text[end..].TrimStart();
        return minutes < 60 && !rest.StartsWith("am", StringComparison.OrdinalIgnoreCase) && !rest.StartsWith("pm", StringComparison.OrdinalIgnoreCase)
            && (end == text.Length || !char.IsLetterOrDigit(text[end]));
    }

    private static bool IsInnerApostrophe(string text, int i) =>
        text[i] is '\'' or '\u2019' && i > 0 && i + 1 < text.Length && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]);

    private static bool IsDecimalPoint(string text, int i) =>
        text[i] == '.' && i > 0 && i + 1 < text.Length && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]);
}

namespace LegCheck.Core.FreeText;

/// <summary>
/// The lemma phrases are matched on: the first and last steps of Porter's stemmer (1980) applied to a word's singular
/// form, so every inflection of a word a phrase names matches it ("swell", "swells", "swelled", "swelling";
/// "tingle", "tingled", "tingling") without the lexicon listing each one. The text and the
/// lexicon go through the same function, so a lemma never has to be a real word.
/// </summary>
internal static class PhraseLemma
{
    private const int MinLength = 4;

    /// <summary>Irregular verbs runners use in the past tense: "felt numb" is "feel numb", "had a clot" "have a clot"
    /// (the keys of "goes" and "does" arrive singularised as "goe" and "doe").</summary>
    private static readonly Dictionary<string, string> Irregular = new(StringComparer.Ordinal)
    {
        ["had"] = "have", ["has"] = "have", ["having"] = "have",
        ["felt"] = "feel", ["went"] = "go", ["goe"] = "go", ["gone"] = "go", ["going"] = "go",
        ["got"] = "get", ["gotten"] = "get", ["ran"] = "run", ["came"] = "come", ["took"] = "take", ["taken"] = "take",
        ["gave"] = "give", ["given"] = "give", ["woke"] = "wake", ["woken"] = "wake", ["kept"] = "keep", ["made"] = "make",
        ["did"] = "do", ["doe"] = "do", ["done"] = "do", ["fell"] = "fall", ["fallen"] = "fall", ["lost"] = "lose",
        ["caught"] = "catch", ["stood"] = "stand", ["sat"] = "sit", ["threw"] = "throw", ["thrown"] = "throw",
        ["drank"] = "drink", ["drunk"] = "drink", ["flew"] = "fly", ["flown"] = "fly", ["began"] = "begin", ["begun"] = "begin",
        ["wore"] = "wear", ["worn"] = "wear", ["broke"] = "break", ["broken"] = "break", ["bought"] = "buy",
    };

    public static string Of(string key)
    {
        if (Irregular.TryGetValue(key, out var irregular))
        {
            return irregular;
        }

        if (key.Length < MinLength || !key.All(c => c is >= 'a' and <= 'z'))
        {
            return key;
        }

        // No -ness step: "redness" is not "red" (the sign), nor "fullness" "full"; the lexicon lists those nouns itself.
        var w = Step1b(key);
        if (w.Length > 2 && w[^1] == 'y' && HasVowel(w[..^1]))
        {
            w = w[..^1] + "i";
        }

        // Step 5: a final e goes ("tingle" and "tingled" meet at "tingl"), unless the word is short and ends consonant-vowel-consonant ("tire").
        if (w[^1] == 'e')
        {
            var stem = w[..^1];
            var m = Measure(stem);
            if (m > 1 || (m == 1 && !EndsCvc(stem)))
            {
                w = stem;
            }
        }

        if (w.Length > 2 && w[^1] == 'l' && w[^2] == 'l' && Measure(w) > 1)
        {
            w = w[..^1];
        }

        return w;
    }

    private static string Step1b(string w)
    {
        if (w.EndsWith("eed", StringComparison.Ordinal))
        {
            return Measure(w[..^3]) > 0 ? w[..^1] : w;
        }

        string stem;
        if (w.EndsWith("ed", StringComparison.Ordinal) && HasVowel(w[..^2]))
        {
            stem = w[..^2];
        }
        else if (w.EndsWith("ing", StringComparison.Ordinal) && HasVowel(w[..^3]))
        {
            stem = w[..^3];
        }
        else
        {
            return w;
        }

        if (stem.EndsWith("at", StringComparison.Ordinal) || stem.EndsWith("bl", StringComparison.Ordinal) || stem.EndsWith("iz", StringComparison.Ordinal))
        {
            return stem + "e";
        }

        if (stem.Length > 1 && stem[^1] == stem[^2] && IsConsonant(stem, stem.Length - 1) && stem[^1] is not ('l' or 's' or 'z'))
        {
            return stem[..^1];
        }

        return Measure(stem) == 1 && EndsCvc(stem) ? stem + "e" : stem;
    }

    private static bool IsConsonant(string w, int i) => w[i] switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' => false,
        'y' => i == 0 || !IsConsonant(w, i - 1),
        _ => true,
    };

    private static bool HasVowel(string w) => Enumerable.Range(0, w.Length).Any(i => !IsConsonant(w, i));

    /// <summary>Porter's m: how many vowel-consonant sequences the stem holds.</summary>
    private static int Measure(string w)
    {
        var m = 0;
        var i = 0;
        while (i < w.Length && IsConsonant(w, i))
        {
            i++;
        }

        while (i < w.Length)
        {
            while (i < w.Length && !IsConsonant(w, i))
            {
                i++;
            }

            if (i == w.Length)
            {
                break;
            }

            m++;
            while (i < w.Length && IsConsonant(w, i))
            {
                i++;
            }
        }

        return m;
    }

    private static bool EndsCvc(string w) =>
        w.Length >= 3 && IsConsonant(w, w.Length - 3) && !IsConsonant(w, w.Length - 2) && IsConsonant(w, w.Length - 1) && w[^1] is not ('w' or 'x' or 'y');
}

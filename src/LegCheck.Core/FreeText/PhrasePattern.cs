namespace LegCheck.Core.FreeText;

/// <summary>
/// The phrase syntax of phrases.yaml. Words are separated by spaces; <c>a|b</c> offers alternatives for one word,
/// a trailing <c>?</c> makes a word optional, and slots stand for a number (<c>{n}</c>), a unit (<c>{unit}</c>),
/// an optional negation inside the phrase (<c>{neg}</c>, as in "stretching {neg} helps") and the end of a clause
/// (<c>{end}</c>). Possessives and articles ("my", "the") are dropped: the text may use them or not.
/// </summary>
internal static class PhrasePattern
{
    public const string Number = "{n}";
    public const string Unit = "{unit}";
    public const string Negation = "{neg}";
    public const string End = "{end}";

    private const int MaxVariants = 4096;

    private static readonly HashSet<string> Slots = new(StringComparer.Ordinal) { Number, Unit, Negation, End };

    /// <summary>Every word-key sequence the phrase stands for; returns an error message instead when it is malformed.</summary>
    public static string? TryExpand(string phrase, PhraseLexicon lexicon, out List<string[]> variants)
    {
        variants = [];
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return "empty phrase";
        }

        var slots = new List<(List<string> Options, bool Optional)>();
        foreach (var raw in words)
        {
            if (raw.StartsWith('{'))
            {
                if (!Slots.Contains(raw))
                {
                    return $"unknown slot '{raw}'; expected one of {string.Join(", ", Slots)}";
                }

                slots.Add(([raw], false));
                continue;
            }

            if (ReadAlternatives(raw, lexicon, out var options, out var optional) is { } wordError)
            {
                return wordError;
            }

            if (options.Count > 0)
            {
                slots.Add((options, optional));
            }
        }

        return Combine(slots, out var partial) ?? AddVariants(partial, variants);
    }

    /// <summary>The lemmas of one written word and its |-alternatives; a stop word among them makes the word optional.</summary>
    private static string? ReadAlternatives(string raw, PhraseLexicon lexicon, out List<string> options, out bool optional)
    {
        optional = raw.Length > 1 && raw.EndsWith('?');
        options = [];
        var spelled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var alternative in (optional ? raw[..^1] : raw).Split('|'))
        {
            var tokens = lexicon.Tokenize(alternative);
            if (tokens.Count != 1 || tokens[0].IsPunctuation || tokens[0].End - tokens[0].Start != alternative.Length)
            {
                return $"'{alternative}' in '{raw}' is not a single word (split words with spaces, alternatives with |)";
            }

            if (lexicon.IsStop(tokens[0]))
            {
                optional = true;
            }
            else if (!spelled.Add(alternative.ToLowerInvariant()))
            {
                // Usually a slip such as "calf|calf muscle", which reads as "calf muscle" only.
                return $"'{alternative}' is listed twice in '{raw}' (alternatives are single words)";
            }
            else
            {
                // The word as written joins the vocabulary too, so a slip ("tinglling") is corrected towards it.
                lexicon.Vocabulary.Add(tokens[0].Key);
                if (!options.Contains(tokens[0].Lemma, StringComparer.Ordinal))
                {
                    options.Add(tokens[0].Lemma);
                }
            }
        }

        return null;
    }

    /// <summary>Every choice of one option per slot, with or without each optional slot.</summary>
    private static string? Combine(List<(List<string> Options, bool Optional)> slots, out List<List<string>> partial)
    {
        partial = [[]];
        foreach (var (options, optional) in slots)
        {
            var next = new List<List<string>>();
            foreach (var prefix in partial)
            {
                if (optional)
                {
                    next.Add(prefix);
                }

                next.AddRange(options.Select(o => new List<string>(prefix) { o }));
            }

            if (next.Count > MaxVariants)
            {
                return $"phrase expands to more than {MaxVariants} variants; split it";
            }

            partial = next;
        }

        return null;
    }

    /// <summary>Adds the combinations to <paramref name="variants"/> in order, stopping at the first that cannot stand as a phrase.</summary>
    private static string? AddVariants(List<List<string>> partial, List<string[]> variants)
    {
        foreach (var variant in partial)
        {
            if (variant.Count == 0 || variant.All(Slots.Contains))
            {
                return "phrase needs at least one word that is always there";
            }

            if (variant[0] is Negation or End)
            {
                return $"a phrase may not start with {variant[0]}";
            }

            variants.Add([.. variant]);
        }

        return null;
    }
}

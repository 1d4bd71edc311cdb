using LegCheck.Core.Cases;
using LegCheck.Core.Engine;
using LegCheck.Core.FreeText;
using LegCheck.Web.Features.Knowledge;

namespace LegCheck.Web.Features.Search;

/// <summary>A library entry that matched a search, with how well it matched.</summary>
internal sealed record LibraryHit<T>(T Entry, double Score);

/// <summary>Conditions and advice matching a question, best first.</summary>
internal sealed record LibraryResults(
    IReadOnlyList<LibraryHit<ConditionEntry>> Conditions,
    IReadOnlyList<LibraryHit<AdviceEntry>> Advice,
    IReadOnlyList<ParsedFact> Facts);

/// <summary>
/// Searches the condition library the way runners ask ("why do my feet go numb when I run?"): words are
/// matched against names and descriptions, and the symptoms the phrase parser finds rank conditions by
/// how well they explain them.
/// </summary>
internal sealed class LibrarySearch(KnowledgeCatalog catalog, Assessor assessor)
{
    private const double MinShareOfBest = 0.4;
    private const int MaxHits = 10;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "and", "but", "for", "with", "when", "why", "what", "how", "does", "did", "doe", "are", "was", "were", "get",
        "got", "gets", "have", "has", "had", "you", "your", "mine", "this", "that", "from", "into", "after", "during",
        "about", "can", "could", "should", "would", "will", "not", "too", "very", "really", "just", "then", "than",
        "there", "their", "they", "them", "its", "our", "out", "off", "all", "any", "some", "also", "only", "keep",
        "make", "makes", "while", "where", "which", "who", "whom", "been", "being", "feel", "feels", "go", "goes",
        "going", "went", "run", "runs", "running", "runner", "ran", "leg", "legs",
    };

    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.Ordinal)
    {
        ["feet"] = "foot",
        ["toe"] = "toe",
        ["numbness"] = "numb",
        ["tingle"] = "tingl",
        ["tingles"] = "tingl",
        ["tingly"] = "tingl",
        ["pins"] = "tingl",
        ["needles"] = "tingl",
        ["clot"] = "clot",
        ["shoe"] = "shoe",
        ["lace"] = "lac",
        ["laces"] = "lac",
    };

    public LibraryResults Search(string query)
    {
        var terms = Terms(query);
        var facts = PhraseParser.Parse(query);
        var probabilities = new Dictionary<string, double>(StringComparer.Ordinal);
        if (facts.Any(f => f.Value.IsKnown))
        {
            var evidence = PhraseParser.Apply(Evidence.Empty, facts);
            foreach (var rc in assessor.Assess(evidence).Conditions)
            {
                probabilities[rc.Condition.Id] = rc.Probability;
            }
        }

        var conditions = Best(catalog.Conditions
            .Select(c => new LibraryHit<ConditionEntry>(c, Score(terms, c.Name, ConditionText(c)) + 10 * probabilities.GetValueOrDefault(c.Id))));
        var advice = Best(catalog.Advice
            .Select(a => new LibraryHit<AdviceEntry>(a, Score(terms, a.Title, a.Detail.ToLowerInvariant()))));
        return new LibraryResults(conditions, advice, facts);
    }

    /// <summary>Keeps the hits that score close to the best one, so a common word alone does not list everything.</summary>
    private static List<LibraryHit<T>> Best<T>(IEnumerable<LibraryHit<T>> hits)
    {
        var ranked = hits.Where(h => h.Score >= 1).OrderByDescending(h => h.Score).ToList();
        var floor = ranked.Count == 0 ? 0 : Math.Max(1, ranked[0].Score * MinShareOfBest);
        return ranked.Where(h => h.Score >= floor).Take(MaxHits).ToList();
    }

    public static IReadOnlyList<string> Terms(string query)
    {
        var words = query.ToLowerInvariant().Split((char[])[.. query.Where(ch => !char.IsLetterOrDigit(ch)).Distinct()], StringSplitOptions.RemoveEmptyEntries);
        return words
            .Where(w => w.Length >= 3 && !StopWords.Contains(w))
            .Select(Stem)
            .Where(w => w.Length >= 3)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    private static string Stem(string word)
    {
        if (Synonyms.TryGetValue(word, out var synonym))
        {
            return synonym;
        }

        foreach (var suffix in (string[])["ness", "ing", "ed", "es", "s"])
        {
            if (word.Length - suffix.Length >= 4 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return word[..^suffix.Length];
            }
        }

        return word;
    }

    private static double Score(IReadOnlyList<string> terms, string name, string text)
    {
        var score = 0.0;
        var lowerName = name.ToLowerInvariant();
        foreach (var term in terms)
        {
            if (lowerName.Contains(term, StringComparison.Ordinal))
            {
                score += 3;
            }
            else if (text.Contains(term, StringComparison.Ordinal))
            {
                score += 1;
            }
        }

        return score;
    }

    private static string ConditionText(ConditionEntry c) =>
        string.Join(' ', [c.Summary.Text, .. c.Feels.Select(f => f.Text), .. c.Causes.Select(f => f.Text), c.SeeWhom]).ToLowerInvariant();
}

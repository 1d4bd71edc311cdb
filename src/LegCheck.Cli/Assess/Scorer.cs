using LegCheck.Core.Cases;
using LegCheck.Core.Engine;
using LegCheck.Core.Model;

namespace LegCheck.Cli.Assess;

/// <summary>The metrics of ../shared/tools/score_cases.py, computed the same way.</summary>
internal sealed record Metrics(
    int Cases,
    double Top1,
    double Top3,
    double TriageExact,
    int UnderTriage,
    int OverTriage,
    int Forbidden,
    double AdviceRecall,
    double? QuestionsMedian,
    int? QuestionsMax);

/// <summary>One missed case and why, in the score script's words.</summary>
internal sealed record Miss(string CaseId, IReadOnlyList<string> Problems);

/// <summary>Scores results against gold labels, so a knowledge-base edit can be judged in seconds.</summary>
internal static class Scorer
{
    public static (Metrics Metrics, IReadOnlyList<Miss> Misses) Score(IReadOnlyList<(Case Case, AssessmentJson Result)> results)
    {
        var tally = new Tally();
        var misses = new List<Miss>();
        foreach (var (c, r) in results)
        {
            var exp = c.Expected ?? throw new ArgumentException($"case {c.Id} has no expected labels", nameof(results));
            var problems = new List<string>();
            ScoreRanking(exp, r, tally, problems);
            ScoreTriage(exp, r, tally, problems);
            ScoreAdvice(exp, r, tally, problems);
            if (r.QuestionsAsked is { } q)
            {
                tally.Questions.Add(q);
            }

            if (problems.Count > 0)
            {
                misses.Add(new Miss(c.Id, problems));
            }
        }

        var n = Math.Max(results.Count, 1);
        var questions = tally.Questions;
        return (new Metrics(
            results.Count,
            (double)tally.Top1 / n,
            (double)tally.Top3 / n,
            (double)tally.Triage / n,
            tally.Under,
            tally.Over,
            tally.Forbidden,
            (double)tally.Hits / Math.Max(tally.Needed, 1),
            questions.Count > 0 ? Median(questions) : null,
            questions.Count > 0 ? questions.Max() : null), misses);
    }

    /// <summary>Whether an acceptable condition leads the ranking, or is among its first three.</summary>
    private static void ScoreRanking(ExpectedLabels exp, AssessmentJson r, Tally tally, List<string> problems)
    {
        var gold = new HashSet<string>(exp.AlsoAcceptable.Append(exp.Condition), StringComparer.Ordinal);
        var ranked = r.Conditions.Select(x => x.Id).ToList();
        if (ranked.Count > 0 && gold.Contains(ranked[0]))
        {
            tally.Top1++;
        }
        else
        {
            problems.Add($"top1 [{ranked.FirstOrDefault()}] want {exp.Condition}");
        }

        if (ranked.Take(3).Any(gold.Contains))
        {
            tally.Top3++;
        }
    }

    /// <summary>Exact triage, or under- or over-triage.</summary>
    private static void ScoreTriage(ExpectedLabels exp, AssessmentJson r, Tally tally, List<string> problems)
    {
        _ = TriageLevels.TryParse(exp.Triage, out var want);

        // An unknown level counts as under-triage, as in the score script.
        var known = TriageLevels.TryParse(r.Triage, out var got);
        if (known && got == want)
        {
            tally.Triage++;
        }
        else if (!known || got < want)
        {
            tally.Under++;
            problems.Add($"UNDER-TRIAGE {r.Triage} want {exp.Triage}");
        }
        else
        {
            tally.Over++;
            problems.Add($"over-triage {r.Triage} want {exp.Triage}");
        }
    }

    /// <summary>The required advice given, and any forbidden advice.</summary>
    private static void ScoreAdvice(ExpectedLabels exp, AssessmentJson r, Tally tally, List<string> problems)
    {
        var advice = r.Advice.ToHashSet(StringComparer.Ordinal);
        tally.Needed += exp.AdviceRequired.Count;
        tally.Hits += exp.AdviceRequired.Count(advice.Contains);
        var missing = exp.AdviceRequired.Where(a => !advice.Contains(a)).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            problems.Add($"advice missing [{string.Join(", ", missing)}]");
        }

        var bad = exp.AdviceForbidden.Where(advice.Contains).Order(StringComparer.Ordinal).ToList();
        if (bad.Count > 0)
        {
            tally.Forbidden++;
            problems.Add($"FORBIDDEN advice [{string.Join(", ", bad)}]");
        }
    }

    /// <summary>The counts over all cases so far.</summary>
    private sealed class Tally
    {
        public int Top1 { get; set; }

        public int Top3 { get; set; }

        public int Triage { get; set; }

        public int Under { get; set; }

        public int Over { get; set; }

        public int Forbidden { get; set; }

        public int Hits { get; set; }

        public int Needed { get; set; }

        public List<int> Questions { get; } = [];
    }

    private static double Median(List<int> values)
    {
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }
}

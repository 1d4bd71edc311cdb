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
        int top1 = 0, top3 = 0, triage = 0, under = 0, over = 0, forbidden = 0, hits = 0, needed = 0;
        var misses = new List<Miss>();
        var questions = new List<int>();
        foreach (var (c, r) in results)
        {
            var exp = c.Expected ?? throw new ArgumentException($"case {c.Id} has no expected labels", nameof(results));
            var gold = new HashSet<string>(exp.AlsoAcceptable.Append(exp.Condition), StringComparer.Ordinal);
            var ranked = r.Conditions.Select(x => x.Id).ToList();
            var problems = new List<string>();
            if (ranked.Count > 0 && gold.Contains(ranked[0]))
            {
                top1++;
            }
            else
            {
                problems.Add($"top1 [{ranked.FirstOrDefault()}] want {exp.Condition}");
            }

            if (ranked.Take(3).Any(gold.Contains))
            {
                top3++;
            }

            _ = TriageLevels.TryParse(exp.Triage, out var want);

            // An unknown level counts as under-triage, as in the score script.
            var known = TriageLevels.TryParse(r.Triage, out var got);
            if (known && got == want)
            {
                triage++;
            }
            else if (!known || got < want)
            {
                under++;
                problems.Add($"UNDER-TRIAGE {r.Triage} want {exp.Triage}");
            }
            else
            {
                over++;
                problems.Add($"over-triage {r.Triage} want {exp.Triage}");
            }

            var advice = r.Advice.ToHashSet(StringComparer.Ordinal);
            needed += exp.AdviceRequired.Count;
            hits += exp.AdviceRequired.Count(advice.Contains);
            var missing = exp.AdviceRequired.Where(a => !advice.Contains(a)).Order(StringComparer.Ordinal).ToList();
            if (missing.Count > 0)
            {
                problems.Add($"advice missing [{string.Join(", ", missing)}]");
            }

            var bad = exp.AdviceForbidden.Where(advice.Contains).Order(StringComparer.Ordinal).ToList();
            if (bad.Count > 0)
            {
                forbidden++;
                problems.Add($"FORBIDDEN advice [{string.Join(", ", bad)}]");
            }

            if (r.QuestionsAsked is { } q)
            {
                questions.Add(q);
            }

            if (problems.Count > 0)
            {
                misses.Add(new Miss(c.Id, problems));
            }
        }

        var n = Math.Max(results.Count, 1);
        return (new Metrics(
            results.Count,
            (double)top1 / n,
            (double)top3 / n,
            (double)triage / n,
            under,
            over,
            forbidden,
            (double)hits / Math.Max(needed, 1),
            questions.Count > 0 ? Median(questions) : null,
            questions.Count > 0 ? questions.Max() : null), misses);
    }

    private static double Median(List<int> values)
    {
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }
}

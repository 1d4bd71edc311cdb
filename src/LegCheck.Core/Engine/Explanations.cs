using LegCheck.Core.Cases;
using LegCheck.Core.Model;

namespace LegCheck.Core.Engine;

/// <summary>
/// The alarm signs a benign pattern accounts for (<see cref="Explanation"/>), and the evidence the triage rules
/// read once they are taken back.
/// <para>
/// Why this keeps "a red flag can never be outweighed": an explanation holds only while no alarm sign other than
/// those it explains is answered yes, and its tests touch no alarm sign, so answering a further sign yes can only
/// end it and bring its signs back to the rules. The ranking still counts a taken-back sign; the leading cause is
/// judged both with and without it (<see cref="AlarmSignAlerts"/>), so the sign cannot lower the level that way.
/// </para>
/// </summary>
public static class Explanations
{
    /// <summary>The alarm signs answered yes that a holding explanation takes back; empty almost always.</summary>
    public static IReadOnlyList<string> TakenBack(KnowledgeBase kb, Evidence evidence)
    {
        List<string>? taken = null;
        foreach (var e in kb.Explanations)
        {
            if (!e.Explains.Any(evidence.IsYes) || RuleEvaluator.Fire(e.All, e.AnyOf, evidence) is null || OtherAlarmSign(kb, e, evidence))
            {
                continue;
            }

            taken ??= [];
            taken.AddRange(e.Explains.Where(id => evidence.IsYes(id) && !taken.Contains(id)));
        }

        return taken ?? (IReadOnlyList<string>)[];
    }

    /// <summary>The evidence with the taken-back signs, and what only they implied, left unanswered.</summary>
    public static Evidence ForRules(Evidence evidence, IReadOnlyList<string> takenBack)
    {
        if (takenBack.Count == 0)
        {
            return evidence;
        }

        var result = evidence;
        foreach (var (fact, by) in evidence.ImpliedBy)
        {
            if (by.All(takenBack.Contains))
            {
                result = result.With(fact, FactValue.Unknown);
            }
        }

        foreach (var id in takenBack)
        {
            result = result.With(id, FactValue.Unknown);
        }

        return result;
    }

    /// <summary>The explanations holding for this evidence, for the report ("why the alarm sign did not count").</summary>
    public static IReadOnlyList<Explanation> Holding(KnowledgeBase kb, Evidence evidence) =>
        kb.Explanations.Where(e => e.Explains.Any(evidence.IsYes) && RuleEvaluator.Fire(e.All, e.AnyOf, evidence) is not null && !OtherAlarmSign(kb, e, evidence)).ToList();

    private static bool OtherAlarmSign(KnowledgeBase kb, Explanation e, Evidence evidence)
    {
        foreach (var fact in kb.Facts.Values)
        {
            if (fact.RedFlag && evidence.IsYes(fact.Id) && !e.Explains.Contains(fact.Id, StringComparer.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

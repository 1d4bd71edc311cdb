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
        var tables = RuleTables.For(kb);
        var values = evidence.SlotValues(tables.Slots);
        for (var i = 0; i < tables.Explanations.Length; i++)
        {
            if (!HoldsFor(tables, i, values, evidence))
            {
                continue;
            }

            var e = kb.Explanations[i];
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
    public static IReadOnlyList<Explanation> Holding(KnowledgeBase kb, Evidence evidence)
    {
        var tables = RuleTables.For(kb);
        var values = evidence.SlotValues(tables.Slots);
        var holding = new List<Explanation>();
        for (var i = 0; i < tables.Explanations.Length; i++)
        {
            if (HoldsFor(tables, i, values, evidence))
            {
                holding.Add(kb.Explanations[i]);
            }
        }

        return holding;
    }

    /// <summary>Explanation i holds: it explains a sign answered yes, its tests hold, and no other alarm sign is yes.</summary>
    private static bool HoldsFor(RuleTables tables, int i, FactValue[] values, Evidence evidence) =>
        AnyYes(tables.Explains[i], tables.ExplainIds[i], values, evidence) && tables.Explanations[i].Holds(values, evidence) && !OtherAlarmSign(tables, i, values);

    private static bool AnyYes(int[] slots, IReadOnlyList<string> ids, FactValue[] values, Evidence evidence)
    {
        for (var k = 0; k < slots.Length; k++)
        {
            if ((slots[k] >= 0 ? values[slots[k]] : evidence[ids[k]]).Kind == FactValueKind.Yes)
            {
                return true;
            }
        }

        return false;
    }

    private static bool OtherAlarmSign(RuleTables tables, int i, FactValue[] values)
    {
        var explains = tables.Explains[i];
        foreach (var (_, slot) in tables.RedFlags)
        {
            if (values[slot].Kind == FactValueKind.Yes && Array.IndexOf(explains, slot) < 0)
            {
                return true;
            }
        }

        return false;
    }
}

using LegCheck.Core.Cases;
using LegCheck.Core.Model;

namespace LegCheck.Testing.FreeText;

/// <summary>How one phrasing was read: what was missed and which facts were wrongly set to yes.</summary>
public sealed record PhrasingResult(Phrasing Phrasing, IReadOnlyList<string> Missed, IReadOnlyList<string> WrongYes, IReadOnlyList<string> WrongSet, Evidence Parsed)
{
    /// <summary>Every must fact has its value and no must_not fact is yes (or, for a number, set at all).</summary>
    public bool FullyRight => Missed.Count == 0 && WrongYes.Count == 0 && WrongSet.Count == 0;

    public override string ToString() =>
        $"{Phrasing}: \"{Phrasing.Text}\"\n    parsed: {Parsed}" +
        (Missed.Count > 0 ? "\n    missed: " + string.Join(", ", Missed) : "") +
        (WrongYes.Count > 0 ? "\n    wrongly yes: " + string.Join(", ", WrongYes) : "") +
        (WrongSet.Count > 0 ? "\n    wrongly set: " + string.Join(", ", WrongSet) : "");
}

/// <summary>
/// Scores a parse against a phrasing. A fact counts as wrongly yes when it is listed in must_not, when must says
/// it is no (or unknown), or when it is an alarm sign (red_flag) that must does not list.
/// Numbers match within 5% (distance conversions are approximate); locations match when the must list is a subset.
/// </summary>
public static class PhrasingScorer
{
    private const double NumberTolerance = 0.05;

    public static PhrasingResult Score(Phrasing phrasing, Evidence parsed, KnowledgeBase kb)
    {
        var missed = new List<string>();
        foreach (var (id, expected) in phrasing.Must)
        {
            if (!Matches(expected, parsed[id]))
            {
                missed.Add($"{id}={expected} (got {parsed[id]})");
            }
        }

        var wrongYes = new List<string>();
        var wrongSet = new List<string>();
        foreach (var (id, value) in parsed.Values)
        {
            var def = kb.Facts[id];
            if (def.Type == FactType.Number && phrasing.MustNot.Contains(id, StringComparer.Ordinal))
            {
                wrongSet.Add($"{id}={value}");
            }

            if (value.Kind != FactValueKind.Yes)
            {
                continue;
            }

            var mustSays = phrasing.Must.TryGetValue(id, out var expected) ? expected : null;
            if (phrasing.MustNot.Contains(id, StringComparer.Ordinal)
                || (mustSays is not null && mustSays.Kind != FactValueKind.Yes)
                || (mustSays is null && def.RedFlag))
            {
                wrongYes.Add(id);
            }
        }

        return new PhrasingResult(phrasing, missed, wrongYes, wrongSet, parsed);
    }

    private static bool Matches(FactValue expected, FactValue actual) => expected.Kind switch
    {
        FactValueKind.Number => actual.Kind == FactValueKind.Number
            && Math.Abs(actual.Number - expected.Number) <= Math.Max(0.5, NumberTolerance * expected.Number),
        FactValueKind.Choice => actual.Kind == FactValueKind.Choice && expected.Choices.All(c => actual.Choices.Contains(c, StringComparer.Ordinal)),
        _ => actual.Equals(expected),
    };
}

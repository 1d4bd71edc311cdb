using LegCheck.Core.Cases;
using LegCheck.Core.Model;

namespace LegCheck.Core.Engine;

/// <summary>Evaluates fact tests. Unknown facts never satisfy a test, so rules fire only on what was said.</summary>
public static class RuleEvaluator
{
    public static bool Holds(FactTest test, Evidence evidence)
    {
        var value = evidence[test.FactId];
        return test.Op switch
        {
            "yes" => value.Kind == FactValueKind.Yes,
            "no" => value.Kind == FactValueKind.No,
            "notyes" => value.Kind != FactValueKind.Yes,
            "has" => value.Kind == FactValueKind.Choice && value.Choices.Contains(test.Value!, StringComparer.Ordinal),
            _ => value.Kind == FactValueKind.Number && Compare(value.Number, test.Op, test.Number!.Value),
        };
    }

    /// <summary>Returns the facts that made the rule fire, or null when it does not fire.</summary>
    public static IReadOnlyList<string>? Fire(IReadOnlyList<FactTest> all, IReadOnlyList<IReadOnlyList<FactTest>> anyOf, Evidence evidence)
    {
        var facts = new List<string>();
        foreach (var test in all)
        {
            if (!Holds(test, evidence))
            {
                return null;
            }

            if (test.Op is not ("no" or "notyes"))
            {
                facts.Add(test.FactId);
            }
        }

        foreach (var group in anyOf)
        {
            var hits = group.Where(t => Holds(t, evidence)).ToList();
            if (hits.Count == 0)
            {
                return null;
            }

            facts.AddRange(hits.Where(t => t.Op is not ("no" or "notyes")).Select(t => t.FactId));
        }

        return facts.Distinct(StringComparer.Ordinal).ToList();
    }

    private static bool Compare(double x, string op, double n) => op switch
    {
        ">=" => x >= n,
        "<=" => x <= n,
        ">" => x > n,
        "<" => x < n,
        _ => Math.Abs(x - n) < 1e-9,
    };
}

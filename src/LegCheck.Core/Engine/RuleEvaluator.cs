using LegCheck.Core.Cases;
using LegCheck.Core.Model;

namespace LegCheck.Core.Engine;

/// <summary>Evaluates fact tests. Unknown facts never satisfy a test, so rules fire only on what was said.</summary>
public static class RuleEvaluator
{
    public static bool Holds(FactTest test, Evidence evidence) => Holds(test, evidence[test.FactId]);

    /// <summary>Whether the test holds for the fact's value, however it was looked up.</summary>
    internal static bool Holds(FactTest test, FactValue value)
    {
        return test.Op switch
        {
            FactTestOp.AnsweredYes => value.Kind == FactValueKind.Yes,
            FactTestOp.AnsweredNo => value.Kind == FactValueKind.No,
            FactTestOp.NotAnsweredYes => value.Kind != FactValueKind.Yes,
            FactTestOp.HasChoice => value.Kind == FactValueKind.Choice && value.Choices.Contains(test.Value!, StringComparer.Ordinal),
            _ => value.Kind == FactValueKind.Number && Compare(value.Number, test.Op, test.Number!.Value),
        };
    }

    /// <summary>Returns the facts that made the rule fire, or null when it does not fire.</summary>
    public static IReadOnlyList<string>? Fire(IReadOnlyList<FactTest> all, IReadOnlyList<IReadOnlyList<FactTest>> anyOf, Evidence evidence)
    {
        // Most rules do not fire: decide first without allocating, then collect the facts.
        foreach (var test in all)
        {
            if (!Holds(test, evidence))
            {
                return null;
            }
        }

        foreach (var group in anyOf)
        {
            if (!AnyHolds(group, evidence))
            {
                return null;
            }
        }

        var facts = new List<string>();
        foreach (var test in all.Concat(anyOf.SelectMany(g => g)))
        {
            if (!test.IsNegative && !facts.Contains(test.FactId) && Holds(test, evidence))
            {
                facts.Add(test.FactId);
            }
        }

        return facts;
    }

    private static bool AnyHolds(IReadOnlyList<FactTest> group, Evidence evidence)
    {
        foreach (var test in group)
        {
            if (Holds(test, evidence))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Compare(double x, FactTestOp op, double n) => op switch
    {
        FactTestOp.AtLeast => x >= n,
        FactTestOp.AtMost => x <= n,
        FactTestOp.MoreThan => x > n,
        FactTestOp.LessThan => x < n,
        FactTestOp.EqualTo => Math.Abs(x - n) < 1e-9,
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "not a number comparison"),
    };
}

using LegCheck.Core.Cases;
using LegCheck.Core.Engine;
using LegCheck.Core.Model;

namespace LegCheck.Testing;

/// <summary>A runner for whom answering an alarm sign "yes" lowered the triage.</summary>
public sealed record MonotonicityViolation(string Flag, string Before, TriageLevel From, TriageLevel To, bool ClosedWorld, Evidence Runner)
{
    public override string ToString() =>
        $"{Flag} from {Before} to yes lowered triage {From} -> {To} (closed world {ClosedWorld}) for: {Runner}";
}

/// <summary>
/// The safety property that a red flag can never lower triage, checked for one runner: every alarm sign,
/// from every earlier answer, in the open and the closed world.
/// </summary>
public static class MonotonicityCheck
{
    public static MonotonicityViolation? Find(Assessor assessor, IEnumerable<string> flags, Evidence runner)
    {
        foreach (var closed in new[] { false, true })
        {
            var options = AssessOptions.Default with { ClosedWorld = closed };
            foreach (var flag in flags)
            {
                if (runner.IsYes(flag))
                {
                    continue;
                }

                var after = assessor.Assess(runner.With(flag, FactValue.Yes), options).Triage.Level;
                foreach (var earlier in RunnerGenerator.EarlierAnswers)
                {
                    var before = earlier is null ? runner.Without(flag) : runner.With(flag, earlier);
                    var from = assessor.Assess(before, options).Triage.Level;
                    if (after < from)
                    {
                        return new MonotonicityViolation(flag, earlier?.ToString() ?? "not given", from, after, closed, before);
                    }
                }
            }
        }

        return null;
    }
}

using LegCheck.Core.Cases;
using LegCheck.Core.Engine;
using LegCheck.Core.Model;

namespace LegCheck.Testing;

/// <summary>A runner for whom answering one or more alarm signs "yes" lowered the triage.</summary>
public sealed record MonotonicityViolation(string Flag, string Before, TriageLevel From, TriageLevel To, bool ClosedWorld, Evidence Runner)
{
    public override string ToString() =>
        $"{Flag} from {Before} to yes lowered triage {From} -> {To} (closed world {ClosedWorld}) for: {Runner}";
}

/// <summary>
/// What checking one runner found: how many before/after pairs were compared, how many of them started below
/// the top level (only those could fail), how many failed, and the first failure.
/// </summary>
public sealed record MonotonicityOutcome(int Checks, int Informative, int Violations, MonotonicityViolation? First);

/// <summary>
/// The safety property that a red flag can never lower triage, checked for one runner: every alarm sign, from
/// every earlier answer (not given, no, don't know), in the open and the closed world; and, when asked, a few
/// random sets of alarm signs answered yes at once, each sign from its own earlier answer.
/// </summary>
public sealed class MonotonicityCheck(Assessor assessor, IReadOnlyList<string> flags)
{
    private static readonly AssessOptions Open = AssessOptions.Default;
    private static readonly AssessOptions Closed = AssessOptions.Default with { ClosedWorld = true };

    public IReadOnlyList<string> Flags => flags;

    /// <summary>The first violation for this runner, single signs only; what the property tests ask.</summary>
    public static MonotonicityViolation? Find(Assessor assessor, IReadOnlyList<string> flags, Evidence runner) =>
        new MonotonicityCheck(assessor, flags).Check(runner, combinations: 0, random: null).First;

    /// <summary>
    /// The triage level <see cref="Assessor.Assess"/> would give, without building the plan: the same rules and
    /// condition verdict (<see cref="Triage.Level"/>), so the large runs stay affordable.
    /// </summary>
    public TriageLevel Level(Evidence runner, bool closedWorld)
    {
        var prepared = assessor.Prepare(runner, closedWorld ? Closed : Open);
        return Triage.Level(assessor.Model, prepared, assessor.Model.Observe(prepared));
    }

    public MonotonicityOutcome Check(Evidence runner, int combinations, Random? random)
    {
        var checks = 0;
        var informative = 0;
        var violations = 0;
        MonotonicityViolation? first = null;
        void Compare(TriageLevel from, TriageLevel to, string flag, string before, bool closed, Evidence state)
        {
            checks++;
            informative += from < TriageLevel.EmergencyAmbulance ? 1 : 0;
            if (to < from)
            {
                violations++;
                first ??= new MonotonicityViolation(flag, before, from, to, closed, state);
            }
        }

        foreach (var closed in new[] { false, true })
        {
            var asDrawn = Level(runner, closed);
            var open = flags.Where(f => !runner.IsYes(f)).ToList();
            foreach (var flag in open)
            {
                var after = Level(runner.With(flag, FactValue.Yes), closed);
                foreach (var earlier in RunnerGenerator.EarlierAnswers)
                {
                    var before = earlier is null ? runner.Without(flag) : runner.With(flag, earlier);
                    var same = runner.Values.TryGetValue(flag, out var drawn) ? earlier is not null && drawn.Kind == earlier.Kind : earlier is null;
                    Compare(same ? asDrawn : Level(before, closed), after, flag, earlier?.ToString() ?? "not given", closed, before);
                }
            }

            for (var i = 0; i < combinations && random is not null && open.Count >= 2; i++)
            {
                var set = open.OrderBy(_ => random.Next()).Take(random.Next(2, Math.Min(4, open.Count) + 1)).ToList();
                var before = runner;
                var after = runner;
                foreach (var flag in set)
                {
                    var earlier = RunnerGenerator.EarlierAnswers[random.Next(RunnerGenerator.EarlierAnswers.Count)];
                    before = earlier is null ? before.Without(flag) : before.With(flag, earlier);
                    after = after.With(flag, FactValue.Yes);
                }

                Compare(Level(before, closed), Level(after, closed), string.Join("+", set), "mixed earlier answers", closed, before);
            }
        }

        return new MonotonicityOutcome(checks, informative, violations, first);
    }
}

using LegCheck.Core.Cases;
using LegCheck.Core.Model;

namespace LegCheck.Testing;

/// <summary>
/// Random runners for safety properties. Every yes/no fact is drawn on its own, so a fact late in the
/// vocabulary is as likely to be yes as an early one; each runner has its own rates, so some report one
/// or two facts and others a dozen, and every alarm sign is yes in a fair share of runners.
/// </summary>
public sealed class RunnerGenerator(KnowledgeBase kb)
{
    private readonly string[] _boolFacts = kb.Facts.Values.Where(f => f.Type == FactType.Bool).Select(f => f.Id).ToArray();
    private readonly string[] _locations = kb.Facts["location"].Values.ToArray();

    public IReadOnlyList<string> RedFlagFacts { get; } =
        kb.Facts.Values.Where(f => f.RedFlag).Select(f => f.Id).Order(StringComparer.Ordinal).ToArray();

    public Evidence Draw(Random random)
    {
        var yesRate = 0.01 + (random.NextDouble() * 0.09);
        var noRate = random.NextDouble() * 0.3;
        var unknownRate = random.NextDouble() * 0.05;
        var e = Evidence.Empty;
        foreach (var id in _boolFacts)
        {
            var roll = random.NextDouble();
            if (roll < yesRate)
            {
                e = e.With(id, FactValue.Yes);
            }
            else if (roll < yesRate + noRate)
            {
                e = e.With(id, FactValue.No);
            }
            else if (roll < yesRate + noRate + unknownRate)
            {
                e = e.With(id, FactValue.Unknown);
            }
        }

        var locations = _locations.Where(_ => random.NextDouble() < 0.12).ToList();
        if (locations.Count > 0)
        {
            e = e.With("location", FactValue.Of(locations));
        }

        e = random.Next(3) switch
        {
            0 => e.With("side", FactValue.Of(["one"])),
            1 => e.With("side", FactValue.Of(["both"])),
            _ => e,
        };
        e = MaybeNumber(e, random, "age", 12, 90);
        e = MaybeNumber(e, random, "run_minutes", 0, 400);
        e = MaybeNumber(e, random, "episode_minutes", 0, 120);
        e = MaybeNumber(e, random, "resolves_minutes_after_stopping", 0, 90);
        e = MaybeNumber(e, random, "onset_minutes_into_run", 0, 120);
        return MaybeNumber(e, random, "mileage_increase_pct", -50, 100);
    }

    private static Evidence MaybeNumber(Evidence e, Random random, string id, int min, int max) =>
        random.NextDouble() < 0.5 ? e.With(id, FactValue.Of(random.Next(min, max + 1))) : e;

    /// <summary>The ways a fact can stand before it is answered yes: not given, answered no, or "don't know".</summary>
    public static IReadOnlyList<FactValue?> EarlierAnswers { get; } = [null, FactValue.No, FactValue.Unknown];
}

using LegCheck.Core.Cases;
using LegCheck.Core.Model;

namespace LegCheck.Testing;

/// <summary>
/// Random runners who have an answer for every question the interview could ask: every fact of the knowledge
/// base is given, by its type, so a fact added later is covered without touching this. Yes/no facts as in
/// <see cref="RunnerGenerator"/> (each runner its own rates, every fact drawn on its own) but never left out: the
/// rest are "no", as the runner would answer if asked. A choice takes each value equally often; a body map ticks
/// each place on its own; a number falls in each band equally often, anywhere within it; any of these may be "don't
/// know". With every fact given, <c>assess</c> on the runner and the answers to every question read the same, so
/// an interview compared with <c>assess</c> is judged on what it asked, not on how an unmentioned fact is read.
/// </summary>
public sealed class WholeRunnerGenerator(KnowledgeBase kb)
{
    private readonly FactDef[] _facts = kb.Facts.Values.OrderBy(f => f.Id, StringComparer.Ordinal).ToArray();

    /// <summary>The share of runners who answer a choice, a number or the body map "don't know".</summary>
    public const double DontKnow = 0.1;

    /// <summary>The chance a body map ticks any one place.</summary>
    public const double PlaceTicked = 0.12;

    public Evidence Draw(Random random)
    {
        var yesRate = 0.01 + (random.NextDouble() * 0.09);
        var unknownRate = random.NextDouble() * 0.05;
        var e = Evidence.Empty;
        foreach (var fact in _facts)
        {
            if (fact.Type == FactType.Bool)
            {
                var roll = random.NextDouble();
                e = e.With(fact.Id, roll < yesRate ? FactValue.Yes : roll < yesRate + unknownRate ? FactValue.Unknown : FactValue.No);
                continue;
            }

            if (random.NextDouble() < DontKnow)
            {
                e = e.With(fact.Id, FactValue.Unknown);
                continue;
            }

            e = e.With(fact.Id, fact.Type switch
            {
                FactType.Number => FactValue.Of(InBand(fact, random.Next(fact.Bands.Count), random)),
                FactType.MultiChoice => FactValue.Of(fact.Values.Where(_ => random.NextDouble() < PlaceTicked).ToList()),
                _ => FactValue.Of([fact.Values[random.Next(fact.Values.Count)]]),
            });
        }

        return e;
    }

    /// <summary>
    /// A whole number anywhere in band b: above the band before, up to its bound; the open band runs to three times
    /// its start (a six-hour marathon), within the fact's range.
    /// </summary>
    public static double InBand(FactDef fact, int b, Random random)
    {
        var low = b == 0 ? fact.Min ?? 0 : Math.Floor(fact.Bands[b - 1].Max!.Value) + 1;
        var high = fact.Bands[b].Max is { } max ? Math.Floor(max) : Math.Min(fact.Max ?? double.MaxValue, (3 * low) + 30);
        return low + random.Next((int)(high - low) + 1);
    }
}

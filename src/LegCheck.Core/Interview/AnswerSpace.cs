using System.Runtime.CompilerServices;
using LegCheck.Core.Cases;
using LegCheck.Core.Engine;
using LegCheck.Core.Model;

namespace LegCheck.Core.Interview;

/// <summary>
/// Every answer a fact could still be given, as the scores it would add for each condition, and how likely
/// each answer is under each condition. Built once per model, so that weighing a question is arithmetic.
/// </summary>
internal sealed class AnswerSpace
{
    private static readonly ConditionalWeakTable<CompiledModel, AnswerSpace> Cache = new();

    public static AnswerSpace For(CompiledModel model) => Cache.GetValue(model, m => new AnswerSpace(m));

    private AnswerSpace(CompiledModel model)
    {
        var kb = model.Kb;
        var n = model.ConditionCount;
        var weight = kb.EvidenceWeight;
        foreach (var fact in kb.Facts.Values)
        {
            var parts = new List<AnswerPart>();
            switch (fact.Type)
            {
                case FactType.Bool:
                {
                    var yes = model.Observe(Evidence.Empty.With(fact.Id, FactValue.Yes))[0];
                    var no = yes with { IsYes = false };
                    parts.Add(new AnswerPart(
                        [Scaled(model.Row(yes), weight), Scaled(model.Row(no), weight)],
                        [Chances(model, yes), Chances(model, no)]));
                    break;
                }

                case FactType.MultiChoice:
                {
                    var all = model.Observe(Evidence.Empty.With(fact.Id, FactValue.Of(fact.Values)));
                    foreach (var yes in all)
                    {
                        var no = yes with { IsYes = false };
                        parts.Add(new AnswerPart(
                            [Scaled(model.Row(yes), weight), Scaled(model.Row(no), weight)],
                            [Chances(model, yes), Chances(model, no)]));
                    }

                    break;
                }

                default:
                {
                    var values = fact.Type == FactType.Number
                        ? Representatives(fact).Select(FactValue.Of).ToList()
                        : fact.Values.Select(v => FactValue.Of([v])).ToList();
                    var observed = values.Select(v => model.Observe(Evidence.Empty.With(fact.Id, v))[0]).ToList();
                    parts.Add(new AnswerPart(
                        observed.Select(o => Scaled(model.Row(o), weight)).ToArray(),
                        observed.Select(o => Chances(model, o)).ToArray()));
                    break;
                }
            }

            var unanswered = new double[n];
            if (fact.Type == FactType.Bool)
            {
                // Under the closed world an unanswered yes/no fact already reads a (weaker) "no".
                var cw = kb.ClosedWorldWeight;
                for (var c = 0; c < n; c++)
                {
                    unanswered[c] = cw * parts[0].Rows[1][c];
                }
            }

            _facts[fact.Id] = new FactAnswers(fact, parts, unanswered, model.IsRedFlagFact(fact.Id));
        }
    }

    private readonly Dictionary<string, FactAnswers> _facts = new(StringComparer.Ordinal);

    public FactAnswers this[string factId] => _facts[factId];

    /// <summary>A number per band: its middle, or past the last bound for the open-ended band.</summary>
    public static IEnumerable<double> Representatives(FactDef fact)
    {
        double? previous = null;
        foreach (var band in fact.Bands)
        {
            yield return band.Max is { } max ? (previous is { } p ? (p + max) / 2 : max) : (previous ?? 0) * 1.5 + 10;
            previous = band.Max;
        }
    }

    private static double[] Scaled(ReadOnlySpan<double> row, double weight)
    {
        var r = new double[row.Length];
        for (var i = 0; i < r.Length; i++)
        {
            r[i] = weight * row[i];
        }

        return r;
    }

    private static double[] Chances(CompiledModel model, Observation o)
    {
        var p = new double[model.ConditionCount];
        for (var c = 0; c < p.Length; c++)
        {
            p[c] = model.Likelihood(c, o);
        }

        return p;
    }
}

/// <summary>
/// One part of an answer: a yes/no fact has one, a body map one per place (each ticked or not), a number or
/// a choice one whose alternatives are its bands or values. <see cref="Rows"/> are the scores each
/// alternative adds; <see cref="Chances"/> its probability under each condition.
/// </summary>
internal sealed record AnswerPart(double[][] Rows, double[][] Chances);

/// <summary>The answers of one fact, and what it contributes while unanswered (a weak "no" for a yes/no fact).</summary>
internal sealed record FactAnswers(FactDef Fact, IReadOnlyList<AnswerPart> Parts, double[] Unanswered, bool RedFlag);

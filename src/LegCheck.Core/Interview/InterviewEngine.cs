using LegCheck.Core.Cases;
using LegCheck.Core.Engine;
using LegCheck.Core.Model;

namespace LegCheck.Core.Interview;

/// <summary>Options for the interview; immutable, tweak with <c>with</c>.</summary>
public sealed record InterviewOptions
{
    public static InterviewOptions Default { get; } = new();

    /// <summary>Hard ceiling on questions, whatever remains uncertain.</summary>
    public int MaxQuestions { get; init; } = 25;

    /// <summary>The top cause counts as stable when no remaining question has this much chance of changing it.</summary>
    public double StableFlipChance { get; init; } = 0.1;

    /// <summary>The leading cause must reach this probability before the interview may stop (unless nothing informative is left).</summary>
    public double MinTopProbability { get; init; } = 0.75;

    /// <summary>Below this expected information gain (bits) a question is not worth the runner's time.</summary>
    public double MinGain { get; init; } = 0.02;
}

/// <summary>The question to ask next and why.</summary>
public sealed record NextQuestion(Question Question, string Rationale, double InformationGain, bool SafetyCritical)
{
    /// <summary>
    /// The options still open: for a tick-list, only the facts not yet answered (from the free text or the
    /// diary), so nothing already known is asked again. Set by <see cref="InterviewEngine.Next"/>.
    /// </summary>
    public IReadOnlyList<QuestionOption> Options { get; init; } = Question.Options;
}

/// <summary>
/// One step of the interview: either the next question, or <see cref="ShouldStop"/> with the reason.
/// The assessment is always the current one, so a client can show a live preview.
/// </summary>
public sealed record InterviewStep(bool ShouldStop, NextQuestion? Next, Assessment Assessment, int QuestionsAsked, string Reason);

/// <summary>
/// Chooses questions as a careful clinician would: the opening questions first, then any question whose
/// answer could still raise the urgency, then the one with the largest expected information gain over the
/// causes. It stops when no single answer could change the triage level and the leading cause is stable.
/// Pure and stateless: everything it knows is in the evidence passed in.
/// </summary>
public sealed class InterviewEngine(Assessor assessor, InterviewOptions? options = null)
{
    private readonly InterviewOptions _options = options ?? InterviewOptions.Default;

    public KnowledgeBase Kb => assessor.Kb;

    /// <summary>The options of a question that are not answered yet; a tick-list drops facts already known.</summary>
    public static IReadOnlyList<QuestionOption> OpenOptions(Question q, Evidence evidence) =>
        q.Type == QuestionType.MultiChoice && q.SetsFacts.Count > 1
            ? q.Options.Where(o => !evidence.Has(o.Value)).ToList()
            : q.Options;

    /// <summary>A question is answered once every fact it sets has a value, "don't know" included.</summary>
    public bool IsAnswered(Question q, Evidence evidence) => q.SetsFacts.All(evidence.Has);

    public int CountAsked(Evidence evidence) => Kb.Questions.Count(q => IsAnswered(q, evidence));

    public InterviewStep Next(Evidence evidence)
    {
        var assessment = assessor.Assess(evidence);
        var asked = CountAsked(evidence);
        var remaining = Kb.Questions.Where(q => !IsAnswered(q, evidence)).ToList();
        if (remaining.Count == 0)
        {
            return Stop("every question has been answered");
        }

        if (asked >= _options.MaxQuestions)
        {
            return Stop($"reached the limit of {_options.MaxQuestions} questions");
        }

        var start = remaining.FirstOrDefault(q => q.IsStart);
        if (start is not null)
        {
            return Ask(new NextQuestion(start, start.Why, 0, false));
        }

        var model = assessor.Model;
        var prepared = assessor.Prepare(evidence);
        var observations = model.Observe(prepared);
        var scores = Inference.Scores(model, observations);
        var posterior = Inference.Posterior(scores);
        var level = Triage.Level(model, prepared, observations, scores);
        var top = ArgMax(posterior);
        var entropy = Entropy(posterior);

        NextQuestion? bestSafety = null, bestChanger = null, bestGain = null;
        var maxFlip = 0.0;
        foreach (var q in remaining)
        {
            var sim = Simulate(q, evidence, posterior, scores, observations, level, top, entropy);
            maxFlip = Math.Max(maxFlip, sim.FlipChance);
            if (sim.RaisesLevel && (bestSafety is null || sim.Gain > bestSafety.InformationGain))
            {
                bestSafety = new NextQuestion(q, q.Why + " We ask this before finishing because the answer could make this more urgent.", sim.Gain, true);
            }

            if (sim.ChangesLevel && (bestChanger is null || sim.Gain > bestChanger.InformationGain))
            {
                bestChanger = new NextQuestion(q, q.Why + " The answer could change how urgent this is.", sim.Gain, false);
            }

            if (bestGain is null || sim.Gain > bestGain.InformationGain)
            {
                bestGain = new NextQuestion(q, q.Why, sim.Gain, false);
            }
        }

        if (bestSafety is not null)
        {
            return Ask(bestSafety);
        }

        if (bestChanger is not null)
        {
            return Ask(bestChanger);
        }

        var stable = maxFlip < _options.StableFlipChance && posterior[top] >= _options.MinTopProbability;
        if (stable)
        {
            // Settled: ask what the leading cause's plan depends on, then stop.
            var plan = Kb.Conditions[top].PlanQuestions
                .Select(id => remaining.Find(q => q.Id == id))
                .FirstOrDefault(q => q is not null);
            return plan is null
                ? Stop("no single answer could change the urgency, and the leading cause is stable")
                : Ask(new NextQuestion(plan, plan.Why + " The answer shapes your plan.", 0, false));
        }

        if (bestGain is null || bestGain.InformationGain < _options.MinGain)
        {
            return Stop("no remaining question is informative enough to be worth asking");
        }

        return Ask(bestGain);

        InterviewStep Stop(string reason) => new(true, null, assessment, asked, reason);
        InterviewStep Ask(NextQuestion next) => new(false, next with { Options = OpenOptions(next.Question, evidence) }, assessment, asked, "");
    }

    private readonly record struct Simulation(double Gain, bool ChangesLevel, bool RaisesLevel, double FlipChance);

    /// <summary>Tries each plausible answer: its chance under the current posterior, the posterior it leads to, and the triage it sets.</summary>
    private Simulation Simulate(Question q, Evidence evidence, double[] posterior, double[] scores, IReadOnlyList<Observation> observations, TriageLevel level, int top, double entropy)
    {
        var model = assessor.Model;
        var n = posterior.Length;
        var weight = model.Kb.EvidenceWeight;
        var alternatives = Alternatives(q);
        var weights = new double[alternatives.Count];
        var outcomes = new (double Entropy, TriageLevel Level, int Top)[alternatives.Count];
        var altScores = new double[n];
        for (var i = 0; i < alternatives.Count; i++)
        {
            // The answer alone: its chance under the current posterior, and the scores it adds.
            var localObs = model.Observe(assessor.Prepare(alternatives[i](Evidence.Empty)));
            var p = 0.0;
            for (var c = 0; c < n; c++)
            {
                var l = 1.0;
                foreach (var o in localObs)
                {
                    l *= model.Likelihood(c, o);
                }

                p += posterior[c] * l;
            }

            weights[i] = p;
            Array.Copy(scores, altScores, n);
            foreach (var o in localObs)
            {
                var row = model.Row(o);
                for (var c = 0; c < n; c++)
                {
                    altScores[c] += weight * row[c];
                }
            }

            var post = Inference.Posterior(altScores);
            var next = assessor.Prepare(alternatives[i](evidence));
            outcomes[i] = (Entropy(post), Triage.Level(model, next, [.. observations, .. localObs], altScores), ArgMax(post));
        }

        var total = weights.Sum();
        double gain = entropy, flip = 0;
        bool changes = false, raises = false;
        for (var i = 0; i < alternatives.Count; i++)
        {
            var w = total > 0 ? weights[i] / total : 1.0 / alternatives.Count;
            gain -= w * outcomes[i].Entropy;
            changes |= outcomes[i].Level != level;
            raises |= outcomes[i].Level > level;
            if (outcomes[i].Top != top)
            {
                flip += w;
            }
        }

        return new Simulation(Math.Max(0, gain), changes, raises, flip);
    }

    /// <summary>Representative answers: yes/no; for a tick-list, none and each single tick; each choice; a value from each number band.</summary>
    private List<Func<Evidence, Evidence>> Alternatives(Question q)
    {
        var list = new List<Func<Evidence, Evidence>>();
        var first = Kb.Facts[q.SetsFacts[0]];
        switch (q.Type)
        {
            case QuestionType.YesNo:
                list.Add(e => e.With(first.Id, FactValue.Yes));
                list.Add(e => e.With(first.Id, FactValue.No));
                break;
            case QuestionType.MultiChoice when q.SetsFacts.Count > 1:
                list.Add(e => q.SetsFacts.Aggregate(e, (acc, f) => acc.With(f, FactValue.No)));
                foreach (var yes in q.SetsFacts)
                {
                    list.Add(e => q.SetsFacts.Aggregate(e, (acc, f) => acc.With(f, FactValue.Of(f == yes))));
                }

                break;
            case QuestionType.Number:
                double? previous = null;
                foreach (var band in first.Bands)
                {
                    var value = band.Max is { } max ? (previous is { } p ? (p + max) / 2 : max) : (previous ?? 0) * 1.5 + 10;
                    list.Add(e => e.With(first.Id, FactValue.Of(value)));
                    previous = band.Max;
                }

                break;
            default:
                foreach (var v in first.Values)
                {
                    list.Add(e => e.With(first.Id, FactValue.Of([v])));
                }

                break;
        }

        return list;
    }

    private static int ArgMax(double[] p)
    {
        var best = 0;
        for (var i = 1; i < p.Length; i++)
        {
            if (p[i] > p[best])
            {
                best = i;
            }
        }

        return best;
    }

    private static double Entropy(double[] p)
    {
        var h = 0.0;
        foreach (var x in p)
        {
            if (x > 1e-12)
            {
                h -= x * Math.Log2(x);
            }
        }

        return h;
    }
}

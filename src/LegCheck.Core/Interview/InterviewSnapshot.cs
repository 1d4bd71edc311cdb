using LegCheck.Core.Cases;
using LegCheck.Core.Engine;
using LegCheck.Core.Model;

namespace LegCheck.Core.Interview;

/// <summary>
/// Where an interview stands, computed once per step: the result as it would be if the interview ended now
/// (the closed world, exactly as <c>assess</c> reads a case file: a yes/no fact nobody asked about reads "no"),
/// what is actually believed (the open world, for predicting answers), and the facts still open.
/// </summary>
internal sealed class InterviewSnapshot
{
    public InterviewSnapshot(Assessor assessor, Evidence evidence, EmergencyRegion? region)
    {
        Model = assessor.Model;
        Space = AnswerSpace.For(Model);
        Evidence = evidence;
        Closed = assessor.Prepare(evidence, AssessOptions.Default with { ClosedWorld = true });
        ClosedObservations = Model.Observe(Closed);
        ClosedScores = Inference.Scores(Model, ClosedObservations);
        Assessment = assessor.Assess(Closed, ClosedObservations, ClosedScores, region);
        Level = Assessment.Triage.Level;

        var open = assessor.Prepare(evidence);
        OpenScores = Inference.Scores(Model, Model.Observe(open));
        OpenPosterior = Inference.Posterior(OpenScores);

        var n = Model.ConditionCount;
        foreach (var fact in Model.Kb.Facts.Values)
        {
            if (evidence.Has(fact.Id))
            {
                continue;
            }

            var answers = Space[fact.Id];
            var implied = Closed.ImpliedBy.ContainsKey(fact.Id);
            var closedNow = implied ? answers.Parts[0].Rows[0] : answers.Unanswered;
            var openNow = implied ? answers.Parts[0].Rows[0] : new double[n];
            OpenFacts.Add(new OpenFact(answers, closedNow, openNow));
            _open.Add(fact.Id);
        }
    }

    public CompiledModel Model { get; }

    public AnswerSpace Space { get; }

    public Evidence Evidence { get; }

    /// <summary>The evidence as the final result reads it: implications added, the world closed.</summary>
    public Evidence Closed { get; }

    public IReadOnlyList<Observation> ClosedObservations { get; }

    public double[] ClosedScores { get; }

    /// <summary>The result if the interview ended now; the preview shows exactly this.</summary>
    public Assessment Assessment { get; }

    public TriageLevel Level { get; }

    /// <summary>The posterior over what was actually said, which predicts how the runner will answer.</summary>
    public double[] OpenPosterior { get; }

    public double[] OpenScores { get; }

    public List<OpenFact> OpenFacts { get; } = [];

    private readonly HashSet<string> _open = new(StringComparer.Ordinal);

    /// <summary>Not answered yet, not even with "don't know".</summary>
    public bool IsOpen(string factId) => _open.Contains(factId);
}

/// <summary>A fact still to be asked: its answers, and what it adds now in the closed and the open world.</summary>
internal sealed record OpenFact(FactAnswers Answers, double[] ClosedNow, double[] OpenNow)
{
    public string Id => Answers.Fact.Id;
}

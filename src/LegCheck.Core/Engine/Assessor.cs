using LegCheck.Core.Cases;
using LegCheck.Core.Loading;
using LegCheck.Core.Model;

namespace LegCheck.Core.Engine;

/// <summary>Options for one assessment; immutable, tweak with <c>with</c>.</summary>
public sealed record AssessOptions
{
    public static AssessOptions Default { get; } = new();

    /// <summary>Treat unmentioned yes/no facts as "no", as case files do. An interview in progress leaves them unknown.</summary>
    public bool ClosedWorld { get; init; }

    /// <summary>Where the runner is, for the numbers to call; null lists the common emergency numbers.</summary>
    public EmergencyRegion? Region { get; init; }
}

/// <summary>
/// The engine's entry point: ranks causes, decides the triage, builds the plan. Thread-safe and
/// reusable; build one per knowledge base.
/// </summary>
public sealed class Assessor(KnowledgeBase kb)
{
    private static readonly Lazy<Assessor> Shared = new(() => new Assessor(KnowledgeLoader.Default));

    /// <summary>An assessor over the embedded knowledge base.</summary>
    public static Assessor Default => Shared.Value;

    public CompiledModel Model { get; } = new(kb);

    public KnowledgeBase Kb => Model.Kb;

    /// <summary>The evidence as the engine reads it: implications added and, if asked, the closed world applied.</summary>
    public Evidence Prepare(Evidence evidence, AssessOptions? options = null)
    {
        evidence = evidence.WithImplications(Kb);
        return (options ?? AssessOptions.Default).ClosedWorld ? evidence.CloseWorld(Kb) : evidence;
    }

    public Assessment Assess(Evidence evidence, AssessOptions? options = null)
    {
        evidence = Prepare(evidence, options);
        var observations = Model.Observe(evidence);
        return Assess(evidence, observations, Inference.Scores(Model, observations), options?.Region);
    }

    /// <summary>The assessment of evidence already prepared, with its observations and scores (the interview has them).</summary>
    internal Assessment Assess(Evidence evidence, IReadOnlyList<Observation> observations, double[] scores, EmergencyRegion? region)
    {
        var posterior = Inference.Posterior(scores);
        var ranked = Inference.Rank(Model, observations, posterior);
        var triage = Triage.Decide(Model, evidence, observations, ranked, scores);
        var (plan, suppressed) = Planner.Build(Kb, evidence, ranked, triage);
        return new Assessment(ranked, triage, plan, suppressed) { Call = EmergencyNumbers.For(triage.Level, region) };
    }
}

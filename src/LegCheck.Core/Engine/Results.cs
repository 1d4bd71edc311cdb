using LegCheck.Core.Model;

namespace LegCheck.Core.Engine;

/// <summary>How much one reported fact moved a condition, as a log likelihood ratio (positive raised it).</summary>
public sealed record Contribution(string FactId, string? Value, string Label, double LogRatio);

/// <summary>
/// A condition with its probability, a plain-words band, and the facts that raised and lowered it.
/// Bands: likely from 40%, possible from 10%, otherwise unlikely.
/// </summary>
public sealed record RankedCondition(
    Condition Condition,
    double Probability,
    IReadOnlyList<Contribution> Raised,
    IReadOnlyList<Contribution> Lowered)
{
    public string Band => Probability >= 0.4 ? "likely" : Probability >= 0.1 ? "possible" : "unlikely";
}

/// <summary>
/// Why the triage is what it is, in plain words with its sources: a rule that fired, or the condition that
/// set the level (named, even when it is not the most probable cause).
/// </summary>
public sealed record TriageReason(string Text, IReadOnlyList<SourceRef> Sources, Condition? Condition, TriageRule? Rule);

/// <summary>A triage rule that fired, with the facts that made it fire.</summary>
public sealed record FiredRule(TriageRule Rule, IReadOnlyList<string> Facts);

/// <summary>
/// The urgency and why: the rules that fired, and the conditions whose probability passed their alert threshold.
/// </summary>
public sealed record TriageResult(
    TriageLevel Level,
    IReadOnlyList<FiredRule> Fired,
    IReadOnlyList<RankedCondition> Driving)
{
    /// <summary>What set the level; its condition decides whom to see.</summary>
    public TriageReason Reason { get; init; } = new("", [], null, null);

    /// <summary>Ids of the causes being checked for, shown as "needs checking" rather than by their probability band.</summary>
    public IReadOnlySet<string> NeedsChecking { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Care within 24 hours that is needed today: a suspected clot, or symptoms worsening by the hour.</summary>
    public bool SameDay { get; init; }

    /// <summary>Benign patterns that took an alarm sign back from the rules (a pale foot in Raynaud's that passes on warming).</summary>
    public IReadOnlyList<Explanation> Explained { get; init; } = [];

    /// <summary>The urgency in words, as every face shows it.</summary>
    public string Describe() => SameDay ? "see a doctor today" : Planner.Describe(Level);

    /// <summary>Fact ids that raised the level on their own or in a combination, for the contract's red_flags.</summary>
    public IReadOnlyList<string> RedFlagFacts =>
        Fired.Where(f => f.Rule.IsRedFlag).SelectMany(f => f.Facts).Distinct(StringComparer.Ordinal).ToList();
}

/// <summary>One reason for a plan step, with the sources that carry it.</summary>
public sealed record PlanReason(string Text, IReadOnlyList<SourceRef> Sources);

/// <summary>One step of the plan and every reason it is there, each with its sources.</summary>
public sealed record PlanStep(AdviceItem Advice, IReadOnlyList<PlanReason> Reasons)
{
    /// <summary>The reasons in one line, for compact faces.</summary>
    public string Reason => string.Join("; ", Reasons.Select(r => r.Text));
}

/// <summary>Advice held back because it could harm with a condition that is still plausible.</summary>
public sealed record SuppressedAdvice(string AdviceId, string Reason);

/// <summary>The whole answer for one runner: ranked causes, triage, plan.</summary>
public sealed record Assessment(
    IReadOnlyList<RankedCondition> Conditions,
    TriageResult Triage,
    IReadOnlyList<PlanStep> Plan,
    IReadOnlyList<SuppressedAdvice> Suppressed)
{
    /// <summary>The band to show: a cause being checked for says so, whatever its probability.</summary>
    public string BandOf(RankedCondition rc) =>
        Triage.NeedsChecking.Contains(rc.Condition.Id) && rc.Probability < 0.4 ? "needs checking" : rc.Band;

    /// <summary>A full result lists the leader, every cause being checked for, and any other cause from this probability.</summary>
    public const double ListCauseFrom = 0.02;

    /// <summary>How many causes a full result lists at most; causes being checked for are never crowded out.</summary>
    public const int ListCount = 6;

    /// <summary>
    /// The causes a full result lists, in rank order, the one rule every face (terminal, web page, API explanation,
    /// clinician summary) renders: the leader, every cause being checked for, then any other from
    /// <see cref="ListCauseFrom"/>, at most <see cref="ListCount"/>. Its band words come from <see cref="BandOf"/>.
    /// </summary>
    public IReadOnlyList<RankedCondition> ListedCauses
    {
        get
        {
            return Pick(c => c.Probability >= ListCauseFrom, ListCount);
        }
    }

    /// <summary>
    /// Picks, in rank order, up to <paramref name="count"/> causes: those being checked for first in the choice, then
    /// the leader and the others that <paramref name="shown"/> admits. Compared by reference: a ranked condition is one
    /// object per cause, and its record equality would hash the whole condition on every comparison.
    /// </summary>
    private List<RankedCondition> Pick(Func<RankedCondition, bool> shown, int count)
    {
        var picked = new HashSet<RankedCondition>(ReferenceEqualityComparer.Instance);
        foreach (var c in Conditions)
        {
            if (picked.Count < count && IsBeingCheckedFor(c))
            {
                picked.Add(c);
            }
        }

        for (var i = 0; i < Conditions.Count && picked.Count < count; i++)
        {
            if (i == 0 || shown(Conditions[i]))
            {
                picked.Add(Conditions[i]);
            }
        }

        return Conditions.Where(picked.Contains).ToList();
    }

    /// <summary>
    /// A probability in words, floored as the contract JSON floors it; naive Bayes is overconfident at the extremes,
    /// so a result never claims certainty or impossibility.
    /// </summary>
    public static string PercentOf(double probability) => probability switch
    {
        > 0.99 => "over 99%",
        < 0.01 => "under 1%",
        _ => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Math.Floor(probability * 100):0}%"),
    };

    /// <summary>How many causes and first steps a compact result shows.</summary>
    public const int CompactCount = 3;

    /// <summary>
    /// The causes a compact result names, in rank order: every cause being checked for comes first in the choice (so
    /// an emergency's cause is never crowded out by likelier harmless ones), then the leader and any other cause not
    /// in the unlikely band, at most <see cref="CompactCount"/>.
    /// </summary>
    public IReadOnlyList<RankedCondition> TopCauses
    {
        get
        {
            return Pick(c => c.Band != "unlikely", CompactCount);
        }
    }

    /// <summary>
    /// What to do first, for the top of a result: care, first aid and warnings before any prevention (the plan is in
    /// that order already), at most <see cref="CompactCount"/>.
    /// </summary>
    public IReadOnlyList<PlanStep> FirstSteps => Plan.Where(s => s.Advice.Kind != AdviceKind.Prevent).Take(CompactCount).ToList();

    /// <summary>What to call at this urgency, with the numbers for the runner's region.</summary>
    public CallAdvice Call { get; init; } = EmergencyNumbers.For(Model.TriageLevel.SelfCare, null);

    /// <summary>The banner's heading, capitalised.</summary>
    public string Heading => char.ToUpperInvariant(Triage.Describe()[0]) + Triage.Describe()[1..];

    /// <summary>The step's title at this urgency ("see a doctor today" for a suspected clot).</summary>
    public string TitleOf(PlanStep step) => step.Advice.TitleFor(Triage.Level, Triage.SameDay);

    /// <summary>The step's detail at this urgency.</summary>
    public string DetailOf(PlanStep step) => step.Advice.DetailFor(Triage.Level, Triage.SameDay);

    /// <summary>The other rules that fired at the banner's level, each shown with its own sources.</summary>
    public IEnumerable<FiredRule> AlsoFired => Triage.Fired.Where(f => f.Rule.Level == Triage.Level && f.Rule != Triage.Reason.Rule);

    /// <summary>
    /// Whom to see, and (below the emergency levels only) that worsening means sooner: beside an ambulance or an
    /// emergency department there is nothing sooner.
    /// </summary>
    public string WhenToSeeWhom => $"{SeeWhom}." + (Triage.Level < Model.TriageLevel.Emergency ? " If it gets worse, see someone sooner." : "");

    /// <summary>The causes behind the urgency, in rank order, named as "needs checking" whatever their probability.</summary>
    public IReadOnlyList<RankedCondition> CheckingFor => Conditions.Where(IsBeingCheckedFor).ToList();

    private bool IsBeingCheckedFor(RankedCondition c) => Triage.NeedsChecking.Contains(c.Condition.Id);

    /// <summary>A step's sources: each reason's own, then the advice's where a reason has none.</summary>
    public static IReadOnlyList<SourceRef> SourcesOf(PlanStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var refs = step.Reasons.SelectMany(r => r.Sources).Distinct().ToList();
        return refs.Count > 0 ? refs : step.Advice.Sources;
    }

    /// <summary>One reason's sources, or the advice's where the reason carries none.</summary>
    public static IReadOnlyList<SourceRef> SourcesOf(PlanStep step, PlanReason reason)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(reason);
        return reason.Sources.Count > 0 ? reason.Sources : step.Advice.Sources;
    }

    /// <summary>Whom to see comes from the cause behind the urgency, not from the most probable one.</summary>
    public string SeeWhom => (Triage.Reason.Condition ?? Conditions[0].Condition).SeeWhom;

    public const string Disclaimer =
        "LegCheck is not a diagnosis and does not replace a clinician. If symptoms get worse, spread, " +
        "or you develop chest pain, breathlessness, confusion, a cold or pale foot, or numbness around the groin, " +
        "call emergency services.";
}

namespace LegCheck.Core.Model;

/// <summary>
/// The whole rule model: facts, conditions, advice, triage and tailoring rules, questions and sources.
/// It is plain data; <see cref="Engine.Assessor"/> compiles it for inference.
/// </summary>
public sealed record KnowledgeBase
{
    public required IReadOnlyDictionary<string, SourceDoc> Sources { get; init; }
    public required IReadOnlyDictionary<string, FactDef> Facts { get; init; }
    public required IReadOnlyList<Condition> Conditions { get; init; }
    public required IReadOnlyDictionary<string, AdviceItem> Advice { get; init; }
    public required IReadOnlyList<TriageRule> TriageRules { get; init; }
    public required IReadOnlyList<TailoringRule> Tailoring { get; init; }

    /// <summary>Benign patterns that take an alarm sign back from the triage rules (triage.yaml 'explanations').</summary>
    public IReadOnlyList<Explanation> Explanations { get; init; } = [];
    public required IReadOnlyList<Question> Questions { get; init; }

    /// <summary>The interview's order and must-asks (interview.yaml).</summary>
    public InterviewGuide Interview { get; init; } = InterviewGuide.Empty;

    /// <summary>Exponent below 1 that tempers the naive-Bayes product, which double counts correlated symptoms.</summary>
    public double EvidenceWeight { get; init; } = 0.8;

    /// <summary>Share of a stated "no" that a closed-world "no" (a fact not mentioned at all) counts for.</summary>
    public double ClosedWorldWeight { get; init; } = 1.0;

    public Condition Condition(string id) => Conditions.First(c => c.Id == id);

    private IReadOnlySet<string>? _boolFactIds;

    /// <summary>The ids of the yes/no facts, which the closed world answers "no" when not given.</summary>
    public IReadOnlySet<string> BoolFactIds =>
        _boolFactIds ??= Facts.Values.Where(f => f.Type == FactType.Bool).Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
}

using System.Text.Json.Serialization;
using LegCheck.Json;

namespace LegCheck.Core.Model;

[JsonConverter(typeof(SnakeCaseEnumConverter<Severity>))]
public enum Severity
{
    Benign,
    Moderate,
    Serious,
    Dangerous,
}

/// <summary>A sourced sentence about a condition: what it is, how it feels, why it happens.</summary>
public sealed record Claim(string Text, IReadOnlyList<SourceRef> Sources);

/// <summary>
/// A cause LegCheck can rank. <see cref="Likelihoods"/> maps a feature (a fact id, or
/// <c>location:calf</c>, <c>side:both</c>, <c>sex:female</c>, <c>age:60_plus</c>) to P(feature | condition);
/// for number bands the value is a ratio against the background instead.
/// <see cref="AlertAt"/> is the probability from which this condition alone sets the triage level:
/// low for dangerous conditions, so a clot at 10% still sends the runner to a doctor.
/// </summary>
public sealed record Condition
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required double Prior { get; init; }
    public required Severity Severity { get; init; }
    public required TriageLevel Triage { get; init; }
    public required double AlertAt { get; init; }
    public required Claim Summary { get; init; }
    public IReadOnlyList<Claim> Feels { get; init; } = [];
    public IReadOnlyList<Claim> Causes { get; init; } = [];
    public IReadOnlyDictionary<string, double> Likelihoods { get; init; } = new Dictionary<string, double>(StringComparer.Ordinal);
    public IReadOnlyList<string> AdviceNow { get; init; } = [];
    public IReadOnlyList<string> AdvicePrevent { get; init; } = [];
    public IReadOnlyList<string> AdviceCare { get; init; } = [];
    public IReadOnlyList<string> Contraindicated { get; init; } = [];

    /// <summary>
    /// Safety steps added whenever this condition is plausible (from <see cref="ContraindicatedAt"/>), such as
    /// drinking nothing more while low sodium is possible; they go with the contraindications.
    /// </summary>
    public IReadOnlyList<string> AdvicePlausible { get; init; } = [];
    public double ContraindicatedAt { get; init; } = 0.1;
    public required string SeeWhom { get; init; }

    /// <summary>Why this cause needs care when it is the one being checked for, such as "a clot needs a scan today".</summary>
    public string? UrgencyNote { get; init; }

    /// <summary>
    /// "Within 24 hours" means today for this condition (a clot in a leg vein can reach the lungs overnight), so
    /// the banner and the care step say today.
    /// </summary>
    public bool SameDay { get; init; }

    /// <summary>
    /// Questions whose answers shape this condition's plan (a mileage jump calls for gradual progression);
    /// the interview asks them once this condition leads, after the diagnostic questions.
    /// </summary>
    public IReadOnlyList<string> PlanQuestions { get; init; } = [];
}

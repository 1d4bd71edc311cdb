using System.Text.Json;
using System.Text.Json.Serialization;
using LegCheck.Core.Model;

namespace LegCheck.Core.Engine;

/// <summary>One ranked condition in the contract's JSON.</summary>
public sealed record ConditionJson(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("probability")] double Probability)
{
    /// <summary>A ranked cause as the contract writes it: its probability floored to 0.1%, never rounded up.</summary>
    public static ConditionJson Of(RankedCondition ranked)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        return new(ranked.Condition.Id, Math.Floor(ranked.Probability * 1000) / 1000);
    }
}

/// <summary>
/// The JSON that <c>legcheck assess --json</c> and <c>legcheck interview --json</c> print, exactly as
/// ../shared/case-format.md fixes it, plus a disclaimer (extra fields are allowed).
/// </summary>
public sealed record AssessmentJson(
    [property: JsonPropertyName("case")] string Case,
    [property: JsonPropertyName("triage")] string Triage,
    [property: JsonPropertyName("conditions")] IReadOnlyList<ConditionJson> Conditions,
    [property: JsonPropertyName("red_flags")] IReadOnlyList<string> RedFlags,
    [property: JsonPropertyName("advice")] IReadOnlyList<string> Advice,
    [property: JsonPropertyName("questions_asked")]
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    int? QuestionsAsked,
    [property: JsonPropertyName("disclaimer")] string Disclaimer)
{
    /// <summary>Conditions below this probability are left out of the list.</summary>
    private const double ListFrom = 0.01;

    public static AssessmentJson From(string caseId, Assessment a, int? questionsAsked = null) => new(
        caseId,
        a.Triage.Level.ToId(),
        a.Conditions
            .Where((c, i) => i == 0 || c.Probability >= ListFrom)
            .Take(10)
            .Select(ConditionJson.Of)
            .ToList(),
        a.Triage.RedFlagFacts,
        a.Plan.Select(p => p.Advice.Id).ToList(),
        questionsAsked,
        Assessment.Disclaimer);

    public string ToJsonLine() => JsonSerializer.Serialize(this, CoreJsonContext.Default.AssessmentJson);
}

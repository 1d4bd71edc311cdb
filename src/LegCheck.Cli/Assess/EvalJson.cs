using System.Text.Json.Serialization;

namespace LegCheck.Cli.Assess;

/// <summary>
/// <c>eval --json</c>: the metrics (rates rounded to 0.0001) and each miss with its problems; the question counts
/// only when the interview was scored.
/// </summary>
internal sealed record EvalJson(
    int Cases,
    double Top1,
    double Top3,
    double Triage,
    int UnderTriage,
    int OverTriage,
    int Forbidden,
    double Advice,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? QuestionsMedian,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? QuestionsMax,
    IReadOnlyList<MissJson> Misses)
{
    public static EvalJson From(Metrics m, IReadOnlyList<Miss> misses) => new(
        m.Cases,
        Math.Round(m.Top1, 4),
        Math.Round(m.Top3, 4),
        Math.Round(m.TriageExact, 4),
        m.UnderTriage,
        m.OverTriage,
        m.Forbidden,
        Math.Round(m.AdviceRecall, 4),
        m.QuestionsMedian,
        m.QuestionsMedian is null ? null : m.QuestionsMax ?? 0,
        [.. misses.Select(x => new MissJson(x.CaseId, x.Problems))]);
}

internal sealed record MissJson([property: JsonPropertyName("case")] string Case, IReadOnlyList<string> Problems);

using System.Text.Json;
using System.Text.Json.Serialization;
using LegCheck.Core.Engine;
using LegCheck.Web.Features.Assess;
using LegCheck.Web.Features.Knowledge;

namespace LegCheck.Web.Features.Interview;

/// <summary>
/// One interview step. <c>facts</c> is the full state including the answer just given; send it back with the
/// next answer. Either <c>question</c> is set (ask it next) or <c>should_stop</c> is true and <c>result</c> holds
/// the final assessment.
/// </summary>
internal sealed record InterviewResponse(
    bool ShouldStop,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Reason,
    int QuestionsAsked,
    IReadOnlyDictionary<string, JsonElement> Facts,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] QuestionJson? Question,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Rationale,
    bool SafetyCritical,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] AssessResponse? Result,
    PreviewJson Preview);

/// <summary>The assessment so far, for a live preview; it may change with every answer.</summary>
internal sealed record PreviewJson(string Triage, IReadOnlyList<ConditionJson> Conditions);

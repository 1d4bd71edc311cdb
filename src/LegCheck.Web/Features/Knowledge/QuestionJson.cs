using LegCheck.Core.Model;
using LegCheck.Web.Api;

namespace LegCheck.Web.Features.Knowledge;

/// <summary>
/// A question as clients see it. <c>input</c> says how to ask it: yesno, choice, number, body_map (a list of
/// locations) or tick_list (ticked yes/no facts). Answer with <c>values</c>: ["yes"], ["no"] or ["unknown"] for
/// yesno; one option value for choice; option values (possibly none) for body_map and tick_list; one number for number.
/// </summary>
internal sealed record QuestionJson(
    string Id,
    string Text,
    string Type,
    string Input,
    IReadOnlyList<string> Facts,
    IReadOnlyList<OptionJson> Options,
    string? Unit,
    double? Min,
    double? Max,
    bool Start,
    string Why,
    IReadOnlyList<SourceJson> Sources)
{
    /// <summary>The question with the options to show: in an interview the engine's (facts already answered left out), otherwise all.</summary>
    public static QuestionJson From(KnowledgeBase kb, Question q, IReadOnlyList<QuestionOption>? options = null) => new(
        q.Id,
        q.Text,
        JsonIds.Of(q.Type),
        InputOf(q),
        q.SetsFacts,
        (options ?? q.Options).Select(o => new OptionJson(o.Value, q.SetsFacts is ["location"] ? LocationLabels.For(o.Value) : o.Label)).ToList(),
        q.Unit,
        q.Min,
        q.Max,
        q.IsStart,
        q.Why,
        SourceJson.From(kb, q.Sources));

    public static string InputOf(Question q) => q.Type switch
    {
        QuestionType.YesNo => "yesno",
        QuestionType.SingleChoice => "choice",
        QuestionType.Number => "number",
        _ when q.SetsFacts is ["location"] => "body_map",
        _ when q.SetsFacts.Count > 1 => "tick_list",
        _ => "multi_choice",
    };
}

internal sealed record OptionJson(string Value, string Label);

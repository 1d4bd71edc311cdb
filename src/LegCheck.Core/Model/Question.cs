using System.Text.Json.Serialization;
using LegCheck.Json;

namespace LegCheck.Core.Model;

/// <summary>How a question is answered; the JSON ids are the API's short public ones (yesno, choice, multi, number).</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<QuestionType>))]
public enum QuestionType
{
    [JsonStringEnumMemberName("yesno")]
    YesNo,

    [JsonStringEnumMemberName("choice")]
    SingleChoice,

    [JsonStringEnumMemberName("multi")]
    MultiChoice,

    Number,
}

/// <summary>One answer option; choosing it sets the listed facts.</summary>
public sealed record QuestionOption(string Value, string Label);

/// <summary>
/// A question the interview may ask. A yes/no or number question sets one fact; a choice question
/// sets its fact to the chosen values; a multi-choice over booleans (<see cref="SetsFacts"/>) sets each listed
/// fact to yes when ticked and no otherwise.
/// </summary>
public sealed record Question
{
    public required string Id { get; init; }
    public required string Text { get; init; }
    public required QuestionType Type { get; init; }
    public required IReadOnlyList<string> SetsFacts { get; init; }
    public IReadOnlyList<QuestionOption> Options { get; init; } = [];
    public required string Why { get; init; }
    public required IReadOnlyList<SourceRef> Sources { get; init; }
    public string? Unit { get; init; }
    public double? Min { get; init; }
    public double? Max { get; init; }

    /// <summary>Start questions open every interview in file order: what the runner feels, where, and who they are.</summary>
    public bool IsStart { get; init; }
}

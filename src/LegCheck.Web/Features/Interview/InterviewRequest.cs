using System.Text.Json;

namespace LegCheck.Web.Features.Interview;

/// <summary>
/// Everything the interview knows so far, sent in full with every request (the server keeps no session):
/// the facts from the previous response's <c>facts</c>, plus optionally the answer to the question it asked.
/// </summary>
internal sealed record InterviewRequest(double? Age, string? Sex, IReadOnlyDictionary<string, JsonElement>? Facts, AnswerRequest? Answer);

/// <summary>An answer: the question id and its values (see the question's <c>input</c>).</summary>
internal sealed record AnswerRequest(string Question, IReadOnlyList<string> Values);

using System.Text.Json;

namespace LegCheck.Web.Features.Assess;

/// <summary>
/// A case in the contract's format, as JSON. Documents the body of <c>POST /api/v1/assess</c>; the endpoint
/// reads the JSON itself so that each bad field gets its own message.
/// </summary>
/// <param name="Id">Optional case id, echoed as <c>case</c>.</param>
/// <param name="Age">Age in years (the fact <c>age</c>).</param>
/// <param name="Sex">female or male (the fact <c>sex</c>).</param>
/// <param name="Facts">Fact id to value: yes/no/unknown (or true/false), a number, or choice ids.</param>
internal sealed record AssessRequest(string? Id, double? Age, string? Sex, IReadOnlyDictionary<string, JsonElement>? Facts);

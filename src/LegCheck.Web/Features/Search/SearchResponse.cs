using System.Text.Json;
using LegCheck.Core.Engine;

namespace LegCheck.Web.Features.Search;

/// <summary>
/// Facts read from a phrase. <c>facts</c> is ready to send to the assess or interview endpoints (after the
/// runner has confirmed it); <c>found</c> lists each reading with the words it came from;
/// <c>conditions</c> ranks causes on those facts alone, as a pointer into the library, not a result.
/// </summary>
internal sealed record SearchResponse(
    IReadOnlyList<FoundFact> Found,
    IReadOnlyDictionary<string, JsonElement> Facts,
    IReadOnlyList<ConditionJson> Conditions);

/// <summary>One fact read from the phrase: its value, the words it came from, and whether a negation flipped it.</summary>
internal sealed record FoundFact(string Fact, JsonElement Value, string Label, string Matched, bool Negated);

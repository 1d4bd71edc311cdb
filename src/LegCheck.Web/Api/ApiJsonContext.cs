using System.Text.Json;
using System.Text.Json.Serialization;
using LegCheck.Web.Features.Assess;
using LegCheck.Web.Features.Health;
using LegCheck.Web.Features.Interview;
using LegCheck.Web.Features.Knowledge;

namespace LegCheck.Web.Api;

/// <summary>Compile-time JSON metadata for the API's responses: no reflection per request, which keeps assess fast.</summary>
// Same settings as the app's HTTP JSON options (web defaults, snake_case), so the generated fast path applies.
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(AssessResponse))]
[JsonSerializable(typeof(InterviewResponse))]
[JsonSerializable(typeof(PingResponse))]
[JsonSerializable(typeof(LegCheck.Web.Features.Search.SearchResponse))]
[JsonSerializable(typeof(IReadOnlyList<ConditionEntry>))]
[JsonSerializable(typeof(ConditionEntry))]
[JsonSerializable(typeof(IReadOnlyList<FactEntry>))]
[JsonSerializable(typeof(IReadOnlyList<QuestionJson>))]
[JsonSerializable(typeof(IReadOnlyList<AdviceEntry>))]
[JsonSerializable(typeof(AdviceEntry))]
[JsonSerializable(typeof(IReadOnlyList<SourceEntry>))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(Dictionary<string, JsonElement>))]
[JsonSerializable(typeof(LegCheck.Web.Features.Diary.EpisodeExample))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(double))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;

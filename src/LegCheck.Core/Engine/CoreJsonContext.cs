using System.Text.Json.Serialization;

namespace LegCheck.Core.Engine;

/// <summary>
/// Compile-time JSON metadata for the contract record. The default encoder and the records' explicit names keep the
/// printed line byte for byte what ../shared/case-format.md fixes.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(AssessmentJson))]
internal sealed partial class CoreJsonContext : JsonSerializerContext;

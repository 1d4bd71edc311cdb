using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace LegCheck.Handoff.Fhir;

/// <summary>FHIR JSON in and out, with the SDK's own System.Text.Json converters for R4.</summary>
public static class FhirJson
{
    public const string MediaType = "application/fhir+json";

    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector).Pretty();

    public static string Serialize(Resource resource) => JsonSerializer.Serialize(resource, resource.GetType(), Options);

    public static byte[] SerializeToUtf8(Resource resource) => JsonSerializer.SerializeToUtf8Bytes(resource, resource.GetType(), Options);

    /// <summary>Parses a resource of type <typeparamref name="T"/>.</summary>
    /// <exception cref="DeserializationFailedException">The text is not a valid FHIR resource of that type.</exception>
    public static T Parse<T>(string json)
        where T : Resource =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException("empty FHIR document");
}

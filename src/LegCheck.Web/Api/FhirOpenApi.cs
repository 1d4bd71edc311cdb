using System.Text.Json.Nodes;
using LegCheck.Handoff.Fhir;
using Microsoft.OpenApi;

namespace LegCheck.Web.Api;

/// <summary>
/// Declares the assess operations' second 200 answer, the FHIR R4 Bundle, as <c>application/fhir+json</c> beside
/// the JSON one. It is added to the document rather than as endpoint metadata because a second 200 in the
/// metadata replaces the first, and the contract JSON's schema must stay.
/// </summary>
internal static class FhirOpenApi
{
    public const string SchemaName = "FhirBundle";

    private static readonly HashSet<string> Operations = new(["Assess", "AssessQuery"], StringComparer.Ordinal);

    public static void Declare(OpenApiDocument document)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        document.Components.Schemas[SchemaName] = BundleSchema();

        foreach (var operation in document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []))
        {
            if (operation.OperationId is { } id && Operations.Contains(id)
                && operation.Responses?.TryGetValue("200", out var ok) == true && ok is OpenApiResponse response)
            {
                response.Content ??= new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal);
                response.Content[FhirJson.MediaType] = new OpenApiMediaType { Schema = new OpenApiSchemaReference(SchemaName, document) };
            }
        }
    }

    /// <summary>
    /// Only the Bundle's outline: FHIR's own schema (http://hl7.org/fhir/R4/fhir.schema.json) is the full truth, and
    /// the tests validate the bundles against the R4 profiles themselves.
    /// </summary>
    private static OpenApiSchema BundleSchema() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "A FHIR R4 Bundle (type collection): Patient, Questionnaire, QuestionnaireResponse, an Observation per alarm sign, " +
            "and a RiskAssessment with the ranked causes, the triage level and its basis. See http://hl7.org/fhir/R4/bundle.html.",
        Required = new HashSet<string>(["resourceType", "type", "entry"], StringComparer.Ordinal),
        Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
        {
            ["resourceType"] = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create("Bundle")] },
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create("collection")] },
            ["entry"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Array,
                Items = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Required = new HashSet<string>(["resource"], StringComparer.Ordinal),
                    Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
                    {
                        ["fullUrl"] = new OpenApiSchema { Type = JsonSchemaType.String },
                        ["resource"] = new OpenApiSchema
                        {
                            Type = JsonSchemaType.Object,
                            Required = new HashSet<string>(["resourceType"], StringComparer.Ordinal),
                            Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
                            {
                                ["resourceType"] = new OpenApiSchema { Type = JsonSchemaType.String },
                            },
                        },
                    },
                },
            },
        },
    };
}

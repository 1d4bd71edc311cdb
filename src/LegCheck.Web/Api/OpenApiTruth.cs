using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using LegCheck.Core.Cases;
using LegCheck.Core.Engine;
using LegCheck.Web.Features.Assess;
using LegCheck.Web.Features.Knowledge;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace LegCheck.Web.Api;

/// <summary>
/// Makes the OpenAPI document say what the API really does: a property is required only when it is always
/// present (not nullable, so never left out), Problem Details carry <c>errors</c>, and every endpoint has an
/// example, the response ones computed by the real engine so they cannot drift (a test checks them against
/// their schemas, and real responses too).
/// </summary>
internal static class OpenApiTruth
{
    /// <summary>The example case of the README, used for the assess and interview examples.</summary>
    public const string ExampleCase = """{"age":34,"sex":"male","facts":{"cramp":"yes","location":["calf"],"run_minutes":200,"hot_humid_weather":true}}""";

    private static readonly NullabilityInfoContext Nullability = new();

    public static void Configure(OpenApiOptions options)
    {
        options.AddSchemaTransformer((schema, context, _) =>
        {
            RequireAlwaysPresent(schema, context.JsonTypeInfo);
            return Task.CompletedTask;
        });
        options.AddDocumentTransformer((document, context, _) =>
        {
            AddProblemErrors(document);
            AddExamples(document, context.ApplicationServices);
            FhirOpenApi.Declare(document);
            return Task.CompletedTask;
        });
    }

    private static void RequireAlwaysPresent(OpenApiSchema schema, JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object || schema.Properties is null)
        {
            return;
        }

        var required = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in info.Properties)
        {
            // Extension data ([JsonExtensionData], as in ProblemDetails) is spread into the object, never a property of its own.
            if (!property.IsExtensionData && !IsNullable(property))
            {
                required.Add(property.Name);
            }
        }

        schema.Required = required;
    }

    private static bool IsNullable(JsonPropertyInfo property)
    {
        if (Nullable.GetUnderlyingType(property.PropertyType) is not null)
        {
            return true;
        }

        return property.AttributeProvider is PropertyInfo p
            && !p.PropertyType.IsValueType
            && Nullability.Create(p).ReadState == NullabilityState.Nullable;
    }

    private static void AddProblemErrors(OpenApiDocument document)
    {
        if (document.Components?.Schemas?.TryGetValue("ProblemDetails", out var problem) == true && problem is OpenApiSchema schema)
        {
            schema.Properties ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);

            // ProblemDetails.Extensions is written as extra top-level members (such as errors), not as "extensions".
            schema.Properties.Remove("extensions");
            schema.Required?.Remove("extensions");
            schema.Properties["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "Every field at fault (such as facts.run_minutes) with its messages.",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            };
        }
    }

    private static void AddExamples(OpenApiDocument document, IServiceProvider services)
    {
        var catalog = services.GetRequiredService<KnowledgeCatalog>();
        var json = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        JsonNode? Node<T>(T value) => JsonSerializer.SerializeToNode(value, (JsonTypeInfo<T>)json.GetTypeInfo(typeof(T)));

        var assessor = services.GetRequiredService<Assessor>();
        var assessed = CaseParser.Parse(System.Text.Encoding.UTF8.GetBytes(ExampleCase), LegCheck.Core.Input.CaseSyntax.Json, assessor.Kb, AssessEndpoints.DefaultCaseId).TryGet(out var theCase, out _)
            ? services.GetRequiredService<AssessmentPresenter>().ToResponse(theCase.Id, assessor.Assess(theCase.Facts, AssessOptions.Default with { ClosedWorld = true }), explain: false)
            : null;

        foreach (var operation in document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []))
        {
            switch (operation.OperationId)
            {
                case "Assess":
                    RequestExample(operation, JsonNode.Parse(ExampleCase));
                    ResponseExample(operation, assessed is null ? null : Node(assessed));
                    break;
                case "AssessQuery":
                    ParameterExample(operation, "format", "fhir");
                    ResponseExample(operation, assessed is null ? null : Node(assessed));
                    break;
                case "InterviewNext":
                    RequestExample(operation, JsonNode.Parse("""{"facts":{"cramp":"yes"},"answer":{"question":"q_where","values":["calf"]}}"""));
                    break;
                case "Search":
                    ParameterExample(operation, "phrase", "my toes go numb after two miles, no swelling");
                    break;
                case "Ping":
                    ResponseExample(operation, JsonNode.Parse("""{"status":"ok"}"""));
                    break;
                case "Conditions":
                    ResponseExample(operation, Node<IReadOnlyList<ConditionEntry>>(catalog.Conditions.Take(1).ToList()));
                    break;
                case "Condition":
                    ParameterExample(operation, "id", catalog.Conditions[0].Id);
                    ResponseExample(operation, Node(catalog.Conditions[0]));
                    break;
                case "Facts":
                    ResponseExample(operation, Node<IReadOnlyList<FactEntry>>(catalog.Facts.Take(2).ToList()));
                    break;
                case "Questions":
                    ResponseExample(operation, Node<IReadOnlyList<QuestionJson>>(catalog.Questions.Take(1).ToList()));
                    break;
                case "Advice":
                    ResponseExample(operation, Node<IReadOnlyList<AdviceEntry>>(catalog.Advice.Take(1).ToList()));
                    break;
                case "AdviceItem":
                    ParameterExample(operation, "id", catalog.Advice[0].Id);
                    ResponseExample(operation, Node(catalog.Advice[0]));
                    break;
                case "Sources":
                    ResponseExample(operation, Node<IReadOnlyList<SourceEntry>>(catalog.Sources.Take(1).ToList()));
                    break;
                default:
                    DiaryExamples(operation);
                    break;
            }
        }
    }

    /// <summary>The diary's examples come from its own JSON writers, on an empty diary, so they cannot drift either.</summary>
    private static void DiaryExamples(OpenApiOperation operation)
    {
        const string Episode = """{"occurred_at":"2026-11-21T18:30","symptoms":["calf_cramp"],"locations":["left calf"],"severity":6,"electrolytes":false}""";
        switch (operation.OperationId)
        {
            case "DiaryImport":
                ResponseExample(operation, JsonNode.Parse(LegCheck.Diary.Import.ImportJson.Write([], LegCheck.Diary.Import.ImportSummary.Empty)));
                break;
            case "DiaryTraining":
                ResponseExample(operation, JsonNode.Parse(LegCheck.Diary.Training.TrainingJson.Write(new LegCheck.Diary.Training.TrainingReport([], []))));
                break;
            case "DiaryTriggers":
                ResponseExample(operation, JsonNode.Parse(LegCheck.Diary.Triggers.TriggerJson.Write(LegCheck.Diary.Triggers.TriggerAnalysis.Analyze(LegCheck.Diary.Model.DiarySnapshot.Empty))));
                break;
            case "DiaryRuns" or "DiaryEpisodes" or "DiaryShoes":
                ResponseExample(operation, new JsonArray());
                break;
            case "DiaryEpisodeCreate":
                RequestExample(operation, JsonNode.Parse(Episode));
                break;
            case "DiaryEpisodeReplace":
                RequestExample(operation, JsonNode.Parse(Episode));
                ParameterExample(operation, "id", JsonValue.Create(1));
                break;
            case "DiaryRun" or "DiaryRunDelete" or "DiaryEpisode" or "DiaryEpisodeDelete" or "DiaryShoe" or "DiaryShoeDelete":
                ParameterExample(operation, "id", JsonValue.Create(1));
                break;
        }
    }

    private static void RequestExample(OpenApiOperation operation, JsonNode? example)
    {
        if (operation.RequestBody?.Content is { } content)
        {
            foreach (var media in content.Values.OfType<OpenApiMediaType>())
            {
                media.Example = example?.DeepClone();
            }
        }
    }

    private static void ResponseExample(OpenApiOperation operation, JsonNode? example)
    {
        // Only the JSON media type: the FHIR bundle of the same operations has a schema of its own (FHIR's).
        if (example is not null && operation.Responses?.TryGetValue("200", out var ok) == true && ok.Content is { } content)
        {
            foreach (var (type, media) in content)
            {
                if (type == "application/json" && media is OpenApiMediaType json)
                {
                    json.Example = example.DeepClone();
                }
            }
        }
    }

    private static void ParameterExample(OpenApiOperation operation, string name, string example) =>
        ParameterExample(operation, name, JsonValue.Create(example));

    private static void ParameterExample(OpenApiOperation operation, string name, JsonNode example)
    {
        if (operation.Parameters?.OfType<OpenApiParameter>().FirstOrDefault(p => p.Name == name) is { } parameter)
        {
            parameter.Example = example;
        }
    }
}

using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Xunit;

namespace LegCheck.Web.Tests.Api;

/// <summary>
/// The OpenAPI document tells the truth: real responses of every endpoint, successes and problems, validate
/// against the schema it declares for them, and so does every example it gives.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class OpenApiContractTests(WebAppFixture web)
{
    public static TheoryData<string, string, string?> Requests => new()
    {
        { "GET", "/api/v1/ping", null },
        { "POST", "/api/v1/assess", LegCheck.Web.Api.OpenApiTruth.ExampleCase },
        { "POST", "/api/v1/assess?explain=false", """{"facts":{"numbness":"yes","location":["foot_top"],"laces_tight":true}}""" },
        { "POST", "/api/v1/assess", """{"id":"x","facts":{"run_minutes":5000}}""" },
        { "POST", "/api/v1/assess", """{"facts":""" },
        { "POST", "/api/v1/assess?format=fhir", LegCheck.Web.Api.OpenApiTruth.ExampleCase },
        { "GET", "/api/v1/assess?age=34&sex=male&cramp=yes&location=calf&run_minutes=200", null },
        { "GET", "/api/v1/assess?format=fhir&age=52&sex=female&swelling=yes&location=calf&calf_tender=yes", null },
        { "GET", "/api/v1/assess?run_minutes=lots", null },
        { "POST", "/api/v1/interview/next", "{}" },
        { "POST", "/api/v1/interview/next", """{"facts":{"cramp":"yes"},"answer":{"question":"q_where","values":["calf"]}}""" },
        { "POST", "/api/v1/interview/next", """{"answer":{"question":"q_nope","values":["yes"]}}""" },
        { "GET", "/api/v1/search?phrase=my+toes+go+numb+after+two+miles", null },
        { "GET", "/api/v1/knowledge/conditions", null },
        { "GET", "/api/v1/knowledge/conditions/deep_vein_thrombosis", null },
        { "GET", "/api/v1/knowledge/conditions/nope", null },
        { "GET", "/api/v1/knowledge/facts", null },
        { "GET", "/api/v1/knowledge/questions", null },
        { "GET", "/api/v1/knowledge/advice", null },
        { "GET", "/api/v1/knowledge/advice/loosen_laces", null },
        { "GET", "/api/v1/knowledge/sources", null },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Response_RealRequest_ValidatesAgainstTheDeclaredSchema(string method, string url, string? body)
    {
        var document = await DocumentAsync();
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (body is not null)
        {
            request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        }

        using var response = await web.Client.SendAsync(request);
        var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var mediaType = response.Content.Headers.ContentType!.MediaType!;
        var path = Template(document, url.Split('?')[0]);
        var declared = document["paths"]![path]![method.ToLowerInvariant()]!["responses"]![status];
        Assert.True(declared is not null, $"{method} {path}: status {status} is not declared");
        var schema = declared!["content"]?[mediaType]?["schema"];
        Assert.True(schema is not null, $"{method} {path} {status}: no schema for {mediaType}");

        AssertValid(document, schema!, await response.Content.ReadAsStringAsync(), $"{method} {url} {status}");
    }

    [Fact]
    public async Task Document_EveryOperation_HasAnExampleThatValidates()
    {
        var document = await DocumentAsync();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var examples = new List<(JsonNode Schema, JsonNode Example)>();
                foreach (var media in (operation!["requestBody"]?["content"]?.AsObject() ?? []).Select(m => m.Value!))
                {
                    Add(examples, media);
                }

                foreach (var media in (operation["responses"]?["200"]?["content"]?.AsObject() ?? []).Select(m => m.Value!))
                {
                    Add(examples, media);
                }

                var parameterExamples = (operation["parameters"]?.AsArray() ?? []).Count(p => p!["example"] is not null);
                Assert.True(examples.Count + parameterExamples > 0, $"{method} {path}: no example");
                foreach (var (schema, example) in examples)
                {
                    AssertValid(document, schema, example.ToJsonString(), $"example of {method} {path}");
                }
            }
        }
    }

    [Theory]
    [InlineData("post")]
    [InlineData("get")]
    public async Task Document_AssessOk_DeclaresTheFhirBundleBesideTheContractJson(string method)
    {
        var ok = (await DocumentAsync())["paths"]!["/api/v1/assess"]![method]!["responses"]!["200"]!["content"]!;

        Assert.Equal("#/components/schemas/AssessResponse", ok["application/json"]!["schema"]!["$ref"]!.GetValue<string>());
        Assert.Equal("#/components/schemas/FhirBundle", ok["application/fhir+json"]!["schema"]!["$ref"]!.GetValue<string>());
        Assert.NotNull(ok["application/json"]!["example"]);
    }

    [Fact]
    public async Task Document_RequiredFields_AreOnlyTheOnesAlwaysPresent()
    {
        var schemas = (await DocumentAsync())["components"]!["schemas"]!;

        Assert.Empty(Required(schemas["AssessRequest"]!));
        Assert.DoesNotContain("questions_asked", Required(schemas["AssessResponse"]!));
        Assert.DoesNotContain("explanation", Required(schemas["AssessResponse"]!));
        Assert.Contains("triage", Required(schemas["AssessResponse"]!));
        Assert.Equal(["question", "values"], Required(schemas["AnswerRequest"]!).Order(StringComparer.Ordinal));
        Assert.NotNull(schemas["ProblemDetails"]!["properties"]!["errors"]);
    }

    private static IEnumerable<string> Required(JsonNode schema) =>
        schema["required"]?.AsArray().Select(r => r!.GetValue<string>()) ?? [];

    private static void Add(List<(JsonNode, JsonNode)> examples, JsonNode media)
    {
        if (media["example"] is { } example && media["schema"] is { } schema)
        {
            examples.Add((schema, example));
        }
    }

    private async Task<JsonNode> DocumentAsync() => JsonNode.Parse(await web.Client.GetStringAsync("/openapi/v1.json"))!;

    /// <summary>The document's path template that matches a concrete path (/knowledge/conditions/{id}).</summary>
    private static string Template(JsonNode document, string path)
    {
        var parts = path.Split('/');
        return document["paths"]!.AsObject().Select(p => p.Key).First(t =>
        {
            var template = t.Split('/');
            return template.Length == parts.Length && template.Zip(parts).All(x => x.First == x.Second || x.First.StartsWith('{'));
        });
    }

    private static void AssertValid(JsonNode document, JsonNode schema, string json, string what)
    {
        var inlined = Inline(document, schema.DeepClone(), 0);
        var compiled = JsonSchema.FromText(inlined.ToJsonString());
        using var instance = JsonDocument.Parse(json);
        var result = compiled.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, $"{what}: does not match its schema: " + JsonSerializer.Serialize(result.Details?.Where(d => d.Errors is not null).Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}")));
    }

    /// <summary>The schema with every #/components/schemas reference replaced by what it names.</summary>
    private static JsonNode Inline(JsonNode document, JsonNode node, int depth)
    {
        Assert.True(depth < 40, "schema nesting too deep to inline");
        switch (node)
        {
            case JsonObject obj when obj["$ref"]?.GetValue<string>() is { } reference && reference.StartsWith("#/components/schemas/", StringComparison.Ordinal):
                return Inline(document, document["components"]!["schemas"]![reference["#/components/schemas/".Length..]]!.DeepClone(), depth + 1);
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).ToList())
                {
                    if (obj[key] is { } child)
                    {
                        obj[key] = Inline(document, child.DeepClone(), depth + 1);
                    }
                }

                return obj;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is { } child)
                    {
                        array[i] = Inline(document, child.DeepClone(), depth + 1);
                    }
                }

                return array;
            default:
                return node;
        }
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using LegCheck.Core.Loading;
using LegCheck.Testing;
using Xunit;

namespace LegCheck.Core.Tests.Knowledge;

/// <summary>
/// The JSON Schemas in knowledge/schema let an editor check the YAML while an author types (each file names its
/// schema on its first line). They must accept what ships, refuse what the loader refuses, and list exactly the
/// keys the loader reads (<see cref="KnowledgeKeys"/>), or they would drift apart.
/// </summary>
public sealed class KnowledgeSchemaTests
{
    private static readonly string Folder = Path.Combine(RepoPaths.Root, "knowledge");

    public static TheoryData<string> Files => [.. FileNames()];

    private static List<string> FileNames() =>
        [.. Directory.GetFiles(Folder, "*.yaml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    private static string Text(string file) => File.ReadAllText(Path.Combine(Folder, file));

    [Theory]
    [MemberData(nameof(Files))]
    public void Evaluate_ShippedKnowledgeFile_IsValid(string file)
    {
        var problems = Problems(file, Text(file));

        Assert.True(problems.Count == 0, $"{file}: " + string.Join("; ", problems));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void FirstLine_KnowledgeFile_NamesItsSchemaForEditors(string file)
    {
        var first = Text(file).Split('\n')[0].TrimEnd('\r');

        Assert.Equal($"# yaml-language-server: $schema=schema/{Path.GetFileNameWithoutExtension(file)}.schema.json", first);
    }

    [Theory]
    [InlineData("facts.yaml", "red_flag: true", "red_flag: ture", "/facts/")]
    [InlineData("facts.yaml", "    implies:", "    implys:", "/facts/")]
    [InlineData("conditions.yaml", "severity: benign", "severity: benigne", "/conditions/0")]
    [InlineData("triage.yaml", "level: emergency_ambulance", "level: ambulance", "/rules/0")]
    [InlineData("questions.yaml", "    stage: start", "    stage: strat", "/questions/0")]
    [InlineData("advice.yaml", "order: 1", "order: first", "/advice/0")]
    [InlineData("sources.yaml", "evidence_weight: 0.8", "evidence_weigth: 0.8", "")]
    [InlineData("phrases.yaml", "negation_window: 3", "negation_window: three", "")]
    [InlineData("phrases.yaml", "    window: 7", "    windw: 7", "/together/")]
    public void Evaluate_OneMistake_IsRefusedAtItsPlace(string file, string from, string to, string where)
    {
        var text = Text(file);
        var at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"{file} no longer holds '{from}'");

        var problems = Problems(file, text[..at] + to + text[(at + from.Length)..]);

        Assert.NotEmpty(problems);
        Assert.Contains(problems, p => p.StartsWith(where, StringComparison.Ordinal));
    }

    [Fact]
    public void Properties_EveryKindOfEntry_AreTheKeysTheLoaderReads()
    {
        var kinds = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in FileNames())
        {
            var schema = Schema(file);
            kinds.Add(file);
            Assert.Equal(Sorted(KnowledgeKeys.All[file]), Properties(schema, file));
            foreach (var (name, definition) in schema["$defs"]!.AsObject())
            {
                var kind = $"{file}#{name}";
                kinds.Add(kind);
                Assert.True(KnowledgeKeys.All.ContainsKey(kind), $"{kind}: the schema defines it, the loader does not know it");
                Assert.Equal(Sorted(KnowledgeKeys.All[kind]), Properties(definition!, kind));
            }
        }

        Assert.Equal(Sorted(KnowledgeKeys.All.Keys), kinds.ToList());
    }

    private static List<string> Sorted(IEnumerable<string> keys) => [.. keys.Order(StringComparer.Ordinal)];

    private static List<string> Properties(JsonNode node, string kind)
    {
        Assert.True(node["additionalProperties"]?.GetValue<bool>() == false, $"{kind}: the schema must refuse unknown keys");
        return Sorted(node["properties"]!.AsObject().Select(p => p.Key));
    }

    private static JsonNode Schema(string file) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "schema", Path.GetFileNameWithoutExtension(file) + ".schema.json")))!;

    /// <summary>Each failing place as "instance location: message", deepest first.</summary>
    private static List<string> Problems(string file, string yaml)
    {
        var schema = JsonSchema.FromText(Schema(file).ToJsonString());
        using var instance = JsonDocument.Parse((YamlAsJson.Read(yaml) ?? new JsonObject()).ToJsonString());
        var result = schema.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid
            ? []
            : [.. (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                .OrderByDescending(d => d.InstanceLocation.ToString().Length)
                .Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}")];
    }
}

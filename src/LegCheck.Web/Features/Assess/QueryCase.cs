using System.Globalization;
using System.Text.Json.Nodes;
using LegCheck.Core.Input;
using LegCheck.Core.Model;
using LegCheck.Web.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LegCheck.Web.Features.Assess;

/// <summary>
/// A case from a query string, turned into the case format's JSON so the one case reader checks it and names
/// each bad field as it would in a body: <c>age</c>, <c>sex</c> and <c>id</c> as themselves, every other
/// parameter a fact (a tick-list fact repeated or comma-separated).
/// </summary>
internal static class QueryCase
{
    /// <summary>Parameters about the response, not the runner.</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(["format", "explain", "region"], StringComparer.Ordinal);

    private static readonly HashSet<string> TopLevel = new(["age", "sex", "id"], StringComparer.Ordinal);

    public static (InputNode? Document, ProblemHttpResult? Problem) Read(IQueryCollection query, KnowledgeBase kb)
    {
        var root = new JsonObject();
        var facts = new JsonObject();
        foreach (var (key, values) in query.OrderBy(q => q.Key, StringComparer.Ordinal))
        {
            if (Reserved.Contains(key))
            {
                continue;
            }

            var texts = values.OfType<string>().ToList();
            var multi = kb.Facts.TryGetValue(key, out var fact) && fact.Type == FactType.MultiChoice;
            JsonNode? node = multi
                ? new JsonArray(texts.SelectMany(t => t.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).Select(t => (JsonNode?)JsonValue.Create(t)).ToArray())
                : key is "id" or "sex" && texts.Count == 1 ? JsonValue.Create(texts[0])
                : texts.Count == 1 ? Scalar(texts[0]) : new JsonArray(texts.Select(Scalar).ToArray());
            (TopLevel.Contains(key) ? root : facts)[key] = node;
        }

        root["facts"] = facts;
        var bytes = System.Text.Encoding.UTF8.GetBytes(root.ToJsonString());
        var document = CaseDocument.Parse(bytes, CaseSyntax.Json);
        return document.TryGet(out var parsed, out var errors) ? (parsed, null) : (null, Problems.Invalid(errors));
    }

    /// <summary>A number as a number and true/false as booleans, as a JSON body would carry them; anything else as text.</summary>
    private static JsonNode? Scalar(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? JsonValue.Create(number)
        : text is "true" or "false" ? JsonValue.Create(text == "true")
        : JsonValue.Create(text);
}

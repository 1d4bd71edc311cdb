using System.Text.Json;
using LegCheck.Core.Cases;
using LegCheck.Core.Model;

namespace LegCheck.Web.Api;

/// <summary>
/// Writes evidence back in the case format, "unknown" included, so a stateless client can send it
/// unchanged with its next request.
/// </summary>
internal static class FactsJson
{
    public static Dictionary<string, JsonElement> From(KnowledgeBase kb, Evidence evidence)
    {
        var result = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var (id, value) in evidence.Values.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            var type = kb.Facts.TryGetValue(id, out var fact) ? fact.Type : FactType.Bool;
            result[id] = ToElement(value, type);
        }

        return result;
    }

    public static JsonElement ToElement(FactValue value, FactType type) => value.Kind switch
    {
        FactValueKind.Number => JsonSerializer.SerializeToElement(value.Number, ApiJsonContext.Default.Double),
        FactValueKind.Choice when type == FactType.Choice && value.Choices.Count == 1 =>
            JsonSerializer.SerializeToElement(value.Choices[0], ApiJsonContext.Default.String),
        FactValueKind.Choice => JsonSerializer.SerializeToElement(value.Choices, ApiJsonContext.Default.IReadOnlyListString),
        _ => JsonSerializer.SerializeToElement(value.ToString(), ApiJsonContext.Default.String),
    };
}

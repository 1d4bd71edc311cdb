using System.Text.Json;
using LegCheck.Core.Cases;
using LegCheck.Core.Model;

namespace LegCheck.Web.Api;

/// <summary>
/// Reads the case format as JSON (<c>{"age":34,"sex":"male","facts":{...}}</c>) into evidence, checking
/// every fact against the knowledge base. JSON <c>true</c>/<c>false</c> stand for yes/no, <c>null</c> and
/// <c>"unknown"</c> for "don't know". Each problem is reported with the path of its field.
/// </summary>
public sealed class CaseJsonReader(KnowledgeBase kb)
{
    /// <summary>Top-level fields of a case file that the engine does not read but a client may send along.</summary>
    public static readonly IReadOnlySet<string> CaseFileFields = new HashSet<string>(StringComparer.Ordinal) { "id", "summary", "expected" };

    /// <summary>
    /// Reads <c>age</c>, <c>sex</c> and <c>facts</c>; any other top-level field must be in <paramref name="allowed"/>.
    /// </summary>
    public Evidence Read(JsonElement root, IReadOnlySet<string> allowed, List<FieldError> errors)
    {
        var values = new Dictionary<string, FactValue>(StringComparer.Ordinal);
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new FieldError("body", $"expected a JSON object with age, sex and facts, got {Describe(root)}"));
            return Evidence.Empty;
        }

        foreach (var property in root.EnumerateObject())
        {
            switch (property.Name)
            {
                case "age" or "sex":
                    Add(values, property.Name, property.Value, property.Name, errors);
                    break;
                case "facts":
                    ReadFacts(property.Value, values, errors);
                    break;
                default:
                    if (!allowed.Contains(property.Name))
                    {
                        errors.Add(new FieldError(property.Name, $"unknown field; expected {string.Join(", ", ["age", "sex", "facts", .. allowed.Order(StringComparer.Ordinal)])}"));
                    }

                    break;
            }
        }

        return Evidence.From(values);
    }

    private void ReadFacts(JsonElement facts, Dictionary<string, FactValue> values, List<FieldError> errors)
    {
        if (facts.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        if (facts.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new FieldError("facts", $"expected an object of fact id to value, got {Describe(facts)}"));
            return;
        }

        foreach (var fact in facts.EnumerateObject())
        {
            Add(values, fact.Name, fact.Value, "facts." + fact.Name, errors);
        }
    }

    private void Add(Dictionary<string, FactValue> values, string factId, JsonElement raw, string field, List<FieldError> errors)
    {
        if (!kb.Facts.TryGetValue(factId, out var fact))
        {
            errors.Add(new FieldError(field, "unknown fact id; expected one of the ids listed by GET /api/v1/knowledge/facts"));
            return;
        }

        var error = Parse(fact, raw, out var value);
        if (error is null)
        {
            values[factId] = value;
        }
        else
        {
            errors.Add(new FieldError(field, error));
        }
    }

    /// <summary>Parses one JSON value for a fact; returns an error naming what was expected, or null.</summary>
    public static string? Parse(FactDef fact, JsonElement raw, out FactValue value)
    {
        value = FactValue.Unknown;
        switch (raw.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.String:
                return FactParser.TryParse(fact, raw.GetString() ?? "", out value);
            case JsonValueKind.Number:
                return FactParser.TryParse(fact, raw.GetRawText(), out value);
            case JsonValueKind.True or JsonValueKind.False when fact.Type == FactType.Bool:
                value = FactValue.Of(raw.ValueKind == JsonValueKind.True);
                return null;
            case JsonValueKind.Array:
                var items = new List<string>();
                foreach (var item in raw.EnumerateArray())
                {
                    if (item.ValueKind != JsonValueKind.String)
                    {
                        return $"expected {Expected(fact)}, got a list holding {Describe(item)}";
                    }

                    items.Add(item.GetString() ?? "");
                }

                return FactParser.TryParse(fact, items, out value);
            default:
                return $"expected {Expected(fact)}, got {Describe(raw)}";
        }
    }

    public static string Expected(FactDef fact) => fact.Type switch
    {
        FactType.Bool => "yes, no, unknown, true or false",
        FactType.Number => $"a number from {fact.Min} to {fact.Max}{(fact.Unit is null ? "" : " " + fact.Unit)}",
        FactType.Choice => $"one of {string.Join(", ", fact.Values)}",
        _ => $"a list of ids from {string.Join(", ", fact.Values)}",
    };

    public static string Describe(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}

using System.Text.Json;
using LegCheck.Core.Cases;
using LegCheck.Core.Model;
using LegCheck.Web.Api;

namespace LegCheck.Web.Pages;

/// <summary>
/// What the browser interview carries from page to page in hidden form fields: the facts so far in the case
/// format, and the ids of the questions answered in order (for Back). The server keeps nothing, so both are
/// validated on every request like any other input.
/// </summary>
public sealed record InterviewState(Evidence Evidence, IReadOnlyList<string> History)
{
    public static InterviewState Empty { get; } = new(Evidence.Empty, []);

    public string FactsField(KnowledgeBase kb) =>
        JsonSerializer.Serialize(FactsJson.From(kb, Evidence), ApiJsonContext.Default.DictionaryStringJsonElement);

    public string HistoryField => string.Join(' ', History);

    /// <summary>Reads the hidden fields back; returns an error naming the field, or null.</summary>
    public static string? TryRead(KnowledgeBase kb, string? facts, string? history, out InterviewState state)
    {
        state = Empty;
        var evidence = Evidence.Empty;
        if (!string.IsNullOrWhiteSpace(facts))
        {
            try
            {
                using var doc = JsonDocument.Parse(facts);
                var errors = new List<FieldError>();
                var wrapper = JsonSerializer.SerializeToElement(
                    new Dictionary<string, JsonElement>(StringComparer.Ordinal) { ["facts"] = doc.RootElement },
                    ApiJsonContext.Default.DictionaryStringJsonElement);
                evidence = new CaseJsonReader(kb).Read(wrapper, new HashSet<string>(StringComparer.Ordinal), errors);
                if (errors.Count > 0)
                {
                    return errors[0].ToString();
                }
            }
            catch (JsonException)
            {
                return "state: expected the facts so far as JSON";
            }
        }

        var ids = (history ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var id in ids)
        {
            if (!kb.Questions.Any(q => q.Id == id))
            {
                return $"history: unknown question id '{id}'";
            }
        }

        state = new InterviewState(evidence, ids);
        return null;
    }
}

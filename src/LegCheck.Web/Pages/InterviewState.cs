using System.Text.Json;
using System.Text;
using LegCheck.Core.Cases;
using LegCheck.Core.Input;
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

    /// <summary>Reads the hidden fields back through the case reader, like any other input.</summary>
    public static Validated<InterviewState> Read(KnowledgeBase kb, string? facts, string? history)
    {
        var evidence = Evidence.Empty;
        if (!string.IsNullOrWhiteSpace(facts))
        {
            // The hidden field holds the facts object itself; document-level problems are the field's own.
            var document = CaseDocument.Parse(Encoding.UTF8.GetBytes(facts), CaseSyntax.Json);
            if (!document.TryGet(out var root, out var errors)
                || !CaseParser.Read(new InputMap([new("facts", root)]), kb, "state", CaseShape.FactsOnly).TryGet(out var state, out errors))
            {
                return Validated.Fail<InterviewState>(errors.Select(e => e.Field == FieldError.TopLevel ? e with { Field = "state" } : e).ToList());
            }

            evidence = state.Facts;
        }

        var ids = (history ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (ids.FirstOrDefault(id => !kb.Questions.Any(q => q.Id == id)) is { } unknown)
        {
            return Validated.Fail<InterviewState>("history", $"unknown question id {Echo.Quote(unknown)}");
        }

        return Validated.Ok(new InterviewState(evidence, ids));
    }
}

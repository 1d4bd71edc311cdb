using LegCheck.Core.Cases;
using LegCheck.Core.Input;
using LegCheck.Core.Model;

namespace LegCheck.Core.Interview;

/// <summary>
/// Applies an answer to a question. Answers are text: "yes", "no", "unknown" for yes/no; a value id for a
/// choice; value ids (possibly none) for a multi; a number for a number question. "unknown" marks the
/// question answered without knowing, so it is not asked again.
/// </summary>
public static class Answers
{
    public const string Unknown = "unknown";

    /// <summary>The new evidence, or an error whose field is the question id and whose message says what was expected.</summary>
    public static Validated<Evidence> Apply(KnowledgeBase kb, Evidence evidence, Question q, IReadOnlyList<string> answer)
    {
        if (answer.Count == 1 && string.Equals(answer[0].Trim(), Unknown, StringComparison.OrdinalIgnoreCase))
        {
            return Validated.Ok<Evidence>(q.SetsFacts.Where(f => !evidence.Has(f)).Aggregate(evidence, (e, f) => e.With(f, FactValue.Unknown)));
        }

        switch (q.Type)
        {
            case QuestionType.MultiChoice when q.SetsFacts.Count > 1:
                if (answer.FirstOrDefault(a => !q.SetsFacts.Contains(a, StringComparer.Ordinal)) is { } odd)
                {
                    return Validated.Fail<Evidence>(q.Id, $"{Echo.Quote(odd)} is not one of {string.Join(", ", q.SetsFacts)}");
                }

                // A tick always counts, even on a fact answered before (the free text said no chest pain, the list says
                // yes). An option left unticked is a "no" when it was offered; a fact answered before and not offered
                // keeps its value, since the runner never saw it.
                var offered = InterviewEngine.OpenOptions(q, evidence).Select(o => o.Value).ToHashSet(StringComparer.Ordinal);
                return Validated.Ok<Evidence>(q.SetsFacts
                    .Where(f => answer.Contains(f, StringComparer.Ordinal) || offered.Contains(f))
                    .Aggregate(evidence, (e, f) => e.With(f, FactValue.Of(answer.Contains(f, StringComparer.Ordinal)))));
            case QuestionType.MultiChoice or QuestionType.SingleChoice:
            {
                var fact = kb.Facts[q.SetsFacts[0]];
                if (answer.Count == 0 && q.Type == QuestionType.MultiChoice)
                {
                    return Validated.Ok<Evidence>(evidence.With(fact.Id, FactValue.Of(Array.Empty<string>())));
                }

                return Set(evidence, q, fact, FactParser.TryParse(fact, answer, out var value), value);
            }

            default:
            {
                var fact = kb.Facts[q.SetsFacts[0]];
                if (answer.Count != 1)
                {
                    return Validated.Fail<Evidence>(q.Id, "expected one answer");
                }

                return Set(evidence, q, fact, FactParser.TryParse(fact, answer[0], out var value), value);
            }
        }
    }

    private static Validated<Evidence> Set(Evidence evidence, Question q, FactDef fact, string? error, FactValue value) =>
        error is null ? Validated.Ok<Evidence>(evidence.With(fact.Id, value)) : Validated.Fail<Evidence>(q.Id, error);

    /// <summary>
    /// Answers a question from a case file, as the person in it would: under the closed world a yes/no
    /// fact the case does not list (nor implies) is "no", a number or choice it does not list is "don't know".
    /// </summary>
    public static Evidence FromCase(KnowledgeBase kb, Evidence evidence, Question q, Evidence caseFacts)
    {
        // The person knows what follows from what they said: a two-hour cramp was still there at rest.
        caseFacts = caseFacts.WithImplications(kb);
        foreach (var factId in q.SetsFacts)
        {
            var fact = kb.Facts[factId];
            var value = caseFacts.Has(factId) ? caseFacts[factId] : fact.Type == FactType.Bool ? FactValue.No : FactValue.Unknown;
            evidence = evidence.With(factId, value);
        }

        return evidence;
    }
}

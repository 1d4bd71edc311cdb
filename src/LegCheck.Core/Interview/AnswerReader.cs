using LegCheck.Core.Cases;
using LegCheck.Core.Input;
using LegCheck.Core.Model;

namespace LegCheck.Core.Interview;

/// <summary>
/// Reads the <c>answer</c> of an interview step, <c>{"question": id, "values": [...]}</c>, and applies it.
/// Errors name <c>answer</c>, <c>answer.question</c> or <c>answer.values</c>.
/// </summary>
public static class AnswerReader
{
    public static Validated<Evidence> Apply(KnowledgeBase kb, Evidence evidence, InputNode? answer)
    {
        if (answer is null or InputScalar { Kind: ScalarKind.Null })
        {
            return Validated.Ok<Evidence>(evidence);
        }

        if (answer is not InputMap map)
        {
            return Validated.Fail<Evidence>("answer", $"expected an object {{\"question\": id, \"values\": [...]}}, got {answer.Describe()}");
        }

        var errors = new List<FieldError>();
        foreach (var (key, _) in map.Entries.Where(e => e.Key is not ("question" or "values")))
        {
            errors.Add(new FieldError("answer." + key, "unknown field; expected question, values"));
        }

        if (map.Get("question") is not InputScalar { Kind: ScalarKind.String, Text: var id })
        {
            errors.Add(new FieldError("answer.question", "expected the id of the question being answered, as a string"));
            return Validated.Fail<Evidence>(errors);
        }

        var question = kb.Questions.FirstOrDefault(q => string.Equals(q.Id, id, StringComparison.Ordinal));
        if (question is null)
        {
            errors.Add(new FieldError("answer.question", "unknown question id; the ids are listed by GET /api/v1/knowledge/questions"));
            return Validated.Fail<Evidence>(errors);
        }

        if (map.Get("values") is not InputList values)
        {
            errors.Add(new FieldError("answer.values", $"expected a list of answer values for {question.Id} (for example [\"yes\"])"));
            return Validated.Fail<Evidence>(errors);
        }

        var texts = new List<string>();
        foreach (var value in values.Items)
        {
            switch (value)
            {
                case InputScalar { Kind: ScalarKind.String or ScalarKind.Number, Text: var text }:
                    texts.Add(text);
                    break;
                case InputScalar { Kind: ScalarKind.Bool, Text: var flag }:
                    texts.Add(flag == "true" ? "yes" : "no");
                    break;
                default:
                    errors.Add(new FieldError("answer.values", $"expected strings or numbers, got {value.Describe()}"));
                    return Validated.Fail<Evidence>(errors);
            }
        }

        if (errors.Count > 0)
        {
            return Validated.Fail<Evidence>(errors);
        }

        var applied = Answers.Apply(kb, evidence, question, texts);
        return applied.IsValid ? applied : Validated.Fail<Evidence>(applied.Errors.Select(e => e with { Field = "answer.values" }).ToList());
    }
}

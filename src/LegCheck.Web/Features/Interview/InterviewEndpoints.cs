using System.Text.Json;
using LegCheck.Core.Cases;
using LegCheck.Core.Engine;
using LegCheck.Core.Interview;
using LegCheck.Web.Api;
using LegCheck.Web.Features.Assess;
using LegCheck.Web.Features.Knowledge;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LegCheck.Web.Features.Interview;

public static class InterviewEndpoints
{
    public const string CaseId = "interview";

    private static readonly IReadOnlySet<string> Extra = new HashSet<string>(StringComparer.Ordinal) { "answer" };

    public static IEndpointRouteBuilder MapInterview(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/interview/next", NextAsync)
            .WithName("InterviewNext")
            .WithTags("Interview")
            .WithSummary("The next interview question, or the result when the interview should stop")
            .WithDescription(
                "Stateless: the server keeps nothing between requests. Send all facts so far (age, sex, facts) and, " +
                "optionally, the answer to the last question as {\"question\": id, \"values\": [...]}. The response's facts " +
                "hold the full state with that answer applied, including \"unknown\" for questions answered 'don't know'; " +
                "send them back unchanged with the next answer. A question counts as answered when all its facts are present. " +
                "Open world: facts not sent are unknown, not no. When should_stop is true, result holds the assessment.")
            .AcceptsJsonBody<InterviewRequest>();
        return app;
    }

    private static async Task<Results<JsonOk<InterviewResponse>, ProblemHttpResult>> NextAsync(
        HttpRequest request, InterviewEngine engine, AssessmentPresenter presenter, CancellationToken ct)
    {
        var (document, problem) = await JsonBody.ReadAsync(request, ct);
        if (document is null)
        {
            return problem!;
        }

        using (document)
        {
            var root = document.RootElement;
            var errors = new List<FieldError>();
            var evidence = new CaseJsonReader(engine.Kb).Read(root, Extra, errors);
            if (errors.Count == 0 && root.TryGetProperty("answer", out var answer) && answer.ValueKind != JsonValueKind.Null)
            {
                evidence = ApplyAnswer(engine, evidence, answer, errors);
            }

            if (errors.Count > 0)
            {
                return Problems.Invalid(errors);
            }

            return new JsonOk<InterviewResponse>(Respond(engine, presenter, evidence));
        }
    }

    public static InterviewResponse Respond(InterviewEngine engine, AssessmentPresenter presenter, Evidence evidence)
    {
        var kb = engine.Kb;
        var step = engine.Next(evidence);
        var contract = AssessmentJson.From(CaseId, step.Assessment);
        var preview = new PreviewJson(contract.Triage, contract.Conditions.Take(3).ToList());
        var stop = step.ShouldStop || step.Next is null;
        return new InterviewResponse(
            stop,
            stop ? step.Reason : null,
            step.QuestionsAsked,
            FactsJson.From(kb, evidence),
            stop ? null : QuestionJson.From(kb, step.Next!.Question),
            stop ? null : step.Next!.Rationale,
            !stop && step.Next!.SafetyCritical,
            stop ? presenter.ToResponse(CaseId, step.Assessment, step.QuestionsAsked) : null,
            preview);
    }

    private static Evidence ApplyAnswer(InterviewEngine engine, Evidence evidence, JsonElement answer, List<FieldError> errors)
    {
        if (answer.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new FieldError("answer", $"expected an object {{\"question\": id, \"values\": [...]}}, got {CaseJsonReader.Describe(answer)}"));
            return evidence;
        }

        if (!answer.TryGetProperty("question", out var questionId) || questionId.ValueKind != JsonValueKind.String)
        {
            errors.Add(new FieldError("answer.question", "expected the id of the question being answered, as a string"));
            return evidence;
        }

        var id = questionId.GetString();
        var question = engine.Kb.Questions.FirstOrDefault(q => string.Equals(q.Id, id, StringComparison.Ordinal));
        if (question is null)
        {
            errors.Add(new FieldError("answer.question", "unknown question id; expected one of the ids listed by GET /api/v1/knowledge/questions"));
            return evidence;
        }

        if (!answer.TryGetProperty("values", out var values) || values.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new FieldError("answer.values", $"expected a list of answer values for {question.Id} (for example [\"yes\"])"));
            return evidence;
        }

        var texts = new List<string>();
        foreach (var v in values.EnumerateArray())
        {
            switch (v.ValueKind)
            {
                case JsonValueKind.String:
                    texts.Add(v.GetString() ?? "");
                    break;
                case JsonValueKind.Number:
                    texts.Add(v.GetRawText());
                    break;
                case JsonValueKind.True or JsonValueKind.False:
                    texts.Add(v.ValueKind == JsonValueKind.True ? "yes" : "no");
                    break;
                default:
                    errors.Add(new FieldError("answer.values", $"expected strings or numbers, got {CaseJsonReader.Describe(v)}"));
                    return evidence;
            }
        }

        try
        {
            return Answers.Apply(engine.Kb, evidence, question, texts);
        }
        catch (ArgumentException e)
        {
            errors.Add(new FieldError("answer.values", AnswerError.Message(e)));
            return evidence;
        }
    }
}

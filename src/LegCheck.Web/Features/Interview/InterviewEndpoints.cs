using LegCheck.Core.Cases;
using LegCheck.Core.Engine;
using LegCheck.Core.Input;
using LegCheck.Core.Interview;
using LegCheck.Web.Api;
using LegCheck.Web.Features.Assess;
using LegCheck.Web.Features.Knowledge;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LegCheck.Web.Features.Interview;

internal static class InterviewEndpoints
{
    public const string CaseId = "interview";

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

        if (!CaseParser.Read(document, engine.Kb, CaseId, CaseShape.InterviewStep).TryGet(out var step, out var errors))
        {
            return Problems.Invalid(errors);
        }

        var answered = AnswerReader.Apply(engine.Kb, step.Facts, (document as InputMap)?.Get("answer"));
        return answered.TryGet(out var evidence, out errors)
            ? new JsonOk<InterviewResponse>(Respond(engine, presenter, evidence))
            : Problems.Invalid(errors);
    }

    public static InterviewResponse Respond(InterviewEngine engine, AssessmentPresenter presenter, Evidence evidence)
    {
        var kb = engine.Kb;
        var step = engine.Next(evidence);
        var contract = AssessmentJson.From(CaseId, step.Assessment);
        var preview = new PreviewJson(contract.Triage, step.Assessment.TopCauses.Select(ConditionJson.Of).ToList());
        var stop = step.ShouldStop || step.Next is null;
        return new InterviewResponse(
            stop,
            stop ? step.Reason : null,
            step.QuestionsAsked,
            FactsJson.From(kb, evidence),
            stop ? null : QuestionJson.From(kb, step.Next!.Question, step.Next.Options),
            stop ? null : step.Next!.Rationale,
            !stop && step.Next!.SafetyCritical,
            stop ? presenter.ToResponse(CaseId, step.Assessment, step.QuestionsAsked) : null,
            preview);
    }
}

using LegCheck.Core.Cases;
using LegCheck.Core.Engine;
using LegCheck.Web.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LegCheck.Web.Features.Assess;

public static class AssessEndpoints
{
    /// <summary>Case id echoed when the request does not name one.</summary>
    public const string DefaultCaseId = "api";

    private static readonly AssessOptions ClosedWorld = AssessOptions.Default with { ClosedWorld = true };

    public static IEndpointRouteBuilder MapAssess(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/assess", AssessAsync)
            .WithName("Assess")
            .WithTags("Assess")
            .WithSummary("Assess a case: ranked causes, triage and plan, with explanations")
            .WithDescription(
                "The body is a case in the contract format as JSON. Closed world: a yes/no fact that is not listed counts as no; " +
                "a number or choice that is not listed stays unknown; \"unknown\" or null keeps a fact unknown. " +
                "The response is the contract JSON (case, triage, conditions, red_flags, advice, disclaimer) plus an explanation; " +
                "?explain=false leaves the explanation out for clients that only need the contract.")
            .AcceptsJsonBody<AssessRequest>();
        return app;
    }

    private static async Task<Results<JsonOk<AssessResponse>, ProblemHttpResult>> AssessAsync(
        HttpRequest request, Assessor assessor, AssessmentPresenter presenter, CancellationToken ct, string? explain = null, string? region = null)
    {
        if (!TryReadFlag(explain, out var withExplanation))
        {
            return Problems.Invalid("explain", $"expected true or false, got '{explain}'");
        }

        if (!EmergencyNumbers.TryFind(region, out var where))
        {
            return Problems.Invalid("region", $"expected one of {string.Join(", ", EmergencyNumbers.Ids)}, got '{region}'");
        }

        var (document, problem) = await JsonBody.ReadAsync(request, ct);
        if (document is null)
        {
            return problem!;
        }

        if (!CaseParser.Read(document, assessor.Kb, DefaultCaseId).TryGet(out var theCase, out var errors))
        {
            return Problems.Invalid(errors);
        }

        var assessment = assessor.Assess(theCase.Facts, ClosedWorld with { Region = where });
        return new JsonOk<AssessResponse>(presenter.ToResponse(theCase.Id, assessment, explain: withExplanation));
    }

    private static bool TryReadFlag(string? text, out bool value)
    {
        value = true;
        return text is null || bool.TryParse(text, out value);
    }
}

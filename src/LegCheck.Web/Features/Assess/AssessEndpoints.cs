using LegCheck.Core.Cases;
using LegCheck.Core.Engine;
using LegCheck.Core.Input;
using LegCheck.Handoff;
using LegCheck.Handoff.Fhir;
using LegCheck.Web.Api;
using LegCheck.Web.Features.Handoff;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LegCheck.Web.Features.Assess;

internal static class AssessEndpoints
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
                "?explain=false leaves the explanation out for clients that only need the contract. " +
                "?format=fhir, or Accept: application/fhir+json, returns a FHIR R4 Bundle instead (Questionnaire, QuestionnaireResponse, " +
                "alarm-sign Observations, RiskAssessment) for a clinic's system.")
            .AcceptsJsonBody<AssessRequest>();
        app.MapGet("/api/v1/assess", AssessQuery)
            .WithName("AssessQuery")
            .WithTags("Assess")
            .WithSummary("Assess a case given in the query: ?format=fhir&age=52&sex=female&swelling=yes&location=calf")
            .WithDescription(
                "The same as POST, with the case in the query: age, sex and id as themselves, every other parameter a fact " +
                "(repeat a tick-list fact, or separate its values by commas). format is json (the default) or fhir.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    private static async Task<Results<JsonOk<AssessResponse>, FhirBundleResult, ProblemHttpResult>> AssessAsync(
        HttpRequest request, Assessor assessor, AssessmentPresenter presenter, TimeProvider time, CancellationToken ct,
        string? explain = null, string? region = null, string? format = null)
    {
        if (Options(request, explain, region, format) is { Problem: { } invalid })
        {
            return invalid;
        }

        var (document, problem) = await JsonBody.ReadAsync(request, ct);
        return document is null ? problem! : Answer(document, request, assessor, presenter, time, explain, region, format);
    }

    private static Results<JsonOk<AssessResponse>, FhirBundleResult, ProblemHttpResult> AssessQuery(
        HttpRequest request, Assessor assessor, AssessmentPresenter presenter, TimeProvider time,
        string? explain = null, string? region = null, string? format = null)
    {
        if (Options(request, explain, region, format) is { Problem: { } invalid })
        {
            return invalid;
        }

        var (document, problem) = QueryCase.Read(request.Query, assessor.Kb);
        return document is null ? problem! : Answer(document, request, assessor, presenter, time, explain, region, format);
    }

    private static Results<JsonOk<AssessResponse>, FhirBundleResult, ProblemHttpResult> Answer(
        InputNode document, HttpRequest request, Assessor assessor, AssessmentPresenter presenter, TimeProvider time,
        string? explain, string? region, string? format)
    {
        var (withExplanation, where, fhir, _) = Options(request, explain, region, format);
        if (!CaseParser.Read(document, assessor.Kb, DefaultCaseId).TryGet(out var theCase, out var errors))
        {
            return Problems.Invalid(errors);
        }

        var assessment = assessor.Assess(theCase.Facts, ClosedWorld with { Region = where });
        if (!fhir)
        {
            return new JsonOk<AssessResponse>(presenter.ToResponse(theCase.Id, assessment, explain: withExplanation));
        }

        // A case given at once is read under the closed world, by the engine and so by the handoff too.
        var input = new HandoffInput { CaseId = theCase.Id, Answers = theCase.Facts, Assessment = assessment, ClosedWorld = true, Complaint = theCase.Summary };
        return new FhirBundleResult(FhirHandoff.Build(assessor.Kb, input, time));
    }

    private static (bool Explain, EmergencyRegion? Region, bool Fhir, ProblemHttpResult? Problem) Options(HttpRequest request, string? explain, string? region, string? format)
    {
        if (!TryReadFlag(explain, out var withExplanation))
        {
            return (true, null, false, Problems.Invalid("explain", $"expected true or false, got '{explain}'"));
        }

        if (!EmergencyNumbers.TryFind(region, out var where))
        {
            return (true, null, false, Problems.Invalid("region", $"expected one of {string.Join(", ", EmergencyNumbers.Ids)}, got '{region}'"));
        }

        var fhir = format?.Trim().ToLowerInvariant() switch
        {
            null => request.Headers.Accept.Any(a => a?.Contains(FhirJson.MediaType, StringComparison.OrdinalIgnoreCase) == true),
            "fhir" => true,
            "json" => false,
            _ => (bool?)null,
        };
        return fhir is null
            ? (true, null, false, Problems.Invalid("format", $"expected json or fhir, got {Echo.Quote(format!)}"))
            : (withExplanation, where, fhir.Value, null);
    }

    private static bool TryReadFlag(string? text, out bool value)
    {
        value = true;
        return text is null || bool.TryParse(text, out value);
    }
}

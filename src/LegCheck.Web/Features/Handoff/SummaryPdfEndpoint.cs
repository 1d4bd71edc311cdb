using LegCheck.Core.Interview;
using LegCheck.Handoff.Pdf;
using LegCheck.Web.Api;
using LegCheck.Web.Pages;

namespace LegCheck.Web.Features.Handoff;

/// <summary>
/// The result page's "Download PDF": the page posts the answers it carries (as every interview page does), and
/// the one-page clinician summary is made from them for this response only. Nothing is written on the server.
/// </summary>
internal static class SummaryPdfEndpoint
{
    public const string Path = "/check/summary.pdf";

    public const string FileName = "legcheck-summary.pdf";

    public static IEndpointRouteBuilder MapSummaryPdf(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, PdfAsync).AcceptsFormOnly().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> PdfAsync(HttpContext http, InterviewEngine engine, TimeProvider time, CancellationToken ct)
    {
        var form = await http.Request.ReadFormAsync(ct);
        if (!InterviewState.Read(engine.Kb, form["state"], form["history"]).TryGet(out var state, out var errors))
        {
            return Problems.Invalid(errors);
        }

        Paper paper;
        switch (((string?)form["paper"])?.Trim().ToLowerInvariant())
        {
            case null or "" or "a4":
                paper = Paper.A4;
                break;
            case "letter":
                paper = Paper.Letter;
                break;
            default:
                return Problems.Invalid("paper", $"expected a4 or letter, got {LegCheck.Core.Input.Echo.Quote((string?)form["paper"] ?? "")}");
        }

        // The same assessment the result page showed: the interview's, open-world, from the answers posted.
        var summary = ResultHandoff.Summary(engine.Kb, state.Evidence, engine.Next(state.Evidence).Assessment, engine.CountAsked(state.Evidence), time);
        var bytes = SummaryPdf.Render(summary, PdfOptions.Default with { Paper = paper });
        http.Response.Headers.CacheControl = "no-store";
        return Results.File(bytes, "application/pdf", FileName);
    }
}

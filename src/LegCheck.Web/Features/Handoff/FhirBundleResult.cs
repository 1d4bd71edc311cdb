using Bundle = Hl7.Fhir.Model.Bundle;
using LegCheck.Handoff.Fhir;

namespace LegCheck.Web.Features.Handoff;

/// <summary>
/// A FHIR R4 bundle as <c>application/fhir+json</c>, serialized by the FHIR SDK in one piece. Health data, so no
/// cache keeps it: it is made for this request and gone after it.
/// </summary>
internal sealed class FhirBundleResult(Bundle bundle) : IResult, IStatusCodeHttpResult
{
    public Bundle Bundle { get; } = bundle;

    public int? StatusCode => StatusCodes.Status200OK;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var bytes = FhirJson.SerializeToUtf8(Bundle);
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = FhirJson.MediaType + "; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        response.ContentLength = bytes.Length;
        return response.Body.WriteAsync(bytes, httpContext.RequestAborted).AsTask();
    }
}

using System.Reflection;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;

namespace LegCheck.Web.Features.Diary;

/// <summary>
/// JSON written by the diary's own writers (<see cref="LegCheck.Diary.Json.ListJson"/>, TrainingJson, TriggerJson,
/// ImportJson), sent as they wrote it so the API says byte for byte what <c>legcheck … --json</c> prints.
/// </summary>
internal abstract class DiaryJsonResult(string json, int status) : IResult, IStatusCodeHttpResult
{
    public string Json { get; } = json;

    public int? StatusCode => status;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var bytes = Encoding.UTF8.GetBytes(Json);
        var response = httpContext.Response;
        response.StatusCode = status;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = bytes.Length;
        AddHeaders(response);
        return response.Body.WriteAsync(bytes, httpContext.RequestAborted).AsTask();
    }

    protected virtual void AddHeaders(HttpResponse response)
    {
    }

    protected static void Declare(EndpointBuilder builder, int status) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(status, typeof(JsonElement), ["application/json"]));
}

/// <summary>200 with diary JSON.</summary>
internal sealed class DiaryJsonOk(string json) : DiaryJsonResult(json, StatusCodes.Status200OK), IEndpointMetadataProvider
{
    static void IEndpointMetadataProvider.PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Declare(builder, StatusCodes.Status200OK);
}

/// <summary>201 with the diary JSON of what was created, and its address.</summary>
internal sealed class DiaryJsonCreated(string json, string location) : DiaryJsonResult(json, StatusCodes.Status201Created), IEndpointMetadataProvider
{
    public string Location { get; } = location;

    protected override void AddHeaders(HttpResponse response) => response.Headers.Location = Location;

    static void IEndpointMetadataProvider.PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Declare(builder, StatusCodes.Status201Created);
}

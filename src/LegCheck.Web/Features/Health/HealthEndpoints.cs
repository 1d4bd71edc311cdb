namespace LegCheck.Web.Features.Health;

/// <summary>A liveness check that does no work; the load benchmark compares the assess endpoint with it.</summary>
internal sealed record PingResponse(string Status);

internal static class HealthEndpoints
{
    private static readonly PingResponse Ok = new("ok");

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/ping", () => TypedResults.Ok(Ok))
            .WithName("Ping")
            .WithTags("Health")
            .WithSummary("Liveness check");
        return app;
    }
}

using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using LegCheck.Web.Api;
using Microsoft.AspNetCore.RateLimiting;

namespace LegCheck.Web.Hosted;

/// <summary>
/// The built-in rate limiter's policies: <see cref="PerUser"/> on the diary (by account), <see cref="PerClient"/> on
/// assess and interview and <see cref="Login"/> on the account endpoints (by client address, as the forwarded
/// headers tell it behind a proxy). A refused request is a 429 Problem Details with Retry-After.
/// </summary>
internal static class HostedRateLimits
{
    public const string PerUser = "per-user";
    public const string PerClient = "per-client";
    public const string Login = "login";

    public static IServiceCollection AddHostedRateLimits(this IServiceCollection services, HostedRateLimitOptions limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return services.AddRateLimiter(o =>
        {
            o.AddPolicy(PerUser, http => Window("user:" + (http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? Client(http)), limits.DiaryPerUser));
            o.AddPolicy(PerClient, http => Window("client:" + Client(http), limits.AssessPerClient));
            o.AddPolicy(Login, http => Window("login:" + Client(http), limits.LoginPerClient));
            o.OnRejected = RejectAsync;
        });
    }

    private static RateLimitPartition<string> Window(string key, int perMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = perMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });

    private static string Client(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? retry : TimeSpan.FromMinutes(1);
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        await Problems.Invalid("rate", $"too many requests; try again in {Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))} s", StatusCodes.Status429TooManyRequests)
            .ExecuteAsync(http).ConfigureAwait(false);
    }
}

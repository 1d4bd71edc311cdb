using LegCheck.Web.Api;
using Microsoft.AspNetCore.HttpOverrides;

namespace LegCheck.Web.Hosted;

/// <summary>
/// In front of everything in hosted mode: the client's address and scheme as a trusted proxy forwards them, then HTTPS
/// only (a redirect where an HTTPS port is known, else a 400 that says why) with HSTS, unless turned off for Development.
/// </summary>
internal static class HttpsOnly
{
    public static IServiceCollection AddHostedFront(this IServiceCollection services, HostedOptions hosted)
    {
        ArgumentNullException.ThrowIfNull(hosted);
        return services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in hosted.KnownProxies)
            {
                o.KnownProxies.Add(proxy);
            }

            foreach (var network in hosted.KnownNetworks)
            {
                o.KnownIPNetworks.Add(network);
            }
        });
    }

    public static IApplicationBuilder UseHostedFront(this IApplicationBuilder app, HostedOptions hosted)
    {
        ArgumentNullException.ThrowIfNull(hosted);
        app.UseForwardedHeaders();
        if (!hosted.RequireHttps)
        {
            return app;
        }

        app.UseHsts();
        app.UseHttpsRedirection();
        return app.Use(async (context, next) =>
        {
            if (context.Request.IsHttps)
            {
                await next(context);
                return;
            }

            await Problems.Invalid(
                "scheme",
                "hosted LegCheck takes HTTPS only: bind an https:// URL, or put it behind a proxy that ends TLS and sends X-Forwarded-Proto (see LegCheck:KnownProxies)")
                .ExecuteAsync(context);
        });
    }
}

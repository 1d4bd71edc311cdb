using System.Net;

namespace LegCheck.Web;

/// <summary>
/// Refuses addresses other than loopback: LegCheck handles health data and is meant to be reached only
/// from the same machine.
/// </summary>
internal static class LoopbackGuard
{
    public static void Check(string urls)
    {
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!IsLoopback(url))
            {
                throw new StartupException(
                    $"urls: '{url}' is not a loopback address; expected http://127.0.0.1:PORT, http://localhost:PORT or http://[::1]:PORT");
            }
        }
    }

    /// <summary>
    /// Every address the configuration asks for, before anything binds: <c>urls</c> (also from ASPNETCORE_URLS),
    /// each <c>Kestrel:Endpoints:NAME:Url</c> (also from Kestrel__Endpoints__… variables), and the
    /// <c>http_ports</c>/<c>https_ports</c> settings, which bind every interface by design.
    /// </summary>
    public static void CheckConfiguration(IConfiguration configuration)
    {
        foreach (var key in new[] { "http_ports", "https_ports" })
        {
            if (!string.IsNullOrWhiteSpace(configuration[key]))
            {
                throw new StartupException(
                    $"{key}: '{configuration[key]}' would listen on every interface; use --urls http://127.0.0.1:PORT instead");
            }
        }

        foreach (var endpoint in configuration.GetSection("Kestrel:Endpoints").GetChildren())
        {
            var url = endpoint["Url"];
            if (url is not null && !IsLoopback(url))
            {
                throw new StartupException(
                    $"Kestrel:Endpoints:{endpoint.Key}:Url: '{url}' is not a loopback address; expected http://127.0.0.1:PORT, http://localhost:PORT or http://[::1]:PORT");
            }
        }
    }

    /// <summary>The first of <paramref name="addresses"/> (as the server reports them) that is not loopback, or null.</summary>
    public static string? FirstOutside(IEnumerable<string> addresses) => addresses.FirstOrDefault(a => !IsLoopback(a));

    public static bool IsLoopback(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return false;
        }

        return uri.IsLoopback
            && (string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase)
                || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip)));
    }
}

using System.Net;

namespace LegCheck.Web;

/// <summary>
/// Refuses addresses other than loopback: LegCheck handles health data and is meant to be reached only
/// from the same machine.
/// </summary>
public static class LoopbackGuard
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

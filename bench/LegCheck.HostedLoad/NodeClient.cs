using System.Diagnostics;
using System.Net.Http.Headers;

namespace LegCheck.HostedLoad;

/// <summary>A request's answer as the load counts it: the status (0 when none came), the body, the time until the body was read, and what went wrong.</summary>
public readonly record struct Reply(int Status, string Body, double Milliseconds, string? Failure)
{
    public bool Is(int status) => Status == status;
}

/// <summary>
/// Sends to one of the nodes over a shared connection pool and times each request up to its last byte. A refused
/// connection or a timeout is a reply with status 0, so every request ends as a sample and none ends the loop.
/// </summary>
public sealed class NodeClient(HttpClient http, IReadOnlyList<Uri> nodes)
{
    public int Count => nodes.Count;

    public Uri this[int node] => nodes[node];

    public async Task<Reply> SendAsync(int node, HttpMethod method, string path, HttpContent? content = null, string? bearer = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(nodes[node], path)) { Content = content };
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        var start = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
            var body = await response.Content.ReadAsStringAsync();
            return new Reply((int)response.StatusCode, body, Stopwatch.GetElapsedTime(start).TotalMilliseconds, null);
        }
        catch (HttpRequestException ex)
        {
            return new Reply(0, "", Stopwatch.GetElapsedTime(start).TotalMilliseconds, ex.Message);
        }
        catch (TaskCanceledException)
        {
            return new Reply(0, "", Stopwatch.GetElapsedTime(start).TotalMilliseconds, $"no answer within {http.Timeout.TotalSeconds:0} s");
        }
    }
}

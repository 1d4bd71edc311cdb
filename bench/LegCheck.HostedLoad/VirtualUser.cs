using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace LegCheck.HostedLoad;

/// <summary>
/// One runner: signs up and logs in on a random node, then until the time is up imports a run or logs an episode,
/// lists and reads back its own rows (a share of the reads on another node than its own), and asks for another
/// account's latest run or episode, which must be a 404. Every request ends as a sample.
/// </summary>
public sealed class VirtualUser(int index, string tag, LoadOptions options, NodeClient nodes, IdBoard board, IReadOnlyList<(string Name, byte[] Bytes)> samples)
{
    /// <summary>The kinds of request, as the report names them.</summary>
    public static readonly string[] Operations =
        ["import", "episode create", "runs list", "episodes list", "run by id", "episode by id", "other's run (404)", "other's episode (404)"];

    private const string Password = "Load-Pass-1";
    private const string Diary = "/api/v1/diary";

    private readonly Random random = new(unchecked((options.Seed * 397) + index));
    private readonly List<long> runs = [];
    private readonly List<long> episodes = [];
    private int home;
    private string? token;
    private int imports;
    private Recorder recorder = new();

    /// <summary>Every row this account makes starts with it: the runs' file names and the episodes' notes.</summary>
    public string Marker { get; } = $"{tag}u{index:D2}-";

    public Recorder SignUp { get; } = new();

    public Recorder Warmup { get; } = new();

    public Recorder Load { get; } = new();

    public bool SignedIn => token is not null;

    public async Task SignUpAsync()
    {
        var email = $"load-{tag}-{index:D2}@example.org";
        var node = random.Next(nodes.Count);
        var registered = await nodes.SendAsync(node, HttpMethod.Post, "/api/v1/account/register", Json(new { email, password = Password }));
        SignUp.Add(node, "register", registered.Milliseconds, registered.Is(200) ? Outcome.Ok : Outcome.Error, Why(registered));
        if (!registered.Is(200))
        {
            return;
        }

        node = random.Next(nodes.Count);
        var login = await nodes.SendAsync(node, HttpMethod.Post, "/api/v1/account/login", Json(new { email, password = Password }));
        var accessToken = login.Is(200) ? Token(login.Body) : null;
        SignUp.Add(node, "log in", login.Milliseconds, accessToken is null ? Outcome.Error : Outcome.Ok, Why(login));
        token = accessToken;
        home = random.Next(nodes.Count);
    }

    /// <summary>
    /// Loops until <paramref name="clock"/> passes the warm-up and the duration; a request already sent is waited for,
    /// none is started after. Requests started in the warm-up go to <see cref="Warmup"/>, the later ones to <see cref="Load"/>.
    /// </summary>
    public async Task RunAsync(Stopwatch clock)
    {
        Func<int, Task>[] steps =
        [
            i => i % 2 == 0 ? ImportAsync() : LogEpisodeAsync(),
            _ => ListAsync("runs list", "/runs", "file"),
            _ => ListAsync("episodes list", "/episodes", "notes"),
            i => ReadOwnAsync(run: i % 2 == 0),
            i => ProbeOthersAsync(run: i % 2 == 1),
        ];
        for (var iteration = 0; ; iteration++)
        {
            foreach (var step in steps)
            {
                var elapsed = clock.Elapsed;
                if (elapsed >= options.Warmup + options.Duration)
                {
                    return;
                }

                recorder = elapsed < options.Warmup ? Warmup : Load;
                await step(iteration);
            }
        }
    }

    private async Task ImportAsync()
    {
        var (name, bytes) = imports < samples.Count
            ? (Marker + samples[imports].Name, samples[imports].Bytes)
            : (Marker + imports.ToString("D4", CultureInfo.InvariantCulture) + ".fit", SyntheticRuns.Fit(imports, random));
        imports++;
        using var upload = new MultipartFormDataContent();
        var part = new ByteArrayContent(bytes);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        upload.Add(part, "files", name);
        var node = Pick();
        var reply = await nodes.SendAsync(node, HttpMethod.Post, Diary + "/import", upload, token);
        var ids = reply.Is(200) ? ImportedRuns(reply.Body) : [];
        recorder.Add(node, "import", reply.Milliseconds, ids.Count > 0 ? Outcome.Ok : Outcome.Error, reply.Is(200) ? $"{name} not imported: {reply.Body}" : Why(reply));
        runs.AddRange(ids);
        if (ids.Count > 0)
        {
            board.Run(index, ids[^1]);
        }
    }

    private async Task LogEpisodeAsync()
    {
        var node = Pick();
        var notes = Marker + episodes.Count.ToString(CultureInfo.InvariantCulture);
        var body = Json(new { symptoms = new[] { "calf_cramp" }, severity = 1 + random.Next(10), notes });
        var reply = await nodes.SendAsync(node, HttpMethod.Post, Diary + "/episodes", body, token);
        var id = reply.Is(201) ? CreatedId(reply.Body) : null;
        recorder.Add(node, "episode create", reply.Milliseconds, id is null ? Outcome.Error : Outcome.Ok, Why(reply));
        if (id is { } created)
        {
            episodes.Add(created);
            board.Episode(index, created);
        }
    }

    private async Task ListAsync(string operation, string path, string markerField)
    {
        var node = Pick();
        var reply = await nodes.SendAsync(node, HttpMethod.Get, Diary + path, bearer: token);
        var (outcome, reason) = reply.Is(200) ? Ownership.OfList(reply.Body, markerField, Marker) : (Outcome.Error, Why(reply));
        recorder.Add(node, operation, reply.Milliseconds, outcome, reason);
    }

    private async Task ReadOwnAsync(bool run)
    {
        var own = run ? runs : episodes;
        if (own.Count == 0)
        {
            return;
        }

        var id = own[random.Next(own.Count)];
        var node = Pick();
        var reply = await nodes.SendAsync(node, HttpMethod.Get, $"{Diary}/{(run ? "runs" : "episodes")}/{id}", bearer: token);
        var (outcome, reason) = reply.Is(200) ? Ownership.OfOne(reply.Body, id, run ? "file" : "notes", Marker) : (Outcome.Error, Why(reply));
        recorder.Add(node, run ? "run by id" : "episode by id", reply.Milliseconds, outcome, reason);
    }

    /// <summary>Another account's id must not be found: a 404 is right, a 200 is a leak, anything else an error.</summary>
    private async Task ProbeOthersAsync(bool run)
    {
        if (board.Others(index, run, random) is not { } id)
        {
            return;
        }

        var node = Pick();
        var reply = await nodes.SendAsync(node, HttpMethod.Get, $"{Diary}/{(run ? "runs" : "episodes")}/{id}", bearer: token);
        var outcome = reply.Status switch
        {
            404 => Outcome.Ok,
            200 => Outcome.Leak,
            _ => Outcome.Error,
        };
        recorder.Add(node, run ? "other's run (404)" : "other's episode (404)", reply.Milliseconds, outcome, reply.Is(200) ? $"another account's {id} was answered" : Why(reply));
    }

    /// <summary>The account's own node, or with the options' share another one: nodes share nothing but the database.</summary>
    private int Pick()
    {
        if (nodes.Count < 2 || random.NextDouble() >= options.OtherNodeShare)
        {
            return home;
        }

        var other = random.Next(nodes.Count - 1);
        return other >= home ? other + 1 : other;
    }

    private static string Why(Reply reply) =>
        reply.Failure ?? $"HTTP {reply.Status} {(reply.Body.Length > 200 ? reply.Body[..200] : reply.Body)}";

    private static StringContent Json(object value) => new(JsonSerializer.Serialize(value), Encoding.UTF8, "application/json");

    private static string? Token(string body) =>
        Read(body, root => root.GetProperty("accessToken").GetString(), null);

    private static long? CreatedId(string body) => Read<long?>(body, root => root.GetProperty("id").GetInt64(), null);

    /// <summary>The ids of the runs an import answer says it stored (an imported or partly recovered file).</summary>
    private static List<long> ImportedRuns(string body) => Read(
        body,
        root => root.GetProperty("files").EnumerateArray()
            .Where(f => f.GetProperty("result").GetString() is "imported" or "partly_recovered")
            .SelectMany(f => f.GetProperty("runs").EnumerateArray())
            .Select(r => r.GetProperty("id").GetInt64())
            .ToList(),
        []);

    /// <summary>A value out of a JSON answer, or <paramref name="fallback"/> when the answer is not shaped as expected (then counted as an error).</summary>
    private static T Read<T>(string body, Func<JsonElement, T> read, T fallback)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return read(document.RootElement);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
        {
            return fallback;
        }
    }
}

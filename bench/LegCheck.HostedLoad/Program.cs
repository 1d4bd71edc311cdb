using System.Diagnostics;
using System.Net;
using LegCheck.HostedLoad;

// The hosted load benchmark (bench/hosted/load.sh starts the database and the nodes): every account signs up at
// once, then all of them import, log, list and read at once through the warm-up and the measured duration.
// Exit code 1 when any request failed or showed another account's data, 2 when the command line is unusable.
var options = LoadOptions.Parse(args, out var error);
if (options is null)
{
    Console.Error.WriteLine(error);
    Console.Error.WriteLine(LoadOptions.Usage);
    return 2;
}

IReadOnlyList<(string, byte[])> samples = [.. options.Samples.Select(p => (Path.GetFileName(p), File.ReadAllBytes(p)))];
using var handler = new SocketsHttpHandler
{
    AllowAutoRedirect = false,
    UseCookies = false,
    AutomaticDecompression = DecompressionMethods.None,
    PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
};
using var http = new HttpClient(handler) { Timeout = options.Timeout };
var nodes = new NodeClient(http, options.Nodes);
var board = new IdBoard(options.Users);

// A tag of its own per run keeps the e-mail addresses and row markers apart when the same database is loaded twice.
var tag = Guid.NewGuid().ToString("N")[..6];
var users = Enumerable.Range(0, options.Users).Select(i => new VirtualUser(i, tag, options, nodes, board, samples)).ToList();

var clock = Stopwatch.StartNew();
await Task.WhenAll(users.Select(u => u.SignUpAsync()));
var signUpElapsed = clock.Elapsed;

clock.Restart();
var running = Task.WhenAll(users.Where(u => u.SignedIn).Select(u => u.RunAsync(clock)));
await Task.Delay(options.Warmup);
var cpuBefore = CpuSnapshot.Take(options.Watched);
await running;
var elapsed = clock.Elapsed - options.Warmup;
var cpu = cpuBefore is null ? null : CpuSnapshot.Take(options.Watched)?.Since(cpuBefore);

var report = LoadReport.Of(options, [.. users.SelectMany(u => u.SignUp.Samples)], signUpElapsed,
    [.. users.SelectMany(u => u.Warmup.Samples)], [.. users.SelectMany(u => u.Load.Samples)], elapsed, cpu);
Console.WriteLine(options.Json ? report.Json() : report.Table());
foreach (var reason in users.SelectMany(u => u.SignUp.Reasons.Concat(u.Warmup.Reasons).Concat(u.Load.Reasons)).Distinct(StringComparer.Ordinal).Take(10))
{
    Console.Error.WriteLine(reason);
}

return report.Met ? 0 : 1;

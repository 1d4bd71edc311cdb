using System.Globalization;

namespace LegCheck.HostedLoad;

/// <summary>
/// What one load run does: how many accounts, for how long, against which nodes, which real files each account
/// imports before the generated ones, how often a read goes to a node other than the account's own, and the seed.
/// </summary>
public sealed record LoadOptions
{
    public int Users { get; init; } = 50;

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Load before the measured duration, for the nodes' JIT and connection pools; checked for errors and leaks all the same.</summary>
    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(3);

    public IReadOnlyList<Uri> Nodes { get; init; } = [];

    /// <summary>Activity files every account imports first (vendored test samples); generated runs follow.</summary>
    public IReadOnlyList<string> Samples { get; init; } = [];

    /// <summary>The share of reads sent to another node than the account's own (its "home" node).</summary>
    public double OtherNodeShare { get; init; } = 0.25;

    /// <summary>A request still unanswered after this long counts as an error (a timeout).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    public int Seed { get; init; } = 20261203;

    /// <summary>Processes whose CPU time (with their children's) is reported per label: the nodes, PostgreSQL's postmaster.</summary>
    public IReadOnlyList<(string Label, int Pid)> Watched { get; init; } = [];

    public bool Json { get; init; }

    public const string Usage =
        "usage: LegCheck.HostedLoad --node URL [--node URL ...] [--users 50] [--seconds 20] [--warmup 3] [--sample FILE ...] " +
        "[--other-node 0.25] [--timeout 30] [--seed N] [--watch LABEL=PID ...] [--json]";

    /// <summary>Reads the command line (see <see cref="Usage"/>); null with a reason when it is unusable.</summary>
    public static LoadOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        var options = new LoadOptions();
        var nodes = new List<Uri>();
        var samples = new List<string>();
        var watched = new List<(string, int)>();
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--users" when int.TryParse(value, CultureInfo.InvariantCulture, out var users) && users > 1:
                    options = options with { Users = users };
                    i++;
                    break;
                case "--seconds" when Positive(value) is { } seconds:
                    options = options with { Duration = TimeSpan.FromSeconds(seconds) };
                    i++;
                    break;
                case "--warmup" when double.TryParse(value, CultureInfo.InvariantCulture, out var warmup) && warmup >= 0 && double.IsFinite(warmup):
                    options = options with { Warmup = TimeSpan.FromSeconds(warmup) };
                    i++;
                    break;
                case "--timeout" when Positive(value) is { } timeout:
                    options = options with { Timeout = TimeSpan.FromSeconds(timeout) };
                    i++;
                    break;
                case "--other-node" when double.TryParse(value, CultureInfo.InvariantCulture, out var share) && share is >= 0 and <= 1:
                    options = options with { OtherNodeShare = share };
                    i++;
                    break;
                case "--seed" when int.TryParse(value, CultureInfo.InvariantCulture, out var seed):
                    options = options with { Seed = seed };
                    i++;
                    break;
                case "--node" when Uri.TryCreate(value, UriKind.Absolute, out var node) && node.Scheme is "http" or "https":
                    nodes.Add(node);
                    i++;
                    break;
                case "--sample" when value is not null && File.Exists(value):
                    samples.Add(value);
                    i++;
                    break;
                case "--watch" when value?.Split('=') is [{ Length: > 0 } label, var pid] && int.TryParse(pid, CultureInfo.InvariantCulture, out var id) && id > 0:
                    watched.Add((label, id));
                    i++;
                    break;
                case "--json":
                    options = options with { Json = true };
                    break;
                default:
                    error = $"unusable argument '{args[i]}'{(value is null || args[i] == "--json" ? "" : $" '{value}'")}";
                    return null;
            }
        }

        if (nodes.Count == 0)
        {
            error = "at least one --node URL is needed";
            return null;
        }

        return options with { Nodes = nodes, Samples = samples, Watched = watched };
    }

    private static double? Positive(string? text) =>
        double.TryParse(text, CultureInfo.InvariantCulture, out var value) && value > 0 && double.IsFinite(value) ? value : null;
}

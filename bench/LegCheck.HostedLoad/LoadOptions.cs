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
            if (args[i] == "--json")
            {
                options = options with { Json = true };
                continue;
            }

            if (WithSetting(options, args[i], value) is { } set)
            {
                options = set;
            }
            else if (!AddListed(args[i], value, nodes, samples, watched))
            {
                error = $"unusable argument '{args[i]}'{(value is null ? "" : $" '{value}'")}";
                return null;
            }

            i++;
        }

        if (nodes.Count == 0)
        {
            error = "at least one --node URL is needed";
            return null;
        }

        return options with { Nodes = nodes, Samples = samples, Watched = watched };
    }

    /// <summary>The options given once (a number each); null when the argument is not one of them or its value is unusable.</summary>
    private static LoadOptions? WithSetting(LoadOptions options, string arg, string? value) => arg switch
    {
        "--users" when int.TryParse(value, CultureInfo.InvariantCulture, out var users) && users > 1 => options with { Users = users },
        "--seconds" when Positive(value) is { } seconds => options with { Duration = TimeSpan.FromSeconds(seconds) },
        "--warmup" when double.TryParse(value, CultureInfo.InvariantCulture, out var warmup) && warmup >= 0 && double.IsFinite(warmup) =>
            options with { Warmup = TimeSpan.FromSeconds(warmup) },
        "--timeout" when Positive(value) is { } timeout => options with { Timeout = TimeSpan.FromSeconds(timeout) },
        "--other-node" when double.TryParse(value, CultureInfo.InvariantCulture, out var share) && share is >= 0 and <= 1 => options with { OtherNodeShare = share },
        "--seed" when int.TryParse(value, CultureInfo.InvariantCulture, out var seed) => options with { Seed = seed },
        _ => null,
    };

    /// <summary>The options that may be repeated; false when the argument is not one of them or its value is unusable.</summary>
    private static bool AddListed(string arg, string? value, List<Uri> nodes, List<string> samples, List<(string, int)> watched)
    {
        switch (arg)
        {
            case "--node" when Uri.TryCreate(value, UriKind.Absolute, out var node) && node.Scheme is "http" or "https":
                nodes.Add(node);
                return true;
            case "--sample" when value is not null && File.Exists(value):
                samples.Add(value);
                return true;
            case "--watch" when value?.Split('=') is [{ Length: > 0 } label, var pid] && int.TryParse(pid, CultureInfo.InvariantCulture, out var id) && id > 0:
                watched.Add((label, id));
                return true;
            default:
                return false;
        }
    }

    private static double? Positive(string? text) =>
        double.TryParse(text, CultureInfo.InvariantCulture, out var value) && value > 0 && double.IsFinite(value) ? value : null;
}

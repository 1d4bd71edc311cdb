namespace LegCheck.HostedLoad;

/// <summary>What one load run does: how many accounts, for how long, against which nodes (requests alternate between them).</summary>
public sealed record LoadOptions
{
    public int Users { get; init; } = 50;

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(20);

    public IReadOnlyList<Uri> Nodes { get; init; } = [];

    public bool Json { get; init; }

    /// <summary>Reads "--users N --seconds S --node URL [--node URL] [--json]"; null with a reason when the line is unusable.</summary>
    public static LoadOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        var options = new LoadOptions();
        var nodes = new List<Uri>();
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--users" when int.TryParse(value, out var users) && users > 0:
                    options = options with { Users = users };
                    i++;
                    break;
                case "--seconds" when double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds > 0:
                    options = options with { Duration = TimeSpan.FromSeconds(seconds) };
                    i++;
                    break;
                case "--node" when Uri.TryCreate(value, UriKind.Absolute, out var node):
                    nodes.Add(node);
                    i++;
                    break;
                case "--json":
                    options = options with { Json = true };
                    break;
                default:
                    error = $"unusable argument '{args[i]}'";
                    return null;
            }
        }

        if (nodes.Count == 0)
        {
            error = "at least one --node URL is needed";
            return null;
        }

        return options with { Nodes = nodes };
    }
}

namespace LegCheck.HostedLoad;

/// <summary>How one request ended: as expected, not as expected (a status, a body or a timeout), or with another account's data.</summary>
public enum Outcome
{
    Ok,
    Error,
    Leak,
}

/// <summary>One timed request: the node it went to (index into the options' nodes), what it did, its latency and outcome.</summary>
public readonly record struct Sample(int Node, string Operation, double Milliseconds, Outcome Outcome);

/// <summary>One account's samples and the first few reasons it saw for an error or a leak; owned by one user's loop, so no locks.</summary>
public sealed class Recorder
{
    private const int KeptReasons = 5;

    public List<Sample> Samples { get; } = [];

    public List<string> Reasons { get; } = [];

    public void Add(int node, string operation, double milliseconds, Outcome outcome, string? reason = null)
    {
        Samples.Add(new Sample(node, operation, milliseconds, outcome));
        if (outcome != Outcome.Ok && Reasons.Count < KeptReasons)
        {
            Reasons.Add($"{outcome.ToString().ToLowerInvariant()} {operation}: {reason ?? "unexpected answer"}");
        }
    }
}

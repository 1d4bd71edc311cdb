using System.Globalization;

namespace LegCheck.HostedLoad;

/// <summary>
/// CPU time read from /proc (Linux): of process trees (a node; PostgreSQL's postmaster with its backends), of this
/// driver, and of the whole machine. The other helpers' builds share the two cores, so wall-clock figures swing;
/// CPU time per request, and how much of the machine went to other programs, say how far to trust them.
/// </summary>
public sealed record CpuSnapshot(IReadOnlyDictionary<string, TimeSpan> Watched, TimeSpan Driver, TimeSpan MachineBusy)
{
    // /proc counts in USER_HZ, which Linux fixes at 100 for user space whatever the kernel's own tick.
    private const double TicksPerSecond = 100;

    /// <summary>Now, for each label the CPU of its processes and all their descendants; null where there is no /proc.</summary>
    public static CpuSnapshot? Take(IReadOnlyList<(string Label, int Pid)> watched)
    {
        if (!File.Exists("/proc/stat"))
        {
            return null;
        }

        var parents = new Dictionary<int, int>();
        var ticks = new Dictionary<int, long>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), CultureInfo.InvariantCulture, out var pid) && Stat(dir) is { } stat)
            {
                parents[pid] = stat.Parent;
                ticks[pid] = stat.Ticks;
            }
        }

        var sums = watched.Select(w => w.Label).Distinct(StringComparer.Ordinal).ToDictionary(l => l, _ => TimeSpan.Zero, StringComparer.Ordinal);
        foreach (var (pid, own) in ticks)
        {
            if (watched.FirstOrDefault(w => Descends(pid, w.Pid, parents)) is { Label: { } label })
            {
                sums[label] += TimeSpan.FromSeconds(own / TicksPerSecond);
            }
        }

        using var self = System.Diagnostics.Process.GetCurrentProcess();
        return new CpuSnapshot(sums, self.TotalProcessorTime, MachineBusyTime());
    }

    /// <summary>What was used between <paramref name="earlier"/> and this snapshot.</summary>
    public CpuSnapshot Since(CpuSnapshot earlier) => new(
        Watched.ToDictionary(w => w.Key, w => w.Value - earlier.Watched.GetValueOrDefault(w.Key), StringComparer.Ordinal),
        Driver - earlier.Driver,
        MachineBusy - earlier.MachineBusy);

    private static bool Descends(int pid, int root, Dictionary<int, int> parents)
    {
        for (var depth = 0; depth < 64 && pid > 1; depth++)
        {
            if (pid == root)
            {
                return true;
            }

            if (!parents.TryGetValue(pid, out pid))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The parent and the user + system ticks of one process; its name, in parentheses, may hold spaces.</summary>
    private static (int Parent, long Ticks)? Stat(string dir)
    {
        try
        {
            var text = File.ReadAllText(Path.Combine(dir, "stat"));
            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            return (int.Parse(fields[1], CultureInfo.InvariantCulture),
                long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            return null; // the process ended while the folder was read
        }
    }

    /// <summary>All cores' busy time: the first line of /proc/stat less its idle and I/O wait columns.</summary>
    private static TimeSpan MachineBusyTime()
    {
        var columns = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..]
            .Take(8).Select(c => long.Parse(c, CultureInfo.InvariantCulture)).ToArray();
        return TimeSpan.FromSeconds((columns.Sum() - columns[3] - columns[4]) / TicksPerSecond);
    }
}

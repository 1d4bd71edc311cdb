using System.Globalization;
using System.Text;
using System.Text.Json;

namespace LegCheck.HostedLoad;

/// <summary>What a run measured: the sign-up, the warm-up (errors and leaks only), then the measured load per node, in all and per kind of request.</summary>
public sealed record LoadReport(LoadOptions Options, Figures SignUp, Figures Warmup, TimeSpan Elapsed, IReadOnlyList<Figures> Nodes, Figures All, IReadOnlyList<Figures> Operations, CpuSnapshot? Cpu)
{
    public int Errors => SignUp.Errors + Warmup.Errors + All.Errors;

    public int Leaks => SignUp.Leaks + Warmup.Leaks + All.Leaks;

    public bool Met => Errors + Leaks == 0;

    public static LoadReport Of(LoadOptions options, IReadOnlyList<Sample> signUp, TimeSpan signUpElapsed, IReadOnlyList<Sample> warmup, IReadOnlyList<Sample> load, TimeSpan elapsed, CpuSnapshot? cpu) => new(
        options,
        Figures.Of("sign-up", signUp, signUpElapsed),
        Figures.Of("warm-up", warmup, options.Warmup),
        elapsed,
        [.. options.Nodes.Select((node, i) => Figures.Of(node.ToString().TrimEnd('/'), [.. load.Where(s => s.Node == i)], elapsed))],
        Figures.Of("all", load, elapsed),
        [.. load.GroupBy(s => s.Operation, StringComparer.Ordinal)
            .OrderBy(g => Order(g.Key))
            .Select(g => Figures.Of(g.Key, [.. g], elapsed))],
        cpu);

    /// <summary>Requests in the order a virtual user sends them, whichever came first in this run.</summary>
    private static int Order(string operation) => Array.IndexOf(VirtualUser.Operations, operation) is var i and >= 0 ? i : int.MaxValue;

    public string Table()
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.AppendLine(inv, $"hosted load: {Options.Users} users, {Elapsed.TotalSeconds:0.0} s measured, {Options.Nodes.Count} nodes, {Options.OtherNodeShare * 100:0}% of requests on another node than the account's");
        text.AppendLine(inv, $"sign-up (register + log in): {SignUp.Requests} requests, p50 {SignUp.P50:0.0} ms, p99 {SignUp.P99:0.0} ms, errors {SignUp.Errors}");
        text.AppendLine(inv, $"warm-up ({Options.Warmup.TotalSeconds:0.#} s, not in the figures below): {Warmup.Requests} requests, errors {Warmup.Errors}, leaks {Warmup.Leaks}");
        text.AppendLine();
        text.AppendLine(inv, $"{"",-26} {"requests",9} {"req/s",8} {"p50 ms",8} {"p99 ms",8} {"errors",7} {"leaks",6}");
        void Row(string label, Figures row) =>
            text.AppendLine(inv, $"{label,-26} {row.Requests,9} {row.PerSecond,8:0.0} {row.P50,8:0.0} {row.P99,8:0.0} {row.Errors,7} {row.Leaks,6}");
        foreach (var node in Nodes)
        {
            Row("node " + node.Label, node);
        }

        Row("all", All);
        foreach (var operation in Operations)
        {
            Row("  " + operation.Label, operation);
        }

        if (Cpu is { Watched.Count: > 0 } cpu)
        {
            text.AppendLine();
            text.AppendLine(inv, $"CPU in the measured {Elapsed.TotalSeconds:0.0} s: {string.Join(", ", cpu.Watched.Select(w => $"{w.Key} {w.Value.TotalSeconds:0.0} s"))}, driver {cpu.Driver.TotalSeconds:0.0} s");
            text.AppendLine(inv, $"  {ServerMilliseconds(cpu):0.00} ms of server CPU ({string.Join(" + ", cpu.Watched.Keys)}) a request; the {Environment.ProcessorCount} cores were busy {cpu.MachineBusy.TotalSeconds:0.0} s of {Environment.ProcessorCount * Elapsed.TotalSeconds:0.0} s, {OtherPrograms(cpu).TotalSeconds:0.0} s of it other programs");
        }

        text.AppendLine();
        text.Append(inv, $"errors {Errors} (target 0), cross-user leaks {Leaks} (target 0): {(Met ? "met" : "NOT met")}");
        return text.ToString();
    }

    public string Json()
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteNumber("users", Options.Users);
            w.WriteNumber("seconds", Math.Round(Elapsed.TotalSeconds, 2));
            w.WriteNumber("errors", Errors);
            w.WriteNumber("leaks", Leaks);
            w.WriteBoolean("met", Met);
            Write(w, "sign_up", SignUp);
            Write(w, "warm_up", Warmup);
            Write(w, "all", All);
            w.WriteStartArray("nodes");
            Nodes.ToList().ForEach(n => Write(w, null, n));
            w.WriteEndArray();
            w.WriteStartArray("operations");
            Operations.ToList().ForEach(o => Write(w, null, o));
            w.WriteEndArray();
            if (Cpu is { Watched.Count: > 0 } cpu)
            {
                w.WriteStartObject("cpu_seconds");
                foreach (var (label, time) in cpu.Watched)
                {
                    w.WriteNumber(label, Math.Round(time.TotalSeconds, 2));
                }

                w.WriteNumber("driver", Math.Round(cpu.Driver.TotalSeconds, 2));
                w.WriteNumber("machine_busy", Math.Round(cpu.MachineBusy.TotalSeconds, 2));
                w.WriteNumber("other_programs", Math.Round(OtherPrograms(cpu).TotalSeconds, 2));
                w.WriteEndObject();
                w.WriteNumber("server_cpu_ms_per_request", Math.Round(ServerMilliseconds(cpu), 3));
            }

            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The watched processes' CPU (nodes and database) over the measured requests.</summary>
    private double ServerMilliseconds(CpuSnapshot cpu) =>
        All.Requests == 0 ? 0 : cpu.Watched.Values.Sum(t => t.TotalMilliseconds) / All.Requests;

    /// <summary>What the machine spent on anything but the watched processes and this driver: the other helpers' builds and tests.</summary>
    private static TimeSpan OtherPrograms(CpuSnapshot cpu) =>
        cpu.MachineBusy - cpu.Driver - cpu.Watched.Values.Aggregate(TimeSpan.Zero, (a, b) => a + b);

    private static void Write(Utf8JsonWriter w, string? name, Figures f)
    {
        if (name is null)
        {
            w.WriteStartObject();
        }
        else
        {
            w.WriteStartObject(name);
        }

        w.WriteString("label", f.Label);
        w.WriteNumber("requests", f.Requests);
        w.WriteNumber("per_second", Math.Round(f.PerSecond, 1));
        w.WriteNumber("p50_ms", Math.Round(f.P50, 2));
        w.WriteNumber("p99_ms", Math.Round(f.P99, 2));
        w.WriteNumber("errors", f.Errors);
        w.WriteNumber("leaks", f.Leaks);
        w.WriteEndObject();
    }
}

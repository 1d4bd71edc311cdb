using System.Diagnostics;
using System.Globalization;
using LegCheck.Core.Engine;
using LegCheck.Core.Model;
using LegCheck.Testing;

namespace LegCheck.Benchmarks.Safety;

/// <summary>Options of the monotonicity run; immutable.</summary>
internal sealed record MonotonicityOptions(int Runners, int Seed, int Threads, int Combinations)
{
    public static MonotonicityOptions Default { get; } = new(100_000, 0, Environment.ProcessorCount, 3);
}

/// <summary>The printed report and the number of violations, which sets the exit code.</summary>
internal sealed record MonotonicityReport(string Text, long Violations);

/// <summary>
/// The safety property "an alarm sign answered yes never lowers triage" over many generated runners, far more
/// than a unit test can afford: every alarm sign from every earlier answer (not given, no, don't know), in the
/// open and the closed world, plus a few random sets of signs answered yes at once. Runner i is drawn from a
/// seed derived from the run's seed and i, so any violation reproduces from the two numbers printed. It also
/// prints how often each alarm sign was yes in the drawn runners, the evidence that the generator is fair.
/// </summary>
internal static class MonotonicityRun
{
    public const string Usage =
        "usage: monotonicity [--runners N] [--seed N] [--threads N] [--combinations N]";

    public static int Execute(string[] args)
    {
        if (Parse(args) is not { } options)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var report = Run(options);
        Console.WriteLine(report.Text);
        return report.Violations == 0 ? 0 : 1;
    }

    public static MonotonicityOptions? Parse(string[] args)
    {
        var options = MonotonicityOptions.Default with { Seed = Random.Shared.Next(1, int.MaxValue) };
        for (var i = 1; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length || !int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) || n < 0)
            {
                return null;
            }

            options = args[i] switch
            {
                "--runners" when n > 0 => options with { Runners = n },
                "--seed" => options with { Seed = n },
                "--threads" when n > 0 => options with { Threads = n },
                "--combinations" => options with { Combinations = n },
                _ => null,
            };
            if (options is null)
            {
                return null;
            }
        }

        return options;
    }

    /// <summary>
    /// The seed runner i is drawn from; printed with a violation so that one runner can be replayed. Mixed with
    /// SplitMix64, because seeded <see cref="Random"/> instances with nearby seeds start with correlated draws
    /// (some alarm signs came out yes in 8% of runners, others in 4.5%).
    /// </summary>
    public static int RunnerSeed(int seed, int i)
    {
        var z = ((ulong)(uint)seed << 32 | (uint)i) + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return (int)((z ^ (z >> 31)) & int.MaxValue);
    }

    public static MonotonicityReport Run(MonotonicityOptions options)
    {
        var assessor = Assessor.Default;
        var generator = new RunnerGenerator(assessor.Kb);
        var check = new MonotonicityCheck(assessor, generator.RedFlagFacts);
        var flags = generator.RedFlagFacts;
        var totals = new Totals(flags.Count);
        var clock = Stopwatch.StartNew();
        Parallel.For(0, options.Runners, new ParallelOptions { MaxDegreeOfParallelism = options.Threads }, () => new Totals(flags.Count), (i, _, local) =>
        {
            var runnerSeed = RunnerSeed(options.Seed, i);
            var runner = generator.Draw(new Random(runnerSeed));
            for (var f = 0; f < flags.Count; f++)
            {
                local.Yes[f] += runner.IsYes(flags[f]) ? 1 : 0;
            }

            local.Levels[(int)check.Level(runner, closedWorld: true)]++;
            var outcome = check.Check(runner, options.Combinations, new Random(runnerSeed ^ 0x5bd1e995));
            local.Checks += outcome.Checks;
            local.Informative += outcome.Informative;
            local.Violations += outcome.Violations;
            if (outcome.First is { } v && local.Examples.Count < 5)
            {
                local.Examples.Add($"runner {i} (seed {runnerSeed}): {v}");
            }

            return local;
        }, totals.Add);
        clock.Stop();
        return new MonotonicityReport(Format(options, flags, totals, clock.Elapsed), totals.Violations);
    }

    private static string Format(MonotonicityOptions options, IReadOnlyList<string> flags, Totals t, TimeSpan elapsed)
    {
        var c = CultureInfo.InvariantCulture;
        var lines = new List<string>
        {
            string.Create(c, $"monotonicity: {options.Runners:N0} runners checked, {t.Checks:N0} checks ({t.Informative:N0} starting below emergency_ambulance), {t.Violations} violations"),
            string.Create(c, $"seed {options.Seed}, {options.Threads} threads, {options.Combinations} random sets of 2-4 signs per runner and world, {elapsed.TotalSeconds:0.0} s"),
            "triage of the drawn runners (closed world): " + string.Join(", ",
                Enum.GetValues<TriageLevel>().Select(l => string.Create(c, $"{l} {100.0 * t.Levels[(int)l] / options.Runners:0.0}%"))),
            "share of runners with each alarm sign yes:",
        };
        var shares = flags.Select((f, i) => (Flag: f, Share: 100.0 * t.Yes[i] / options.Runners)).ToList();
        lines.AddRange(shares.Select(s => string.Create(c, $"  {s.Flag,-36} {s.Share,5:0.0}%")));
        lines.Add(string.Create(c, $"  min {shares.Min(s => s.Share):0.0}%, max {shares.Max(s => s.Share):0.0}%"));
        lines.AddRange(t.Examples.Select(e => "violation: " + e));
        return string.Join(Environment.NewLine, lines);
    }

    private sealed class Totals(int flags)
    {
        public long Checks;
        public long Informative;
        public long Violations;
        public long[] Yes { get; } = new long[flags];
        public long[] Levels { get; } = new long[Enum.GetValues<TriageLevel>().Length];
        public List<string> Examples { get; } = [];

        private readonly Lock _gate = new();

        /// <summary>Folds one thread's counts into the run's; called once per thread.</summary>
        public void Add(Totals local)
        {
            lock (_gate)
            {
                Checks += local.Checks;
                Informative += local.Informative;
                Violations += local.Violations;
                for (var i = 0; i < Yes.Length; i++)
                {
                    Yes[i] += local.Yes[i];
                }

                for (var i = 0; i < Levels.Length; i++)
                {
                    Levels[i] += local.Levels[i];
                }

                Examples.AddRange(local.Examples.Take(5 - Math.Min(5, Examples.Count)));
            }
        }
    }
}

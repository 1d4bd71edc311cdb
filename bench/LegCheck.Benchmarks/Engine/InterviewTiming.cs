using System.Diagnostics;
using System.Globalization;
using LegCheck.Core.Cases;
using LegCheck.Core.Engine;
using LegCheck.Core.Interview;

namespace LegCheck.Benchmarks.Engine;

/// <summary>
/// Next-question latency over the full knowledge base: replays every public case's interview many
/// times and reports p50 and p99 of single <see cref="InterviewEngine.Next"/> calls. Target (issue #10): p99 under 2 ms.
/// Percentiles need the raw samples, so this is a timing script rather than a BenchmarkDotNet job.
/// </summary>
internal static class InterviewTiming
{
    public static void Run(int rounds = 30)
    {
        var assessor = Assessor.Default;
        var engine = new InterviewEngine(assessor);
        var cases = BenchData.Cases(assessor.Kb);
        foreach (var c in cases)
        {
            CaseInterview.Run(engine, c);
        }

        var samples = new List<double>();
        for (var r = 0; r < rounds; r++)
        {
            foreach (var c in cases)
            {
                var evidence = Evidence.Empty;
                while (true)
                {
                    var start = Stopwatch.GetTimestamp();
                    var step = engine.Next(evidence);
                    samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                    if (step.ShouldStop)
                    {
                        break;
                    }

                    evidence = Answers.FromCase(engine.Kb, evidence, step.Next!.Question, c.Facts);
                }
            }
        }

        samples.Sort();
        double P(double q) => samples[(int)Math.Min(samples.Count - 1, Math.Floor(q * samples.Count))];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"next-question over {samples.Count} calls: p50 {P(0.50):0.000} ms, p90 {P(0.90):0.000} ms, p99 {P(0.99):0.000} ms, max {samples[^1]:0.000} ms"));
    }
}

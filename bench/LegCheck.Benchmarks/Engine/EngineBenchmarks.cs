using BenchmarkDotNet.Attributes;
using LegCheck.Core.Cases;
using LegCheck.Core.Engine;
using LegCheck.Core.Loading;

namespace LegCheck.Benchmarks.Engine;

/// <summary>
/// Knowledge-base load time (read embedded YAML, parse, validate, compile) and per-case assessment time
/// over the public cases. Targets: under 50 ms to load, under 100 µs per assessment.
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private IReadOnlyList<Evidence> _cases = [];
    private Assessor _assessor = null!;

    [GlobalSetup]
    public void Setup()
    {
        _assessor = Assessor.Default;
        _cases = BenchData.Cases(_assessor.Kb).Select(c => c.Facts).ToList();
    }

    [Benchmark]
    public CompiledModel LoadKnowledgeBase() => new(KnowledgeLoader.Load(KnowledgeLoader.ReadEmbedded()));

    /// <summary>Assesses one case; the case rotates so every public case is covered.</summary>
    [Benchmark(OperationsPerInvoke = 30)]
    public int AssessCase()
    {
        var n = 0;
        for (var i = 0; i < 30; i++)
        {
            n += _assessor.Assess(_cases[i % _cases.Count], AssessOptions.Default with { ClosedWorld = true }).Plan.Count;
        }

        return n;
    }
}

using System.Text;
using BenchmarkDotNet.Attributes;
using LegCheck.Core.Cases;
using LegCheck.Core.Engine;
using LegCheck.Core.Input;

namespace LegCheck.Benchmarks.Engine;

/// <summary>
/// The Core part of one POST /api/v1/assess for the body bench/web/load.sh sends (bench/web/assess.lua), stage by
/// stage: read the JSON, turn it into a case, assess it, and read the explanation of the listed causes. The web
/// layer's presentation and serialization come on top (issue #15 item 8).
/// </summary>
[MemoryDiagnoser]
public class AssessRequestBenchmarks
{
    // The same case as bench/web/assess.lua: a calf cramp late in a hot marathon.
    private static readonly byte[] Body = Encoding.UTF8.GetBytes(
        """{"age":34,"sex":"male","facts":{"cramp":"yes","location":["calf"],"side":"one","onset_during_run":"yes","late_in_run":"yes","run_minutes":200,"hot_humid_weather":"yes","electrolytes_taken":"no","relieved_by_stretching":"yes","visible_muscle_knot":"yes"}}""");

    private static readonly AssessOptions ClosedWorld = AssessOptions.Default with { ClosedWorld = true };

    private Assessor _assessor = null!;
    private InputNode _document = null!;
    private Case _case = null!;

    [GlobalSetup]
    public void Setup()
    {
        _assessor = Assessor.Default;
        CaseDocument.Parse(Body, CaseSyntax.Json).TryGet(out var document, out _);
        _document = document!;
        CaseParser.Read(_document, _assessor.Kb, "api").TryGet(out var theCase, out _);
        _case = theCase!;
    }

    [Benchmark]
    public InputNode? ParseJson() => CaseDocument.Parse(Body, CaseSyntax.Json).TryGet(out var d, out _) ? d : null;

    [Benchmark]
    public Case? ReadCase() => CaseParser.Read(_document, _assessor.Kb, "api").TryGet(out var c, out _) ? c : null;

    [Benchmark]
    public Assessment Assess() => _assessor.Assess(_case.Facts, ClosedWorld);

    /// <summary>Assess, then what the explanation reads: the listed causes' contributions and the contract JSON.</summary>
    [Benchmark]
    public int AssessAndExplain()
    {
        var assessment = _assessor.Assess(_case.Facts, ClosedWorld);
        var n = AssessmentJson.From("api", assessment).Advice.Count;
        foreach (var c in assessment.ListedCauses)
        {
            n += c.Raised.Count + c.Lowered.Count;
        }

        return n;
    }
}

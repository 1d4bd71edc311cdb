using FsCheck;
using FsCheck.Fluent;
using LegCheck.Diary.Model;
using LegCheck.Diary.Triggers;
using Xunit;
using static LegCheck.Diary.Tests.TestData;

namespace LegCheck.Diary.Tests;

public class TriggerAnalysisTests
{
    private static readonly Shoe ShoeA = new(1, "Shoe A", Date("2026-01-01"), null, false);
    private static readonly Shoe ShoeB = new(2, "Shoe B", Date("2026-01-01"), null, false);

    /// <summary>Runs on consecutive days: <paramref name="withSymptom"/> of <paramref name="count"/> get a numbness episode.</summary>
    private static (List<RunRecord> Runs, List<Episode> Episodes) Runs(int count, int withSymptom, long shoeId, int firstDay, Func<int, RunRecord>? make = null)
    {
        var runs = new List<RunRecord>();
        var episodes = new List<Episode>();
        for (var i = 0; i < count; i++)
        {
            var day = Day("2026-03-01", firstDay + i);
            var run = make?.Invoke(i) ?? Run($"{day}T07:00", 8, minutes: 50, shoeId: shoeId);
            runs.Add(run);
            if (i < withSymptom)
            {
                episodes.Add(Episode(run.Id, $"{day}T07:40:00+00:00", "numbness", minutesIntoRun: 40));
            }
        }

        return (runs, episodes);
    }

    [Fact]
    public void Analyze_SixOfSevenInShoeAAgainstNoneOfNineInShoeB_ReportsTriggerInPlainWords()
    {
        var a = Runs(7, 6, 1, 0);
        var b = Runs(9, 0, 2, 10);

        var report = TriggerAnalysis.Analyze(DiaryOf(a.Runs.Concat(b.Runs), a.Episodes, [ShoeA, ShoeB]));

        var shoe = Assert.Single(report.Findings, f => f.Factor == "shoe");
        Assert.Equal(Verdict.Trigger, shoe.Comparison.Verdict);
        Assert.Equal("Shoe A", shoe.Value);
        Assert.Equal(0.000874, shoe.Comparison.PValue, 6);
        Assert.Equal("Numbness came on in 6 of 7 runs in Shoe A and in 0 of 9 runs in Shoe B. Unlikely to be chance (p < 0.001): runs in Shoe A look like a trigger.", shoe.Text);
        Assert.Equal(16, report.RunsConsidered);
        Assert.Equal(["numbness"], report.Symptoms);
    }

    [Fact]
    public void Analyze_TooFewRuns_SaysHowManyMoreAreNeededAndClaimsNothing()
    {
        var a = Runs(2, 2, 1, 0);
        var b = Runs(3, 0, 2, 10);

        var report = TriggerAnalysis.Analyze(DiaryOf(a.Runs.Concat(b.Runs), a.Episodes, [ShoeA, ShoeB]));

        var shoe = Assert.Single(report.Findings, f => f.Factor == "shoe");
        Assert.Equal(Verdict.NotEnoughData, shoe.Comparison.Verdict);
        Assert.Contains(
            "Too little data to tell: need at least 5 runs on each side, so 3 more runs in Shoe A and 2 more runs in Shoe B",
            shoe.Text,
            StringComparison.Ordinal);
        Assert.DoesNotContain(report.Findings, f => f.Comparison.Verdict is Verdict.Trigger or Verdict.Protective);
    }

    [Fact]
    public void Analyze_EnoughRunsButSmallDifference_SaysCouldBeChanceAndEstimatesRunsNeeded()
    {
        var a = Runs(6, 3, 1, 0);
        var b = Runs(6, 1, 2, 10);

        var report = TriggerAnalysis.Analyze(DiaryOf(a.Runs.Concat(b.Runs), a.Episodes.Concat(b.Episodes), [ShoeA, ShoeB]));

        var shoe = Assert.Single(report.Findings, f => f.Factor == "shoe");
        Assert.Equal(Verdict.NoClearLink, shoe.Comparison.Verdict);
        Assert.NotNull(shoe.Comparison.MoreRunsPerSide);
        Assert.Contains("Could be chance (p = 0.55); if the pattern holds, about", shoe.Text, StringComparison.Ordinal);

        // At 3 in 6 against 1 in 6, the projected table first reaches p < 0.05 at 13 more runs per side; rounding makes
        // p jump around above that, so the search may settle a little later. At its answer the projection must be clear.
        var k = shoe.Comparison.MoreRunsPerSide!.Value;
        Assert.InRange(k, 13, 20);
        var n = 6 + k;
        var inA = (int)Math.Round(n * 0.5, MidpointRounding.AwayFromZero);
        var inB = (int)Math.Round(n / 6.0, MidpointRounding.AwayFromZero);
        Assert.True(FisherExact.TwoSidedP(inA, n - inA, inB, n - inB) < 0.05);
    }

    [Fact]
    public void Analyze_ElectrolytesPrevent_ReportsProtective()
    {
        var with = Runs(10, 0, 1, 0, i => Run($"{Day("2026-03-01", i)}T07:00", 12, minutes: 70, electrolytes: true));
        var without = Runs(10, 8, 1, 20, i => Run($"{Day("2026-03-21", i)}T07:00", 12, minutes: 70, electrolytes: false));

        var report = TriggerAnalysis.Analyze(DiaryOf(with.Runs.Concat(without.Runs), without.Episodes));

        var finding = Assert.Single(report.Findings, f => f.Factor == "electrolytes");
        Assert.Equal(Verdict.Protective, finding.Comparison.Verdict);
        Assert.StartsWith("Numbness came on in 0 of 10 runs with electrolytes and in 8 of 10 runs without electrolytes.", finding.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_SymptomAlwaysAt40Minutes_DoesNotSplitRunsAtItsOwnOnset()
    {
        var runs = new List<RunRecord>();
        var episodes = new List<Episode>();
        for (var i = 0; i < 8; i++)
        {
            var day = Day("2026-03-01", i);
            var longRun = Run($"{day}T07:00", 10, minutes: 55);
            var shortRun = Run($"{day}T18:00", 5, minutes: 30);
            runs.Add(longRun);
            runs.Add(shortRun);
            episodes.Add(Episode(longRun.Id, $"{day}T07:40:00+00:00", "numbness", minutesIntoRun: 40));
        }

        var report = TriggerAnalysis.Analyze(DiaryOf(runs, episodes));

        // A run cannot hold a symptom that starts after it ends, so a split at the onset itself proves nothing.
        Assert.DoesNotContain(report.Findings, f => f.Factor == "time_into_run");
        Assert.Contains(report.Findings, f => f.Factor == "run_length");
    }

    [Fact]
    public void Analyze_ManyTests_CorrectsPValuesAndNeedsMoreRunsForTheCorrectedVerdict()
    {
        string[] surfaces = ["road", "trail", "track", "grass"];
        var before = Runs(10, 6, 1, 0, i => Run($"{Day("2026-03-01", i)}T07:00", 8, surface: surfaces[i % 4]));
        var after = Runs(12, 1, 1, 20, i => Run($"{Day("2026-03-21", i)}T07:00", 8, surface: surfaces[(i + 1) % 4]));
        var experiment = new Experiment(3, Date(Day("2026-03-01", 20)), "heel-lock lacing", "lacing");

        var report = TriggerAnalysis.Analyze(DiaryOf(before.Runs.Concat(after.Runs), before.Episodes.Concat(after.Episodes), experiments: [experiment]));

        var finding = Assert.Single(report.Experiments);
        var tested = report.Findings.Where(f => f.Comparison.AdjustedP is not null).ToList();
        Assert.Equal(tested.Count + 1, report.Tests);
        Assert.True(report.Tests >= 3);
        Assert.Equal(0.020124, finding.Comparison.PValue, 6);
        Assert.True(finding.Comparison.AdjustedP >= 0.05, $"adjusted {finding.Comparison.AdjustedP}");
        Assert.Equal(Verdict.NoClearLink, finding.Comparison.Verdict);
        Assert.Contains($"corrected for {report.Tests} tests", finding.Text, StringComparison.Ordinal);

        // The hint pays for the correction: at the projected counts the adjusted p is below alpha, not just the raw one.
        var k = finding.Comparison.MoreRunsPerSide!.Value;
        var w = new Arm(12 + k, (int)Math.Round(1 / 12.0 * (12 + k), MidpointRounding.AwayFromZero));
        var o = new Arm(10 + k, (int)Math.Round(0.6 * (10 + k), MidpointRounding.AwayFromZero));
        Assert.True(FalseDiscovery.AdjustOne(Judge.PValue(w, o), tested.Select(f => f.Comparison.PValue).ToList()) < 0.05);
        var uncorrected = Enumerable.Range(0, k).First(n => Judge.PValue(
            new Arm(12 + n, (int)Math.Round(1 / 12.0 * (12 + n), MidpointRounding.AwayFromZero)),
            new Arm(10 + n, (int)Math.Round(0.6 * (10 + n), MidpointRounding.AwayFromZero))) < 0.05);
        Assert.True(uncorrected < k);
    }

    [Fact]
    public void Adjust_KnownExample_MatchesBenjaminiHochberg()
    {
        Assert.Equal([0.02, 0.04, 0.04, 0.02], FalseDiscovery.Adjust([0.01, 0.04, 0.03, 0.005]).Select(q => Math.Round(q, 10)));
    }

    [Fact]
    public void Adjust_AnyPValues_NeverBelowRawNeverAboveOneAndKeepsTheirOrder()
    {
        var pValues = Gen.ArrayOf(Gen.Choose(0, 1000).Select(i => i / 1000.0)).ToArbitrary();
        var property = Prop.ForAll(
            pValues,
            p =>
            {
                var q = FalseDiscovery.Adjust(p);
                for (var i = 0; i < p.Length; i++)
                {
                    if (q[i] < p[i] - 1e-12 || q[i] > 1 + 1e-12)
                    {
                        return false;
                    }

                    for (var j = 0; j < p.Length; j++)
                    {
                        if (p[i] < p[j] && q[i] > q[j] + 1e-12)
                        {
                            return false;
                        }
                    }
                }

                return true;
            });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), property);
    }

    [Fact]
    public void Analyze_ThreeSurfaces_ComparesEachAgainstTheOthers()
    {
        var runs = new List<RunRecord>();
        var episodes = new List<Episode>();
        string[] surfaces = ["road", "trail", "track"];
        for (var i = 0; i < 15; i++)
        {
            var run = Run($"{Day("2026-03-01", i)}T07:00", 8, surface: surfaces[i % 3]);
            runs.Add(run);
            if (i % 3 == 0)
            {
                episodes.Add(Episode(run.Id, $"{Day("2026-03-01", i)}T07:20:00+00:00", "foot_cramp"));
            }
        }

        var report = TriggerAnalysis.Analyze(DiaryOf(runs, episodes));

        var surface = report.Findings.Where(f => f.Factor == "surface").ToList();
        Assert.Equal(["road", "track", "trail"], surface.Select(f => f.Value).Order(StringComparer.Ordinal));
        Assert.Contains(surface, f => f.Text.StartsWith("Foot cramps came on in 5 of 5 runs on road and in 0 of 10 runs on other surfaces.", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_EpisodeWithoutRun_IsCountedButNotCompared()
    {
        var report = TriggerAnalysis.Analyze(DiaryOf([Run("2026-03-01T07:00", 5)], [Episode(null, "2026-03-02T10:00:00+00:00", "calf_cramp")]));

        Assert.Equal(1, report.EpisodesWithoutRun);
        Assert.Empty(report.Findings);
    }

    [Fact]
    public void Analyze_Experiment_ComparesEpisodeRateBeforeAndAfter()
    {
        var before = Runs(10, 6, 1, 0);
        var after = Runs(12, 1, 1, 20);
        var experiment = new Experiment(3, Date(Day("2026-03-01", 20)), "heel-lock lacing", "lacing");

        var report = TriggerAnalysis.Analyze(DiaryOf(before.Runs.Concat(after.Runs), before.Episodes.Concat(after.Episodes), experiments: [experiment]));

        var finding = Assert.Single(report.Experiments);
        Assert.Equal(new Arm(12, 1), finding.Comparison.With);
        Assert.Equal(new Arm(10, 6), finding.Comparison.Without);
        Assert.Equal(0.020124, finding.Comparison.PValue, 6);
        Assert.Equal(Verdict.Protective, finding.Comparison.Verdict);
        Assert.Equal(
            "Since 2026-03-21 (heel-lock lacing): episodes on 1 of 12 runs, against 6 of 10 runs before. Unlikely to be chance (p = 0.02): episodes became rarer after the change.",
            finding.Text);
    }

    [Fact]
    public void Write_Report_IsJsonWithVerdicts()
    {
        var a = Runs(2, 2, 1, 0);
        var b = Runs(3, 0, 2, 10);
        var report = TriggerAnalysis.Analyze(DiaryOf(a.Runs.Concat(b.Runs), a.Episodes, [ShoeA, ShoeB]));

        using var doc = System.Text.Json.JsonDocument.Parse(TriggerJson.Write(report));

        var finding = doc.RootElement.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("factor").GetString() == "shoe");
        Assert.Equal("not_enough_data", finding.GetProperty("verdict").GetString());
        Assert.Equal(2, finding.GetProperty("with").GetProperty("runs").GetInt32());
        Assert.Equal(5, doc.RootElement.GetProperty("runs_considered").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, finding.GetProperty("p_adjusted").ValueKind);
        var correction = doc.RootElement.GetProperty("correction");
        Assert.Equal("benjamini_hochberg", correction.GetProperty("method").GetString());
        Assert.Equal(0.05, correction.GetProperty("false_discovery_rate").GetDouble());
        Assert.Equal(0, correction.GetProperty("tests").GetInt32());
    }
}

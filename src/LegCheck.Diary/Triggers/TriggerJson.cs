using System.Globalization;
using System.Text.Json;
using LegCheck.Diary.Json;
using LegCheck.Json;

namespace LegCheck.Diary.Triggers;

/// <summary>
/// The trigger report as JSON: <c>{"correction":{…},"runs_considered","episodes_without_run","symptoms":[…],"findings":[…],"experiments":[…]}</c>;
/// <c>correction</c> names the method (benjamini_hochberg), the false discovery rate and the number of tests;
/// each finding and experiment carries its counts, <c>p_value</c>, <c>p_adjusted</c> (null when not tested), <c>verdict</c>
/// (trigger, protective, no_clear_link, not_enough_data), <c>more_runs_per_side</c> and <c>text</c>.
/// </summary>
public static class TriggerJson
{
    public static string Write(TriggerReport report, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(report);
        var json = new TriggerReportJson(
            new CorrectionJson(FalseDiscovery.Method, report.FalseDiscoveryRate, report.Tests),
            report.RunsConsidered,
            report.EpisodesWithoutRun,
            report.Symptoms,
            [.. report.Findings.Select(f => new FindingJson(
                f.Symptom, f.Factor, f.Value, Arm(f.Comparison.With), Arm(f.Comparison.Without), P(f.Comparison.PValue), P(f.Comparison.AdjustedP),
                f.Comparison.Verdict, f.Comparison.MoreRunsPerSide, f.Text))],
            [.. report.Experiments.Select(x => new ExperimentFindingJson(
                x.ExperimentId, x.StartedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), x.Description, x.Factor, Arm(x.Comparison.With),
                Arm(x.Comparison.Without), P(x.Comparison.PValue), P(x.Comparison.AdjustedP), x.Comparison.Verdict, x.Comparison.MoreRunsPerSide, x.Text))]);
        return JsonSerializer.Serialize(json, (indented ? DiaryJsonContext.Indented : DiaryJsonContext.Compact).TriggerReportJson);
    }

    /// <summary>The verdict's id, as the JSON shows it (the web page uses it as a CSS class).</summary>
    public static string VerdictName(Verdict verdict) => SnakeCaseEnumConverter<Verdict>.Id(verdict);

    private static ArmJson Arm(Arm arm) => new(arm.Runs, arm.WithSymptom);

    private static double P(double p) => Math.Round(p, 6);

    private static double? P(double? p) => p is { } q ? Math.Round(q, 6) : null;
}

// The report's JSON objects, fields in the order they are printed.
internal sealed record TriggerReportJson(
    CorrectionJson Correction,
    int RunsConsidered,
    int EpisodesWithoutRun,
    IReadOnlyList<string> Symptoms,
    IReadOnlyList<FindingJson> Findings,
    IReadOnlyList<ExperimentFindingJson> Experiments);

// Only the counts: the rate is derived, and the report never printed it.
internal sealed record ArmJson(int Runs, int WithSymptom);

internal sealed record CorrectionJson(string Method, double FalseDiscoveryRate, int Tests);

internal sealed record FindingJson(
    string Symptom, string Factor, string Value, ArmJson With, ArmJson Without, double PValue, double? PAdjusted, Verdict Verdict, int? MoreRunsPerSide, string Text);

internal sealed record ExperimentFindingJson(
    long Id, string StartedOn, string Description, string Factor, ArmJson With, ArmJson Without, double PValue, double? PAdjusted, Verdict Verdict,
    int? MoreRunsPerSide, string Text);

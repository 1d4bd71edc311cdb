using System.Text.Json.Serialization;
using LegCheck.Json;

namespace LegCheck.Diary.Triggers;

/// <summary>What a comparison shows; its JSON id is the snake_case name (trigger, protective, no_clear_link, not_enough_data).</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<Verdict>))]
public enum Verdict
{
    /// <summary>Episodes clearly more common with the factor (p below alpha, enough runs).</summary>
    Trigger,

    /// <summary>Episodes clearly less common with the factor.</summary>
    Protective,

    /// <summary>Enough runs, but the difference could be chance.</summary>
    NoClearLink,

    /// <summary>Too few runs on one side to say anything.</summary>
    NotEnoughData,
}

/// <summary>Runs on one side of a comparison, and how many of them had the symptom.</summary>
public sealed record Arm(int Runs, int WithSymptom)
{
    public double Rate => Runs == 0 ? 0 : (double)WithSymptom / Runs;
}

/// <summary>
/// The statistics of one comparison. <see cref="AdjustedP"/> is Benjamini–Hochberg's adjusted p among the
/// <see cref="Tests"/> comparisons with enough runs to be tested (null when this one had too few).
/// <see cref="MoreRunsPerSide"/>: if the rates seen so far hold, about how many more runs on each side would make the
/// difference clear after the correction (or reach the minimum); null when the rates are equal or it would take more
/// than the cap.
/// </summary>
public sealed record Comparison(Arm With, Arm Without, double PValue, double? AdjustedP, int Tests, Verdict Verdict, int? MoreRunsPerSide);

/// <summary>
/// One factor compared for one symptom. <see cref="Factor"/> is shoe, lacing, heat, run_length, electrolytes or surface; <see cref="Value"/> the value on the "with" side (a shoe's name, "yes"); <see cref="Text"/>
/// the finding in plain words.
/// </summary>
public sealed record TriggerFinding(string Symptom, string Factor, string Value, Comparison Comparison, string Text);

/// <summary>Episode rate on runs before and after an experiment's start date.</summary>
public sealed record ExperimentFinding(long ExperimentId, DateOnly StartedOn, string Description, string Factor, Comparison Comparison, string Text);

/// <summary>
/// Everything <c>legcheck triggers</c> reports. <see cref="RunsConsidered"/> counts runs (running only);
/// <see cref="EpisodesWithoutRun"/> counts episodes not matched to a run, which the comparisons cannot use.
/// <see cref="Tests"/> is how many comparisons (findings and experiments) had enough runs to be tested: the family
/// whose false discovery rate is held at alpha.
/// </summary>
public sealed record TriggerReport(
    int Tests,
    double FalseDiscoveryRate,
    int RunsConsidered,
    int EpisodesWithoutRun,
    IReadOnlyList<string> Symptoms,
    IReadOnlyList<TriggerFinding> Findings,
    IReadOnlyList<ExperimentFinding> Experiments);

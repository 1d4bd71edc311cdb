using LegCheck.Diary.Model;

namespace LegCheck.Diary.Triggers;

/// <summary>
/// An experiment's before and after: the share of runs with any episode before its start date against on and after it
/// (by the runs' local dates), judged like a trigger comparison.
/// </summary>
public static class ExperimentAnalysis
{
    public static ExperimentFinding Analyze(Experiment experiment, IReadOnlyList<RunRecord> runs, IReadOnlySet<long> runsWithEpisodes, TriggerOptions options)
    {
        var before = runs.Where(r => r.LocalDate < experiment.StartedOn).ToList();
        var after = runs.Where(r => r.LocalDate >= experiment.StartedOn).ToList();
        var afterArm = new Arm(after.Count, after.Count(r => runsWithEpisodes.Contains(r.Id)));
        var beforeArm = new Arm(before.Count, before.Count(r => runsWithEpisodes.Contains(r.Id)));
        var comparison = Judge.Compare(afterArm, beforeArm, options);
        var date = experiment.StartedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var verdict = comparison.Verdict switch
        {
            Verdict.Protective => $"Unlikely to be chance ({Judge.FormatP(comparison.PValue)}): episodes became rarer after the change.",
            Verdict.Trigger => $"Unlikely to be chance ({Judge.FormatP(comparison.PValue)}): episodes became more common after the change.",
            _ => Judge.Sentence(comparison, options, "after the change", "before it"),
        };
        var text = $"Since {date} ({experiment.Description}): episodes on {afterArm.WithSymptom} of {afterArm.Runs} runs, "
            + $"against {beforeArm.WithSymptom} of {beforeArm.Runs} runs before. {verdict}";
        return new ExperimentFinding(experiment.Id, experiment.StartedOn, experiment.Description, experiment.Factor, comparison, text);
    }
}

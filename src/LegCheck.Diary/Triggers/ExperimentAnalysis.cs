using LegCheck.Diary.Model;

namespace LegCheck.Diary.Triggers;

/// <summary>
/// An experiment's before and after: the share of runs with any episode before its start date against on and after it
/// (by the runs' local dates), judged like a trigger comparison and in the same family of tests.
/// </summary>
public static class ExperimentAnalysis
{
    /// <summary>The runs on and after the start (the "with" side) and before it.</summary>
    public static (Arm After, Arm Before) Arms(Experiment experiment, IReadOnlyList<RunRecord> runs, IReadOnlySet<long> runsWithEpisodes)
    {
        var before = runs.Where(r => r.LocalDate < experiment.StartedOn).ToList();
        var after = runs.Where(r => r.LocalDate >= experiment.StartedOn).ToList();
        return (new Arm(after.Count, after.Count(r => runsWithEpisodes.Contains(r.Id))), new Arm(before.Count, before.Count(r => runsWithEpisodes.Contains(r.Id))));
    }

    public static ExperimentFinding Finding(Experiment experiment, Comparison comparison, TriggerOptions options)
    {
        var date = experiment.StartedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var verdict = comparison.Verdict switch
        {
            Verdict.Protective => $"Unlikely to be chance ({Judge.Describe(comparison)}): episodes became rarer after the change.",
            Verdict.Trigger => $"Unlikely to be chance ({Judge.Describe(comparison)}): episodes became more common after the change.",
            _ => Judge.Sentence(comparison, options, "after the change", "before it"),
        };
        var text = $"Since {date} ({experiment.Description}): episodes on {comparison.With.WithSymptom} of {comparison.With.Runs} runs, "
            + $"against {comparison.Without.WithSymptom} of {comparison.Without.Runs} runs before. {verdict}";
        return new ExperimentFinding(experiment.Id, experiment.StartedOn, experiment.Description, experiment.Factor, comparison, text);
    }
}

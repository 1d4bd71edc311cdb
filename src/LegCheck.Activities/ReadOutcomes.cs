namespace LegCheck.Activities;

/// <summary>Builds <see cref="ReadOutcome"/>s with one-line messages that start with the file's name.</summary>
internal static class ReadOutcomes
{
    public static ReadOutcome Error(string name, string problem, IReadOnlyList<string>? warnings = null) =>
        new(ReadStatus.Error, [], $"{name}: {OneLine(problem)}", warnings ?? []);

    /// <summary>
    /// Ok when any activity is a plausible run, NotARun when there are activities but no run. Running activities that
    /// cannot be runs (see <see cref="RunPlausibility"/>) are marked with the reason and count as not runs.
    /// </summary>
    public static ReadOutcome FromActivities(string name, IReadOnlyList<Activity> activities, IReadOnlyList<string> warnings)
    {
        List<Activity> judged = [.. activities.Select(a => a.Sport == ActivitySport.Running ? a with { NotARunBecause = RunPlausibility.Problem(a) } : a)];
        if (judged.Exists(a => a.IsRun))
        {
            List<string> all = [.. warnings, .. judged.Where(a => a.NotARunBecause is not null).Select(a => $"an activity recorded as running was left out: {a.NotARunBecause}")];
            return new ReadOutcome(ReadStatus.Ok, judged, null, all);
        }

        string[] reasons = [.. judged.Select(a => a.NotARunBecause ?? SportIds.Id(a.Sport)).Distinct(StringComparer.Ordinal)];
        string message = judged.Exists(a => a.NotARunBecause is not null)
            ? $"{name}: not a run: {string.Join("; ", reasons)}"
            : $"{name}: not a run ({string.Join(", ", reasons)})";
        return new ReadOutcome(ReadStatus.NotARun, judged, message, warnings);
    }

    public static ReadOutcome NotAnActivity(string name, string what, IReadOnlyList<string> warnings) =>
        new(ReadStatus.NotAnActivity, [], $"{name}: not an activity ({OneLine(what)})", warnings);

    public static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}

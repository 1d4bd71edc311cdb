namespace LegCheck.Activities;

/// <summary>Builds <see cref="ReadOutcome"/>s with one-line messages that start with the file's name.</summary>
internal static class ReadOutcomes
{
    public static ReadOutcome Error(string name, string problem, IReadOnlyList<string>? warnings = null) =>
        new(ReadStatus.Error, [], $"{name}: {OneLine(problem)}", warnings ?? []);

    /// <summary>Ok when any activity is a run, NotARun when there are activities but no run.</summary>
    public static ReadOutcome FromActivities(string name, IReadOnlyList<Activity> activities, IReadOnlyList<string> warnings)
    {
        if (activities.Any(a => a.IsRun))
        {
            return new ReadOutcome(ReadStatus.Ok, activities, null, warnings);
        }

        string sports = string.Join(", ", activities.Select(a => a.Sport).Distinct(StringComparer.Ordinal));
        return new ReadOutcome(ReadStatus.NotARun, activities, $"{name}: not a run ({sports})", warnings);
    }

    public static ReadOutcome NotAnActivity(string name, string what, IReadOnlyList<string> warnings) =>
        new(ReadStatus.NotAnActivity, [], $"{name}: not an activity ({OneLine(what)})", warnings);

    public static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}

namespace LegCheck.Handoff.Training;

/// <summary>One week of running, Monday to Sunday, as the summary lists it.</summary>
public sealed record WeekLoad(DateOnly WeekStart, int Runs, double DistanceKm);

/// <summary>The shoes worn most recently, with the distance the diary counts on them.</summary>
public sealed record ShoeContext(string Name, double DistanceKm, DateOnly FirstUsed);

/// <summary>
/// What the run diary says about the weeks before the assessment: the recent weekly load, single-run spikes
/// and weekly jumps in that window, and the current shoes. Dates are the runner's local dates.
/// </summary>
public sealed record TrainingContext(
    IReadOnlyList<WeekLoad> Weeks,
    IReadOnlyList<string> Spikes,
    IReadOnlyList<string> LoadFlags,
    ShoeContext? Shoe);

using LegCheck.Diary.Model;

namespace LegCheck.Diary;

/// <summary>The run an episode belongs to, or why none was chosen.</summary>
public sealed record RunMatch(RunRecord? Run, string Explanation);

/// <summary>
/// Matches an episode to a run by time. With a time of day, the run whose span (from 15 minutes before its start to
/// 2 hours after its end, since symptoms are often noticed after stopping) holds the time, nearest start first.
/// With only a date, the run on that local date, when there is exactly one.
/// </summary>
public static class RunMatcher
{
    private static readonly TimeSpan Before = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan After = TimeSpan.FromHours(2);

    /// <summary>The time window in which candidate runs must start, for a database query.</summary>
    public static (DateTimeOffset From, DateTimeOffset To) CandidateStarts(DateTimeOffset when) =>
        (when - TimeSpan.FromDays(2), when + TimeSpan.FromDays(2));

    public static RunMatch Match(IEnumerable<RunRecord> runs, DateTimeOffset when, bool timeOfDayKnown)
    {
        var candidates = runs.Where(r => r.Activity.IsRun).ToList();
        if (!timeOfDayKnown)
        {
            var date = DateOnly.FromDateTime(when.DateTime);
            var sameDay = candidates.Where(r => r.LocalDate == date).ToList();
            return sameDay.Count switch
            {
                0 => new RunMatch(null, $"no run on {date:yyyy-MM-dd}"),
                1 => new RunMatch(sameDay[0], $"matched run {sameDay[0].Id} on {date:yyyy-MM-dd}"),
                _ => new RunMatch(null, $"{sameDay.Count} runs on {date:yyyy-MM-dd}: give the time of day or choose one with --run ID"),
            };
        }

        var match = candidates
            .Where(r => when >= r.Activity.StartUtc - Before && when <= r.EndUtc + After)
            .MinBy(r => (when - r.Activity.StartUtc).Duration());
        return match is null
            ? new RunMatch(null, $"no run around {when:yyyy-MM-dd HH:mm}")
            : new RunMatch(match, $"matched run {match.Id} that started {match.LocalStart:yyyy-MM-dd HH:mm}");
    }
}

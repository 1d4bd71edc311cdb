using LegCheck.Diary.Model;
using LegCheck.Diary.Storage;

namespace LegCheck.Diary;

/// <summary>
/// Saving an episode: matching it to a run, and carrying its factors over to the run where the run has none.
/// Shared by the CLI (<c>log</c>, <c>episodes edit</c>) and the web app, so an episode is stored the same way from both.
/// </summary>
public static class EpisodeRecording
{
    /// <summary>
    /// The run for an episode: the one named, or the one matched by time. Returns the match's explanation too;
    /// <paramref name="field"/> names the run in the error when there is no such run.
    /// </summary>
    public static async Task<(RunRecord? Run, string Explanation)> FindRunAsync(
        IDiaryUnit unit, long? runId, DateTimeOffset when, bool timeOfDayKnown, string field, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (runId is { } id)
        {
            var run = await unit.Runs.FindAsync(id, cancellationToken).ConfigureAwait(false) ?? throw NoRun(field, id);
            return (run, $"run {id}");
        }

        var (from, to) = RunMatcher.CandidateStarts(when);
        var match = RunMatcher.Match(await unit.Runs.StartedBetweenAsync(from, to, cancellationToken).ConfigureAwait(false), when, timeOfDayKnown);
        return (match.Run, match.Explanation);
    }

    /// <summary>
    /// Fills in what the episode can tell about its run: minutes into the run from the time, and the shoe, lacing,
    /// electrolytes and heat where the run has none recorded yet.
    /// </summary>
    public static Episode Complete(Episode episode, RunRecord? run, bool timeOfDayKnown)
    {
        ArgumentNullException.ThrowIfNull(episode);
        if (run is null || episode.MinutesIntoRun is not null || !timeOfDayKnown)
        {
            return episode;
        }

        var minutes = (episode.OccurredAt - run.Activity.StartUtc).TotalMinutes;
        return minutes >= 0 && run.EndUtc >= episode.OccurredAt ? episode with { MinutesIntoRun = Math.Round(minutes) } : episode;
    }

    /// <summary>Saves the episode, and the factors it carries over to its run, inside <paramref name="unit"/>'s transaction.</summary>
    public static async Task<long> SaveAsync(IDiaryUnit unit, Episode episode, RunRecord? run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(episode);
        var id = episode.Id;
        if (id == 0)
        {
            id = await unit.Episodes.InsertAsync(episode, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await unit.Episodes.UpdateAsync(episode, cancellationToken).ConfigureAwait(false);
        }

        if (CarriedOver(run, episode) is { } updated)
        {
            await unit.Runs.UpdateFactorsAsync(updated, cancellationToken).ConfigureAwait(false);
        }

        return id;
    }

    /// <summary>The run with the episode's factors where it has none; null when there is no run or nothing changes.</summary>
    private static RunRecord? CarriedOver(RunRecord? run, Episode episode)
    {
        if (run is null)
        {
            return null;
        }

        var updated = run with
        {
            ShoeId = run.ShoeId ?? episode.ShoeId,
            Lacing = run.Lacing ?? episode.Lacing,
            Electrolytes = run.Electrolytes ?? episode.Electrolytes,
            Hot = run.Hot ?? episode.Heat,
        };
        return updated != run ? updated : null;
    }

    private static DiaryException NoRun(string field, long id) => new($"{field}: no run {id} (see: legcheck runs list).");
}

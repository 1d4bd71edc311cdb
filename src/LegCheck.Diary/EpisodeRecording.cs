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
    public static (RunRecord? Run, string Explanation) FindRun(DiaryDatabase db, long? runId, DateTimeOffset when, bool timeOfDayKnown, string field = "--run")
    {
        ArgumentNullException.ThrowIfNull(db);
        if (runId is { } id)
        {
            var run = db.Runs.Find(id) ?? throw new DiaryException($"{field}: no run {id} (see: legcheck runs list).");
            return (run, $"run {id}");
        }

        var (from, to) = RunMatcher.CandidateStarts(when);
        var match = RunMatcher.Match(db.Runs.StartedBetween(from, to), when, timeOfDayKnown);
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

    public static long Save(DiaryDatabase db, Episode episode, RunRecord? run) => db.InTransaction(() =>
    {
        var id = episode.Id == 0 ? db.Episodes.Insert(episode) : Update(db, episode);
        if (run is not null)
        {
            var updated = run with
            {
                ShoeId = run.ShoeId ?? episode.ShoeId,
                Lacing = run.Lacing ?? episode.Lacing,
                Electrolytes = run.Electrolytes ?? episode.Electrolytes,
                Hot = run.Hot ?? episode.Heat,
            };
            if (updated != run)
            {
                db.Runs.UpdateFactors(updated);
            }
        }

        return id;
    });

    private static long Update(DiaryDatabase db, Episode episode)
    {
        db.Episodes.Update(episode);
        return episode.Id;
    }
}

using LegCheck.Core.Input;
using LegCheck.Diary;
using LegCheck.Diary.Model;
using LegCheck.Diary.Storage;

namespace LegCheck.Web.Features.Diary;

/// <summary>The outcome of saving an episode: its id and which run it went with, or the fields at fault.</summary>
public sealed record EpisodeSaved(long Id, string Explanation);

/// <summary>Checks and stores an episode from the web form or the API, through the CLI's own <see cref="EpisodeRecording"/>.</summary>
public static class EpisodeSaving
{
    public static (EpisodeSaved? Saved, IReadOnlyList<FieldError> Errors) Save(DiaryDatabase db, TimeProvider time, EpisodeFields fields, Episode? existing)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(fields);
        var draft = fields.Check(db, time, existing);
        if (draft.Errors.Count > 0)
        {
            return (null, draft.Errors);
        }

        RunRecord? run;
        string explanation;
        try
        {
            (run, explanation) = EpisodeRecording.FindRun(db, draft.RunId, draft.Episode.OccurredAt, draft.TimeOfDayKnown, "run");
        }
        catch (DiaryException)
        {
            return (null, [new FieldError("run", $"no run {draft.RunId}")]);
        }

        var episode = EpisodeRecording.Complete(draft.Episode with { RunId = run?.Id }, run, draft.TimeOfDayKnown);
        return (new EpisodeSaved(EpisodeRecording.Save(db, episode, run), explanation), []);
    }
}

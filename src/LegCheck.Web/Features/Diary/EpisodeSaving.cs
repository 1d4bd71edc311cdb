using LegCheck.Core.Input;
using LegCheck.Diary;
using LegCheck.Diary.Model;
using LegCheck.Diary.Storage;

namespace LegCheck.Web.Features.Diary;

/// <summary>The outcome of saving an episode: its id and which run it went with, or the fields at fault.</summary>
internal sealed record EpisodeSaved(long Id, string Explanation);

/// <summary>Checks and stores an episode from the web form or the API, through the CLI's own <see cref="EpisodeRecording"/>.</summary>
internal static class EpisodeSaving
{
    public static async Task<(EpisodeSaved? Saved, IReadOnlyList<FieldError> Errors)> SaveAsync(
        IDiaryUnit unit, TimeProvider time, EpisodeFields fields, Episode? existing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(fields);
        var draft = await fields.CheckAsync(unit, time, existing, cancellationToken).ConfigureAwait(false);
        if (draft.Errors.Count > 0)
        {
            return (null, draft.Errors);
        }

        RunRecord? run;
        string explanation;
        try
        {
            (run, explanation) = await EpisodeRecording.FindRunAsync(unit, draft.RunId, draft.Episode.OccurredAt, draft.TimeOfDayKnown, "run", cancellationToken).ConfigureAwait(false);
        }
        catch (DiaryException)
        {
            return (null, [new FieldError("run", $"no run {draft.RunId}")]);
        }

        var episode = EpisodeRecording.Complete(draft.Episode with { RunId = run?.Id }, run, draft.TimeOfDayKnown);
        return (new EpisodeSaved(await EpisodeRecording.SaveAsync(unit, episode, run, cancellationToken).ConfigureAwait(false), explanation), []);
    }
}

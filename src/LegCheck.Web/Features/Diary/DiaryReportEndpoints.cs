using LegCheck.Diary.Storage;
using LegCheck.Diary.Training;
using LegCheck.Diary.Triggers;

namespace LegCheck.Web.Features.Diary;

/// <summary><c>GET /api/v1/diary/training</c>: weekly totals and training risk flags, as <c>legcheck training --json</c>.</summary>
internal static class DiaryTrainingEndpoints
{
    public static RouteGroupBuilder MapDiaryTraining(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("/training", (IDiaryStore store, CurrentUser user, TimeProvider time, CancellationToken ct) =>
                store.ReadAsync(user, async unit => new DiaryJsonOk(TrainingJson.Write(TrainingAnalysis.Analyze(await unit.SnapshotAsync(ct), time))), ct))
            .WithName("DiaryTraining")
            .WithSummary("Weekly distance and time, and training risk flags")
            .WithDescription("{\"weeks\":[{\"week_start\",\"runs\",\"distance_km\",\"duration_min\",\"change_pct\"}],\"flags\":[{\"kind\",\"date\",\"detail\"}]}, weeks by the runner's local dates, as `legcheck training --json`.")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return group;
    }
}

/// <summary><c>GET /api/v1/diary/triggers</c>: the runner's own triggers and experiments, as <c>legcheck triggers --json</c>.</summary>
internal static class DiaryTriggersEndpoints
{
    public static RouteGroupBuilder MapDiaryTriggers(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("/triggers", (IDiaryStore store, CurrentUser user, CancellationToken ct) =>
                store.ReadAsync(user, async unit => new DiaryJsonOk(TriggerJson.Write(TriggerAnalysis.Analyze(await unit.SnapshotAsync(ct)))), ct))
            .WithName("DiaryTriggers")
            .WithSummary("Episode rates on runs with and without each factor, and how experiments went")
            .WithDescription("Fisher's exact test per factor, Benjamini–Hochberg corrected, with each finding in plain words, as `legcheck triggers --json`.")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return group;
    }
}

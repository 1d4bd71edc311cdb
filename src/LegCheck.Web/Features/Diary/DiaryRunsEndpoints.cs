using LegCheck.Diary.Json;
using LegCheck.Diary.Storage;
using LegCheck.Web.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LegCheck.Web.Features.Diary;

/// <summary><c>/api/v1/diary/runs</c>: the latest runs (as <c>legcheck runs list --json</c>), one run, deleting one.</summary>
internal static class DiaryRunsEndpoints
{
    /// <summary>As <c>legcheck runs list</c>: the latest 20 unless <c>?last=</c> says otherwise.</summary>
    public const int DefaultLast = 20;

    public static RouteGroupBuilder MapDiaryRuns(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("/runs", List)
            .WithName("DiaryRuns")
            .WithSummary("The latest runs, oldest first")
            .WithDescription("?last=N (default 20) as `legcheck runs list --last N --json`.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/runs/{id:long}", (long id, IDiaryStore store, CurrentUser user, CancellationToken ct) =>
                store.ReadAsync<Results<DiaryJsonOk, ProblemHttpResult>>(user, async unit =>
                    await unit.Runs.FindAsync(id, ct) is { } run
                        ? new DiaryJsonOk(ListJson.Run(run, ListJson.ShoeNames(await unit.Shoes.AllAsync(ct))))
                        : NoRun(id), ct))
            .WithName("DiaryRun")
            .WithSummary("One run, as in the list");
        group.MapDelete("/runs/{id:long}", (long id, IDiaryStore store, CurrentUser user, CancellationToken ct) =>
                store.WriteAsync<Results<NoContent, ProblemHttpResult>>(user, async unit =>
                    await unit.Runs.DeleteAsync(id, ct) ? TypedResults.NoContent() : NoRun(id), ct))
            .WithName("DiaryRunDelete")
            .WithSummary("Delete a run; its episodes stay, no longer matched to it, and its file can be imported again");
        return group;
    }

    private static async Task<Results<DiaryJsonOk, ProblemHttpResult>> List(IDiaryStore store, CurrentUser user, CancellationToken ct, string? last = null)
    {
        var count = DefaultLast;
        if (last is not null && (!int.TryParse(last, System.Globalization.CultureInfo.InvariantCulture, out count) || count < 1))
        {
            return Problems.Invalid("last", $"expected a whole number of at least 1, got '{last}'");
        }

        return await store.ReadAsync(
            user,
            async unit => new DiaryJsonOk(ListJson.Runs((await unit.Runs.AllAsync(ct)).TakeLast(count), ListJson.ShoeNames(await unit.Shoes.AllAsync(ct)))),
            ct);
    }

    private static ProblemHttpResult NoRun(long id) => Problems.NotFound("id", $"no run {id}");
}

using LegCheck.Diary.Json;
using LegCheck.Web.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LegCheck.Web.Features.Diary;

/// <summary><c>/api/v1/diary/runs</c>: the latest runs (as <c>legcheck runs list --json</c>), one run, deleting one.</summary>
public static class DiaryRunsEndpoints
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
        group.MapGet("/runs/{id:long}", (long id, DiaryFile diary) => diary.Read<Results<DiaryJsonOk, ProblemHttpResult>>(db =>
                db.Runs.Find(id) is { } run
                    ? new DiaryJsonOk(ListJson.Run(run, ListJson.ShoeNames(db.Shoes.All())))
                    : NoRun(id)))
            .WithName("DiaryRun")
            .WithSummary("One run, as in the list");
        group.MapDelete("/runs/{id:long}", async (long id, DiaryFile diary, CancellationToken ct) =>
                await diary.WriteAsync<Results<NoContent, ProblemHttpResult>>(db => db.Runs.Delete(id) ? TypedResults.NoContent() : NoRun(id), ct))
            .WithName("DiaryRunDelete")
            .WithSummary("Delete a run; its episodes stay, no longer matched to it, and its file can be imported again");
        return group;
    }

    private static Results<DiaryJsonOk, ProblemHttpResult> List(DiaryFile diary, string? last = null)
    {
        var count = DefaultLast;
        if (last is not null && (!int.TryParse(last, System.Globalization.CultureInfo.InvariantCulture, out count) || count < 1))
        {
            return Problems.Invalid("last", $"expected a whole number of at least 1, got '{last}'");
        }

        return new DiaryJsonOk(diary.Read(db => ListJson.Runs(db.Runs.All().TakeLast(count), ListJson.ShoeNames(db.Shoes.All()))));
    }

    private static ProblemHttpResult NoRun(long id) => Problems.NotFound("id", $"no run {id}");
}

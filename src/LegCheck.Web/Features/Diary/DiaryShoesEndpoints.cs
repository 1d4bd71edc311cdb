using LegCheck.Diary.Json;
using LegCheck.Diary.Model;
using LegCheck.Diary.Storage;
using LegCheck.Web.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LegCheck.Web.Features.Diary;

/// <summary><c>/api/v1/diary/shoes</c>: shoes with the distance run in them (as <c>legcheck shoes list --json</c>), one shoe, deleting one.</summary>
internal static class DiaryShoesEndpoints
{
    public static RouteGroupBuilder MapDiaryShoes(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("/shoes", (IDiaryStore store, CurrentUser user, CancellationToken ct) =>
                store.ReadAsync(user, async unit => new DiaryJsonOk(ListJson.Shoes(await UsesAsync(unit, ct))), ct))
            .WithName("DiaryShoes")
            .WithSummary("Shoes with the runs and distance in them");
        group.MapGet("/shoes/{id:long}", (long id, IDiaryStore store, CurrentUser user, CancellationToken ct) =>
                store.ReadAsync<Results<DiaryJsonOk, ProblemHttpResult>>(user, async unit =>
                    (await UsesAsync(unit, ct)).FirstOrDefault(s => s.Shoe.Id == id) is { } shoe
                        ? new DiaryJsonOk(ListJson.Shoe(shoe))
                        : NoShoe(id), ct))
            .WithName("DiaryShoe")
            .WithSummary("One shoe, as in the list");
        group.MapDelete("/shoes/{id:long}", (long id, IDiaryStore store, CurrentUser user, CancellationToken ct) =>
                store.WriteAsync<Results<NoContent, ProblemHttpResult>>(user, async unit =>
                    await unit.Shoes.DeleteAsync(id, ct) ? TypedResults.NoContent() : NoShoe(id), ct))
            .WithName("DiaryShoeDelete")
            .WithSummary("Delete a shoe; its runs and episodes keep everything but the shoe");
        return group;
    }

    private static async Task<IReadOnlyList<ShoeUse>> UsesAsync(IDiaryUnit unit, CancellationToken ct) =>
        ShoeUse.Of(await unit.Shoes.AllAsync(ct), await unit.Runs.AllAsync(ct));

    private static ProblemHttpResult NoShoe(long id) => Problems.NotFound("id", $"no shoe {id}");
}

using LegCheck.Diary.Json;
using LegCheck.Diary.Model;
using LegCheck.Web.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LegCheck.Web.Features.Diary;

/// <summary><c>/api/v1/diary/shoes</c>: shoes with the distance run in them (as <c>legcheck shoes list --json</c>), one shoe, deleting one.</summary>
public static class DiaryShoesEndpoints
{
    public static RouteGroupBuilder MapDiaryShoes(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("/shoes", (DiaryFile diary) => new DiaryJsonOk(diary.Read(db => ListJson.Shoes(ShoeUse.Of(db.Shoes.All(), db.Runs.All())))))
            .WithName("DiaryShoes")
            .WithSummary("Shoes with the runs and distance in them");
        group.MapGet("/shoes/{id:long}", (long id, DiaryFile diary) => diary.Read<Results<DiaryJsonOk, ProblemHttpResult>>(db =>
                ShoeUse.Of(db.Shoes.All(), db.Runs.All()).FirstOrDefault(s => s.Shoe.Id == id) is { } shoe
                    ? new DiaryJsonOk(ListJson.Shoe(shoe))
                    : NoShoe(id)))
            .WithName("DiaryShoe")
            .WithSummary("One shoe, as in the list");
        group.MapDelete("/shoes/{id:long}", async (long id, DiaryFile diary, CancellationToken ct) =>
                await diary.WriteAsync<Results<NoContent, ProblemHttpResult>>(db => db.Shoes.Delete(id) ? TypedResults.NoContent() : NoShoe(id), ct))
            .WithName("DiaryShoeDelete")
            .WithSummary("Delete a shoe; its runs and episodes keep everything but the shoe");
        return group;
    }

    private static ProblemHttpResult NoShoe(long id) => Problems.NotFound("id", $"no shoe {id}");
}

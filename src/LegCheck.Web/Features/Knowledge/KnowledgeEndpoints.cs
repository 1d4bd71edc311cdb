using LegCheck.Web.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LegCheck.Web.Features.Knowledge;

internal static class KnowledgeEndpoints
{
    public static IEndpointRouteBuilder MapKnowledge(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/knowledge").WithTags("Knowledge");
        group.MapGet("/conditions", (KnowledgeCatalog k) => TypedResults.Ok(k.Conditions))
            .WithName("Conditions")
            .WithSummary("The 26 conditions: what each is, how it feels, causes, advice, when to see whom, sources");
        group.MapGet("/conditions/{id}", Condition)
            .WithName("Condition")
            .WithSummary("One condition by id")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/facts", (KnowledgeCatalog k) => TypedResults.Ok(k.Facts))
            .WithName("Facts")
            .WithSummary("The fact vocabulary: ids, types, allowed values and ranges");
        group.MapGet("/questions", (KnowledgeCatalog k) => TypedResults.Ok(k.Questions))
            .WithName("Questions")
            .WithSummary("The interview questions with why they are asked and their sources");
        group.MapGet("/advice", (KnowledgeCatalog k) => TypedResults.Ok(k.Advice))
            .WithName("Advice")
            .WithSummary("Every piece of advice with its sources");
        group.MapGet("/advice/{id}", AdviceItem)
            .WithName("AdviceItem")
            .WithSummary("One piece of advice by id")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/sources", (KnowledgeCatalog k) => TypedResults.Ok(k.Sources))
            .WithName("Sources")
            .WithSummary("The articles and guidelines every claim cites");
        return app;
    }

    private static Results<Ok<ConditionEntry>, ProblemHttpResult> Condition(string id, KnowledgeCatalog k) =>
        k.Condition(id) is { } entry
            ? TypedResults.Ok(entry)
            : Problems.NotFound("id", "unknown condition id; expected one of the ids listed by GET /api/v1/knowledge/conditions");

    private static Results<Ok<AdviceEntry>, ProblemHttpResult> AdviceItem(string id, KnowledgeCatalog k) =>
        k.AdviceItem(id) is { } entry
            ? TypedResults.Ok(entry)
            : Problems.NotFound("id", "unknown advice id; expected one of the ids listed by GET /api/v1/knowledge/advice");
}

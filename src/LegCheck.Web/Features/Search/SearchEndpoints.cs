using LegCheck.Core.Cases;
using LegCheck.Core.Engine;
using LegCheck.Core.FreeText;
using LegCheck.Web.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LegCheck.Web.Features.Search;

internal static class SearchEndpoints
{
    public const int MaxPhraseLength = 2000;

    public static IEndpointRouteBuilder MapSearch(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/search", Search)
            .WithName("Search")
            .WithTags("Search")
            .WithSummary("Free text to facts")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithDescription(
                "Reads symptoms from a phrase such as \"my toes go numb after two miles, no swelling\". Returns the facts " +
                "in the case format (to confirm with the runner, then send to assess or the interview), each reading with " +
                "the words it came from, and the causes those facts alone point to.");
        return app;
    }

    private static Results<Ok<SearchResponse>, ProblemHttpResult> Search(string? phrase, Assessor assessor)
    {
        if (string.IsNullOrWhiteSpace(phrase))
        {
            return Problems.Invalid("phrase", "expected some text to read, for example ?phrase=my calf cramps late in long runs");
        }

        if (phrase.Length > MaxPhraseLength)
        {
            return Problems.Invalid("phrase", $"expected at most {MaxPhraseLength} characters, got {phrase.Length}");
        }

        var kb = assessor.Kb;
        var parsed = PhraseParser.Parse(phrase);
        var evidence = PhraseParser.Apply(Evidence.Empty, parsed);
        var found = parsed
            .Select(p => new FoundFact(p.FactId, FactsJson.ToElement(p.Value, kb.Facts[p.FactId].Type), kb.Facts[p.FactId].Label, p.Matched, p.Negated))
            .ToList();
        var conditions = parsed.Any(p => p.Value.IsKnown)
            ? assessor.Assess(evidence).ListedCauses.Select(ConditionJson.Of).ToList()
            : [];
        return TypedResults.Ok(new SearchResponse(found, FactsJson.From(kb, evidence), conditions));
    }
}

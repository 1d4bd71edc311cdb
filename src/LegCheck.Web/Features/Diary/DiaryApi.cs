using LegCheck.Diary;
using LegCheck.Web.Api;

namespace LegCheck.Web.Features.Diary;

/// <summary>
/// The diary's JSON API under <c>/api/v1/diary</c>: each feature maps its own endpoints on one route group. Every
/// answer is what the matching <c>legcheck … --json</c> prints. A diary that cannot be opened is a 503, a diary
/// rule broken (a shoe name taken) a 400, both as Problem Details; changes from another site's page are refused.
/// </summary>
internal static class DiaryApi
{
    public const string Prefix = "/api/v1/diary";

    /// <summary>Maps the diary's endpoints on one group, returned so the composition root can require a user of it.</summary>
    public static RouteGroupBuilder MapDiaryApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Prefix).WithTags("Diary").AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context);
            }
            catch (DiaryUnavailableException ex)
            {
                return Problems.Invalid("diary", ex.Message, StatusCodes.Status503ServiceUnavailable);
            }
            catch (DiaryException ex)
            {
                return Problems.Invalid("diary", ex.Message);
            }
        }).AddEndpointFilter(SameSiteWrites.Filter);
        group.MapDiaryImport();
        group.MapDiaryTraining();
        group.MapDiaryTriggers();
        group.MapDiaryRuns();
        group.MapDiaryEpisodes();
        group.MapDiaryShoes();
        return group;
    }
}

using System.Globalization;
using LegCheck.Diary.Json;
using LegCheck.Diary.Storage;
using LegCheck.Web.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LegCheck.Web.Features.Diary;

/// <summary>
/// <c>/api/v1/diary/episodes</c>: the episodes (as <c>legcheck episodes list --json</c>), one episode, logging one
/// (<c>POST</c>), replacing one (<c>PUT</c>, every field as given, left out means not recorded) and deleting one.
/// The body is a JSON object with the list's field names; without <c>run</c> the episode is matched to a run by time.
/// </summary>
internal static class DiaryEpisodesEndpoints
{
    public static RouteGroupBuilder MapDiaryEpisodes(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("/episodes", (IDiaryStore store, CurrentUser user, CancellationToken ct) =>
                store.ReadAsync(user, async unit => new DiaryJsonOk(ListJson.Episodes(await unit.Episodes.AllAsync(ct), ListJson.ShoeNames(await unit.Shoes.AllAsync(ct)))), ct))
            .WithName("DiaryEpisodes")
            .WithSummary("Logged symptom episodes, oldest first");
        group.MapGet("/episodes/{id:long}", (long id, IDiaryStore store, CurrentUser user, CancellationToken ct) =>
                store.ReadAsync<Results<DiaryJsonOk, ProblemHttpResult>>(user, async unit =>
                    await unit.Episodes.FindAsync(id, ct) is { } e
                        ? new DiaryJsonOk(ListJson.Episode(e, ListJson.ShoeNames(await unit.Shoes.AllAsync(ct))))
                        : NoEpisode(id), ct))
            .WithName("DiaryEpisode")
            .WithSummary("One episode, as in the list");
        group.MapPost("/episodes", CreateAsync)
            .WithName("DiaryEpisodeCreate")
            .WithSummary("Log a symptom episode")
            .WithDescription("occurred_at: now (default), YYYY-MM-DD (time of day unknown) or YYYY-MM-DDTHH:MM local time; symptoms: one or more of " +
                string.Join(", ", LegCheck.Diary.Model.Symptoms.All) + "; the other fields as the list prints them.")
            .AcceptsJsonBody<EpisodeExample>();
        group.MapPut("/episodes/{id:long}", ReplaceAsync)
            .WithName("DiaryEpisodeReplace")
            .WithSummary("Replace an episode with the fields given")
            .AcceptsJsonBody<EpisodeExample>();
        group.MapDelete("/episodes/{id:long}", (long id, IDiaryStore store, CurrentUser user, CancellationToken ct) =>
                store.WriteAsync<Results<NoContent, ProblemHttpResult>>(user, async unit =>
                    await unit.Episodes.DeleteAsync(id, ct) ? TypedResults.NoContent() : NoEpisode(id), ct))
            .WithName("DiaryEpisodeDelete")
            .WithSummary("Delete an episode");
        return group;
    }

    private static async Task<Results<DiaryJsonCreated, ProblemHttpResult>> CreateAsync(
        HttpRequest request, IDiaryStore store, CurrentUser user, TimeProvider time, CancellationToken ct)
    {
        var (fields, problem) = await ReadAsync(request, ct);
        if (fields is null)
        {
            return problem!;
        }

        return await store.WriteAsync<Results<DiaryJsonCreated, ProblemHttpResult>>(user, async unit =>
        {
            var (saved, errors) = await EpisodeSaving.SaveAsync(unit, time, fields, existing: null, ct);
            if (saved is null)
            {
                return Problems.Invalid(errors);
            }

            var json = await EpisodeJsonAsync(unit, saved.Id, ct);
            return new DiaryJsonCreated(json, $"{DiaryApi.Prefix}/episodes/{saved.Id.ToString(CultureInfo.InvariantCulture)}");
        }, ct);
    }

    private static async Task<Results<DiaryJsonOk, ProblemHttpResult>> ReplaceAsync(
        long id, HttpRequest request, IDiaryStore store, CurrentUser user, TimeProvider time, CancellationToken ct)
    {
        var (fields, problem) = await ReadAsync(request, ct);
        if (fields is null)
        {
            return problem!;
        }

        return await store.WriteAsync<Results<DiaryJsonOk, ProblemHttpResult>>(user, async unit =>
        {
            if (await unit.Episodes.FindAsync(id, ct) is not { } existing)
            {
                return NoEpisode(id);
            }

            var (saved, errors) = await EpisodeSaving.SaveAsync(unit, time, fields, existing, ct);
            return saved is null ? Problems.Invalid(errors) : new DiaryJsonOk(await EpisodeJsonAsync(unit, id, ct));
        }, ct);
    }

    /// <summary>The stored episode as the list prints it, read back inside the unit that saved it.</summary>
    private static async Task<string> EpisodeJsonAsync(IDiaryUnit unit, long id, CancellationToken ct) =>
        ListJson.Episode((await unit.Episodes.FindAsync(id, ct))!, ListJson.ShoeNames(await unit.Shoes.AllAsync(ct)));

    private static async Task<(EpisodeFields?, ProblemHttpResult?)> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        var (document, problem) = await JsonBody.ReadAsync(request, ct);
        if (document is null)
        {
            return (null, problem);
        }

        var (fields, errors) = EpisodeFields.FromJson(document);
        return fields is null ? (null, Problems.Invalid(errors)) : (fields, null);
    }

    private static ProblemHttpResult NoEpisode(long id) => Problems.NotFound("id", $"no episode {id}");
}

/// <summary>The episode body's shape, for the OpenAPI document only: the endpoints read the JSON by hand, field by field.</summary>
internal sealed record EpisodeExample(
    string? OccurredAt,
    long? Run,
    IReadOnlyList<string> Symptoms,
    IReadOnlyList<string>? Locations,
    double? MinutesIntoRun,
    double? DurationMin,
    int? Severity,
    string? Shoe,
    string? Lacing,
    bool? Heat,
    string? Fluids,
    bool? Electrolytes,
    string? Helped,
    string? Notes);

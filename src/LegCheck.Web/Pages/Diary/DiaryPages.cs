using System.Globalization;
using LegCheck.Core.Input;
using LegCheck.Diary;
using LegCheck.Diary.Import;
using LegCheck.Diary.Json;
using LegCheck.Diary.Model;
using LegCheck.Diary.Storage;
using LegCheck.Diary.Training;
using LegCheck.Diary.Triggers;
using LegCheck.Diary.Units;
using LegCheck.Web.Api;
using LegCheck.Web.Features.Diary;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LegCheck.Web.Pages.Diary;

/// <summary>
/// The diary in the browser: server-rendered pages and plain form posts (each change redirects back, so a reload
/// never posts twice), over the same diary file and the same code as the CLI and the API. Changes from another
/// site's page are refused.
/// </summary>
internal static class DiaryPages
{
    /// <summary>The chart and the flags show the latest weeks, as <c>legcheck training</c> does by default.</summary>
    public const int WeeksShown = 12;

    public static RouteGroupBuilder MapDiaryPages(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var pages = app.MapGroup("/diary").ExcludeFromDescription().AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context);
            }
            catch (DiaryUnavailableException ex)
            {
                return Page<ImportResultPage>(new() { ["Error"] = ex.Message }, StatusCodes.Status503ServiceUnavailable);
            }
        }).AddEndpointFilter(SameSiteWrites.Filter);
        pages.MapGet("", OverviewAsync);
        pages.MapPost("/import", ImportAsync);
        pages.MapPost("/units", UnitsAsync).AcceptsFormOnly();
        pages.MapGet("/runs", (IDiaryStore store, CurrentUser user, DiaryWebOptions options, string? units, string? done, CancellationToken ct) =>
            store.ReadAsync(user, async unit => Page<RunsPage>(new()
            {
                ["View"] = new RunsView(
                    [.. (await unit.Runs.AllAsync(ct)).Reverse()],
                    ListJson.ShoeNames(await unit.Shoes.AllAsync(ct)),
                    await unit.DistanceUnitAsync(options, units, ct),
                    done == "deleted" ? "Run deleted." : null),
            }), ct));
        pages.MapPost("/runs/{id:long}/delete", (long id, IDiaryStore store, CurrentUser user, CancellationToken ct) =>
            store.WriteAsync(user, async unit => await unit.Runs.DeleteAsync(id, ct) ? Back("/diary/runs?done=deleted") : Results.NotFound(), ct));
        pages.MapGet("/episodes", (IDiaryStore store, CurrentUser user, TimeProvider time, string? done, CancellationToken ct) =>
            store.ReadAsync(user, unit => EpisodesAsync(unit, Blank(time), null, [], Done(done), ct: ct), ct));
        pages.MapGet("/episodes/{id:long}", (long id, IDiaryStore store, CurrentUser user, CancellationToken ct) =>
            store.ReadAsync(user, async unit =>
                await unit.Episodes.FindAsync(id, ct) is { } e ? await EpisodesAsync(unit, await FieldsAsync(e, unit, ct), id, [], null, ct: ct) : Results.NotFound(), ct));
        pages.MapPost("/episodes", (HttpRequest request, IDiaryStore store, CurrentUser user, TimeProvider time, CancellationToken ct) =>
            SaveEpisodeAsync(request, store, user, time, null, ct)).AcceptsFormOnly();
        pages.MapPost("/episodes/{id:long}", (long id, HttpRequest request, IDiaryStore store, CurrentUser user, TimeProvider time, CancellationToken ct) =>
            SaveEpisodeAsync(request, store, user, time, id, ct)).AcceptsFormOnly();
        pages.MapPost("/episodes/{id:long}/delete", (long id, IDiaryStore store, CurrentUser user, CancellationToken ct) =>
            store.WriteAsync(user, async unit => await unit.Episodes.DeleteAsync(id, ct) ? Back("/diary/episodes?done=deleted") : Results.NotFound(), ct));
        pages.MapGet("/shoes", (IDiaryStore store, CurrentUser user, DiaryWebOptions options, string? units, string? done, CancellationToken ct) =>
            store.ReadAsync(user, async unit => await ShoesAsync(unit, await unit.DistanceUnitAsync(options, units, ct), null, Done(done), ct: ct), ct));
        pages.MapPost("/shoes", AddShoeAsync).AcceptsFormOnly();
        pages.MapPost("/shoes/{id:long}/delete", (long id, IDiaryStore store, CurrentUser user, CancellationToken ct) =>
            store.WriteAsync(user, async unit => await unit.Shoes.DeleteAsync(id, ct) ? Back("/diary/shoes?done=deleted") : Results.NotFound(), ct));
        return pages;
    }

    private static Task<IResult> OverviewAsync(IDiaryStore store, CurrentUser user, DiaryWebOptions options, TimeProvider time, string? units, CancellationToken ct) =>
        store.ReadAsync<IResult>(user, async unit =>
        {
            var snapshot = await unit.SnapshotAsync(ct);
            var training = TrainingAnalysis.Analyze(snapshot, time);
            var model = new DiaryOverview(
                training,
                [.. training.Weeks.TakeLast(WeeksShown)],
                TriggerAnalysis.Analyze(snapshot),
                snapshot.Experiments,
                await unit.DistanceUnitAsync(options, units, ct),
                snapshot.Runs.Count(r => r.Activity.IsRun),
                snapshot.Episodes.Count,
                options.MaxUploadBytes);
            return Page<DiaryPage>(new() { ["Model"] = model });
        }, ct);

    private static async Task<IResult> ImportAsync(
        HttpRequest request, DiaryUploads uploads, IDiaryImports imports, IDiaryStore store, CurrentUser user, CancellationToken ct)
    {
        var (outcome, problem) = await DiaryImport.ReceiveAndImportAsync(request, uploads, imports, user, ct);
        if (outcome is null)
        {
            var detail = problem!.ProblemDetails;
            return Page<ImportResultPage>(new() { ["Error"] = Sentence(detail.Detail ?? "the upload could not be read"), ["MaxBytes"] = uploads.Options.MaxUploadBytes }, detail.Status ?? 400);
        }

        var unit = await store.ReadAsync(user, u => u.DistanceUnitAsync(uploads.Options, null, ct), ct);
        return Page<ImportResultPage>(new()
        {
            ["Lines"] = ImportLines.For(outcome.Results, unit, verbose: true, withErrors: true),
            ["Summary"] = outcome.Summary.ToString(),
            ["MaxBytes"] = uploads.Options.MaxUploadBytes,
        });
    }

    private static async Task<IResult> UnitsAsync(HttpRequest request, IDiaryStore store, CurrentUser user, CancellationToken ct)
    {
        var form = await request.ReadFormAsync(ct);
        if (Distances.Parse(form["units"]) is not { } unit)
        {
            return Problems.Invalid("units", $"expected km or mi, got '{form["units"]}'");
        }

        return await store.WriteAsync(user, async diary =>
        {
            await diary.Settings.SetAsync(SettingsStore.Units, Distances.Name(unit), ct);
            return Back("/diary");
        }, ct);
    }

    private static async Task<IResult> SaveEpisodeAsync(HttpRequest request, IDiaryStore store, CurrentUser user, TimeProvider time, long? id, CancellationToken ct)
    {
        var form = await request.ReadFormAsync(ct);
        var fields = EpisodeFields.FromForm(form);
        return await store.WriteAsync(user, async unit =>
        {
            Episode? existing = null;
            if (id is { } wanted && (existing = await unit.Episodes.FindAsync(wanted, ct)) is null)
            {
                return Results.NotFound();
            }

            var (saved, errors) = await EpisodeSaving.SaveAsync(unit, time, fields, existing, ct);
            return saved is null
                ? await EpisodesAsync(unit, fields, id, errors, null, StatusCodes.Status400BadRequest, ct)
                : Back($"/diary/episodes?done={(id is null ? "logged" : "saved")}");
        }, ct);
    }

    private static async Task<IResult> AddShoeAsync(HttpRequest request, IDiaryStore store, CurrentUser user, DiaryWebOptions options, TimeProvider time, CancellationToken ct)
    {
        var form = await request.ReadFormAsync(ct);
        var added = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        string? error = null;
        if (!string.IsNullOrWhiteSpace(form["added_on"]) && !DateOnly.TryParseExact(form["added_on"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out added))
        {
            error = $"Since: expected a date as YYYY-MM-DD, got \"{form["added_on"]}\".";
        }
        else
        {
            try
            {
                await store.WriteAsync(user, unit => unit.Shoes.AddAsync(form["name"].ToString(), added, form["default"] == "true", ct), ct);
                return Back("/diary/shoes?done=added");
            }
            catch (DiaryException ex)
            {
                // Shown from a fresh unit: a refused change leaves a server's transaction unusable.
                error = Sentence(ex.Message);
            }
        }

        return await store.ReadAsync(user, async unit => await ShoesAsync(unit, await unit.DistanceUnitAsync(options, null, ct), error, null, StatusCodes.Status400BadRequest, ct), ct);
    }

    private static async Task<IResult> EpisodesAsync(
        IDiaryUnit unit, EpisodeFields form, long? editing, IReadOnlyList<FieldError> errors, string? message, int status = StatusCodes.Status200OK, CancellationToken ct = default) =>
        Page<EpisodesPage>(
            new() { ["View"] = new EpisodesView([.. (await unit.Episodes.AllAsync(ct)).Reverse()], ListJson.ShoeNames(await unit.Shoes.AllAsync(ct)), form, editing, errors, message) },
            status);

    private static async Task<IResult> ShoesAsync(
        IDiaryUnit unit, DistanceUnit distances, string? error, string? message, int status = StatusCodes.Status200OK, CancellationToken ct = default) =>
        Page<ShoesPage>(new() { ["View"] = new ShoesView(ShoeUse.Of(await unit.Shoes.AllAsync(ct), await unit.Runs.AllAsync(ct)), distances, error, message) }, status);

    /// <summary>A blank form, its time pre-filled with now on the runner's own clock (not UTC).</summary>
    private static EpisodeFields Blank(TimeProvider time) => new() { OccurredAt = Local(time.GetLocalNow()) };

    private static async Task<EpisodeFields> FieldsAsync(Episode e, IDiaryUnit unit, CancellationToken ct) => new EpisodeFields
    {
        OccurredAt = Local(e.OccurredAt),
        Run = e.RunId?.ToString(CultureInfo.InvariantCulture),
        Symptoms = e.Symptoms,
        Locations = e.Locations,
        MinutesIntoRun = e.MinutesIntoRun?.ToString(CultureInfo.InvariantCulture),
        DurationMin = e.DurationMinutes?.ToString(CultureInfo.InvariantCulture),
        Severity = e.Severity?.ToString(CultureInfo.InvariantCulture),
        Shoe = e.ShoeId is { } s ? (await unit.Shoes.FindAsync(s, ct))?.Name : null,
        Lacing = e.Lacing,
        Heat = e.Heat is { } h ? (h ? "yes" : "no") : null,
        Fluids = e.Fluids,
        Electrolytes = e.Electrolytes is { } el ? (el ? "yes" : "no") : null,
        Helped = e.Helped,
        Notes = e.Notes,
    };

    private static string Local(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    private static string? Done(string? done) => done switch
    {
        "logged" => "Episode logged.",
        "saved" => "Episode saved.",
        "deleted" => "Deleted.",
        "added" => "Added.",
        _ => null,
    };

    private static string Sentence(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..].TrimEnd('.') + ".";

    /// <summary>303: the browser follows with a GET, so reloading the page never repeats the change.</summary>
    private static IResult Back(string location) => new SeeOther(location);

    private static RazorComponentResult<T> Page<T>(Dictionary<string, object?> parameters, int status = StatusCodes.Status200OK)
        where T : Microsoft.AspNetCore.Components.IComponent =>
        new(parameters) { StatusCode = status };

    private sealed class SeeOther(string location) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
            httpContext.Response.Headers.Location = location;
            return Task.CompletedTask;
        }
    }
}

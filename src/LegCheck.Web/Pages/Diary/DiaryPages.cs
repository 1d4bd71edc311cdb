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
public static class DiaryPages
{
    /// <summary>The chart and the flags show the latest weeks, as <c>legcheck training</c> does by default.</summary>
    public const int WeeksShown = 12;

    public static IEndpointRouteBuilder MapDiaryPages(this IEndpointRouteBuilder app)
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
        pages.MapGet("", Overview);
        pages.MapPost("/import", ImportAsync);
        pages.MapPost("/units", UnitsAsync).AcceptsFormOnly();
        pages.MapGet("/runs", (DiaryFile diary, string? units, string? done) => diary.Read(db =>
            Page<RunsPage>(new() { ["View"] = new RunsView([.. db.Runs.All().Reverse()], ListJson.ShoeNames(db.Shoes.All()), diary.Unit(db, units), done == "deleted" ? "Run deleted." : null) })));
        pages.MapPost("/runs/{id:long}/delete", (long id, DiaryFile diary, CancellationToken ct) =>
            diary.WriteAsync(db => db.Runs.Delete(id) ? Back("/diary/runs?done=deleted") : Results.NotFound(), ct));
        pages.MapGet("/episodes", (DiaryFile diary, TimeProvider time, string? done) => diary.Read(db => Episodes(db, Blank(time), null, [], Done(done))));
        pages.MapGet("/episodes/{id:long}", (long id, DiaryFile diary) => diary.Read(db =>
            db.Episodes.Find(id) is { } e ? Episodes(db, Fields(e, db), id, [], null) : Results.NotFound()));
        pages.MapPost("/episodes", (HttpRequest request, DiaryFile diary, TimeProvider time, CancellationToken ct) => SaveEpisodeAsync(request, diary, time, null, ct)).AcceptsFormOnly();
        pages.MapPost("/episodes/{id:long}", (long id, HttpRequest request, DiaryFile diary, TimeProvider time, CancellationToken ct) => SaveEpisodeAsync(request, diary, time, id, ct)).AcceptsFormOnly();
        pages.MapPost("/episodes/{id:long}/delete", (long id, DiaryFile diary, CancellationToken ct) =>
            diary.WriteAsync(db => db.Episodes.Delete(id) ? Back("/diary/episodes?done=deleted") : Results.NotFound(), ct));
        pages.MapGet("/shoes", (DiaryFile diary, string? units, string? done) => diary.Read(db => Shoes(db, diary.Unit(db, units), null, Done(done))));
        pages.MapPost("/shoes", AddShoeAsync).AcceptsFormOnly();
        pages.MapPost("/shoes/{id:long}/delete", (long id, DiaryFile diary, CancellationToken ct) =>
            diary.WriteAsync(db => db.Shoes.Delete(id) ? Back("/diary/shoes?done=deleted") : Results.NotFound(), ct));
        return app;
    }

    private static IResult Overview(DiaryFile diary, TimeProvider time, string? units) => diary.Read(db =>
    {
        var snapshot = db.Snapshot();
        var training = TrainingAnalysis.Analyze(snapshot, time);
        var model = new DiaryOverview(
            training,
            [.. training.Weeks.TakeLast(WeeksShown)],
            TriggerAnalysis.Analyze(snapshot),
            snapshot.Experiments,
            diary.Unit(db, units),
            snapshot.Runs.Count(r => r.Activity.IsRun),
            snapshot.Episodes.Count,
            diary.Options.MaxUploadBytes);
        return Page<DiaryPage>(new() { ["Model"] = model });
    });

    private static async Task<IResult> ImportAsync(HttpRequest request, DiaryFile diary, TimeProvider time, CancellationToken ct)
    {
        var (outcome, problem) = await DiaryImport.ReceiveAndImportAsync(request, diary, time, ct);
        if (outcome is null)
        {
            var detail = problem!.ProblemDetails;
            return Page<ImportResultPage>(new() { ["Error"] = Sentence(detail.Detail ?? "the upload could not be read"), ["MaxBytes"] = diary.Options.MaxUploadBytes }, detail.Status ?? 400);
        }

        var unit = diary.Read(db => diary.Unit(db, null));
        return Page<ImportResultPage>(new()
        {
            ["Lines"] = ImportLines.For(outcome.Results, unit, verbose: true, withErrors: true),
            ["Summary"] = outcome.Summary.ToString(),
            ["MaxBytes"] = diary.Options.MaxUploadBytes,
        });
    }

    private static async Task<IResult> UnitsAsync(HttpRequest request, DiaryFile diary, CancellationToken ct)
    {
        var form = await request.ReadFormAsync(ct);
        if (Distances.Parse(form["units"]) is not { } unit)
        {
            return Problems.Invalid("units", $"expected km or mi, got '{form["units"]}'");
        }

        return await diary.WriteAsync(db =>
        {
            db.Settings.Set(SettingsStore.Units, Distances.Name(unit));
            return Back("/diary");
        }, ct);
    }

    private static async Task<IResult> SaveEpisodeAsync(HttpRequest request, DiaryFile diary, TimeProvider time, long? id, CancellationToken ct)
    {
        var form = await request.ReadFormAsync(ct);
        var fields = EpisodeFields.FromForm(form);
        return await diary.WriteAsync(db =>
        {
            Episode? existing = null;
            if (id is { } wanted && (existing = db.Episodes.Find(wanted)) is null)
            {
                return Results.NotFound();
            }

            var (saved, errors) = EpisodeSaving.Save(db, time, fields, existing);
            return saved is null
                ? Episodes(db, fields, id, errors, null, StatusCodes.Status400BadRequest)
                : Back($"/diary/episodes?done={(id is null ? "logged" : "saved")}");
        }, ct);
    }

    private static async Task<IResult> AddShoeAsync(HttpRequest request, DiaryFile diary, TimeProvider time, CancellationToken ct)
    {
        var form = await request.ReadFormAsync(ct);
        var added = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        if (!string.IsNullOrWhiteSpace(form["added_on"]) && !DateOnly.TryParseExact(form["added_on"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out added))
        {
            return diary.Read(db => Shoes(db, diary.Unit(db, null), $"Since: expected a date as YYYY-MM-DD, got \"{form["added_on"]}\".", null, StatusCodes.Status400BadRequest));
        }

        return await diary.WriteAsync(db =>
        {
            try
            {
                db.Shoes.Add(form["name"].ToString(), added, form["default"] == "true");
                return Back("/diary/shoes?done=added");
            }
            catch (DiaryException ex)
            {
                return Shoes(db, diary.Unit(db, null), Sentence(ex.Message), null, StatusCodes.Status400BadRequest);
            }
        }, ct);
    }

    private static IResult Episodes(DiaryDatabase db, EpisodeFields form, long? editing, IReadOnlyList<FieldError> errors, string? message, int status = StatusCodes.Status200OK) =>
        Page<EpisodesPage>(new() { ["View"] = new EpisodesView([.. db.Episodes.All().Reverse()], ListJson.ShoeNames(db.Shoes.All()), form, editing, errors, message) }, status);

    private static IResult Shoes(DiaryDatabase db, DistanceUnit unit, string? error, string? message, int status = StatusCodes.Status200OK) =>
        Page<ShoesPage>(new() { ["View"] = new ShoesView(ShoeUse.Of(db.Shoes.All(), db.Runs.All()), unit, error, message) }, status);

    /// <summary>A blank form, its time pre-filled with now on the runner's own clock (not UTC).</summary>
    private static EpisodeFields Blank(TimeProvider time) => new() { OccurredAt = Local(time.GetLocalNow()) };

    private static EpisodeFields Fields(Episode e, DiaryDatabase db) => new()
    {
        OccurredAt = Local(e.OccurredAt),
        Run = e.RunId?.ToString(CultureInfo.InvariantCulture),
        Symptoms = e.Symptoms,
        Locations = e.Locations,
        MinutesIntoRun = e.MinutesIntoRun?.ToString(CultureInfo.InvariantCulture),
        DurationMin = e.DurationMinutes?.ToString(CultureInfo.InvariantCulture),
        Severity = e.Severity?.ToString(CultureInfo.InvariantCulture),
        Shoe = e.ShoeId is { } s ? db.Shoes.Find(s)?.Name : null,
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

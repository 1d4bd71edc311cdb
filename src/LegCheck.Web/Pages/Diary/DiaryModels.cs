using LegCheck.Diary.Model;
using LegCheck.Diary.Training;
using LegCheck.Diary.Triggers;
using LegCheck.Diary.Units;

namespace LegCheck.Web.Pages.Diary;

/// <summary>What the diary's overview page shows: the weeks on the chart (the latest 12), flags, triggers, experiments.</summary>
public sealed record DiaryOverview(
    TrainingReport Training,
    IReadOnlyList<WeekSummary> Weeks,
    TriggerReport Triggers,
    IReadOnlyList<Experiment> Experiments,
    DistanceUnit Unit,
    int Runs,
    int Episodes,
    long MaxUploadBytes);

/// <summary>The runs page: the runs newest first, with their shoes' names.</summary>
public sealed record RunsView(IReadOnlyList<RunRecord> Runs, IReadOnlyDictionary<long, string> Shoes, DistanceUnit Unit, string? Message);

/// <summary>The episodes page: the form (blank or as typed, with its errors) and the episodes newest first.</summary>
public sealed record EpisodesView(
    IReadOnlyList<Episode> Episodes,
    IReadOnlyDictionary<long, string> Shoes,
    LegCheck.Web.Features.Diary.EpisodeFields Form,
    long? EditingId,
    IReadOnlyList<LegCheck.Core.Input.FieldError> Errors,
    string? Message);

/// <summary>The shoes page.</summary>
public sealed record ShoesView(IReadOnlyList<ShoeUse> Shoes, DistanceUnit Unit, string? Error, string? Message);

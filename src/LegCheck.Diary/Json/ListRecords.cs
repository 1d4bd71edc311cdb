using System.Text.Json.Serialization;

namespace LegCheck.Diary.Json;

// The objects of the diary lists, in the order their fields are printed.
internal sealed record RunJson(
    long Id,
    string Start,
    string Sport,
    double DistanceKm,
    double Minutes,
    [property: JsonPropertyName("pace_s_per_km")] double? PaceSPerKm,
    double? AvgHr,
    double? AvgCadenceSpm,
    double? AvgTempC,
    string? Shoe,
    string? Lacing,
    bool? Electrolytes,
    string? Surface,
    bool? Hot,
    string File);

internal sealed record EpisodeJson(
    long Id,
    string OccurredAt,
    long? Run,
    IReadOnlyList<string> Symptoms,
    IReadOnlyList<string> Locations,
    double? MinutesIntoRun,
    double? DurationMin,
    double? Severity,
    string? Shoe,
    string? Lacing,
    bool? Heat,
    string? Fluids,
    bool? Electrolytes,
    string? Helped,
    string? Notes);

internal sealed record ShoeJson(long Id, string Name, string AddedOn, string? RetiredOn, int Runs, double Km, bool Default);

internal sealed record ExperimentJson(long Id, string StartedOn, string Factor, string Description);

/// <summary>The account as the data export names it.</summary>
public sealed record ExportedAccount(string Id, string? Email, bool EmailConfirmed);

/// <summary>The settings the data export carries.</summary>
internal sealed record ExportedSettings(string? Units);

/// <summary>A runner's whole data export: the account, every list, the settings and the files already imported.</summary>
internal sealed record AccountExportJson(
    ExportedAccount Account,
    IReadOnlyList<RunJson> Runs,
    IReadOnlyList<EpisodeJson> Episodes,
    IReadOnlyList<ShoeJson> Shoes,
    IReadOnlyList<ExperimentJson> Experiments,
    ExportedSettings Settings,
    IReadOnlyList<string> ImportedFileHashes);

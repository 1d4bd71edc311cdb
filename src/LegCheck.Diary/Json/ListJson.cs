using System.Globalization;
using System.Text.Json;
using LegCheck.Activities;
using LegCheck.Diary.Model;
using static LegCheck.Diary.Json.DiaryJsonContext;

namespace LegCheck.Diary.Json;

/// <summary>
/// The <c>--json</c> form of the diary lists (and the web API's): one JSON array, one object per record, snake_case
/// fields, times as ISO-8601 with the runner's offset, null for "not recorded". A single record (the API's
/// <c>/runs/{id}</c>) is the same object on its own.
/// </summary>
public static class ListJson
{
    private const string Time = "yyyy-MM-dd'T'HH:mm:sszzz";
    private const string Day = "yyyy-MM-dd";

    public static string Runs(IEnumerable<RunRecord> runs, IReadOnlyDictionary<long, string> shoes) =>
        Write(RunList(runs, shoes), Compact.IReadOnlyListRunJson);

    public static string Run(RunRecord run, IReadOnlyDictionary<long, string> shoes) => Write(ToJson(run, shoes), Compact.RunJson);

    public static string Episodes(IEnumerable<Episode> episodes, IReadOnlyDictionary<long, string> shoes) =>
        Write(EpisodeList(episodes, shoes), Compact.IReadOnlyListEpisodeJson);

    public static string Episode(Episode episode, IReadOnlyDictionary<long, string> shoes) => Write(ToJson(episode, shoes), Compact.EpisodeJson);

    public static string Shoes(IEnumerable<ShoeUse> shoes) => Write([.. shoes.Select(ToJson)], Compact.IReadOnlyListShoeJson);

    public static string Shoe(ShoeUse shoe) => Write(ToJson(shoe), Compact.ShoeJson);

    public static string Experiments(IEnumerable<Experiment> experiments) => Write(ExperimentList(experiments), Compact.IReadOnlyListExperimentJson);

    /// <summary>A runner's whole data export (the hosted API's): the account, every list, the settings and the files already imported.</summary>
    public static string Export(ExportedAccount account, DiarySnapshot snapshot, string? units, IReadOnlyList<string> importedFileHashes)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var shoes = ShoeNames(snapshot.Shoes);
        return Write(
            new AccountExportJson(
                account,
                RunList(snapshot.Runs, shoes),
                EpisodeList(snapshot.Episodes, shoes),
                [.. ShoeUse.Of(snapshot.Shoes, snapshot.Runs).Select(ToJson)],
                ExperimentList(snapshot.Experiments),
                new ExportedSettings(units),
                importedFileHashes),
            Compact.AccountExportJson);
    }

    /// <summary>The shoes' names by id, which the run and episode objects show instead of the id.</summary>
    public static IReadOnlyDictionary<long, string> ShoeNames(IEnumerable<Shoe> shoes) => shoes.ToDictionary(s => s.Id, s => s.Name);

    private static string Write<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> info) => JsonSerializer.Serialize(value, info);

    private static List<RunJson> RunList(IEnumerable<RunRecord> runs, IReadOnlyDictionary<long, string> shoes) => [.. runs.Select(r => ToJson(r, shoes))];

    private static List<EpisodeJson> EpisodeList(IEnumerable<Episode> episodes, IReadOnlyDictionary<long, string> shoes) => [.. episodes.Select(e => ToJson(e, shoes))];

    private static List<ExperimentJson> ExperimentList(IEnumerable<Experiment> experiments) =>
        [.. experiments.Select(x => new ExperimentJson(x.Id, x.StartedOn.ToString(Day, CultureInfo.InvariantCulture), x.Factor, x.Description))];

    private static RunJson ToJson(RunRecord r, IReadOnlyDictionary<long, string> shoes)
    {
        var a = r.Activity;
        return new RunJson(
            r.Id,
            r.LocalStart.ToString(Time, CultureInfo.InvariantCulture),
            SportIds.Id(a.Sport),
            Math.Round(r.DistanceKm, 3),
            Math.Round(r.Minutes, 1),
            Rounded(a.PaceSecondsPerKm),
            Rounded(a.AverageHeartRate),
            Rounded(a.AverageCadenceSpm),
            Rounded(a.AverageTemperatureC),
            r.ShoeId is { } s ? shoes.GetValueOrDefault(s) : null,
            r.Lacing,
            r.Electrolytes,
            r.Surface,
            r.Hot,
            r.FileName);
    }

    private static EpisodeJson ToJson(Episode e, IReadOnlyDictionary<long, string> shoes) => new(
        e.Id,
        e.OccurredAt.ToString(Time, CultureInfo.InvariantCulture),
        e.RunId,
        e.Symptoms,
        e.Locations,
        Rounded(e.MinutesIntoRun),
        Rounded(e.DurationMinutes),
        Rounded(e.Severity),
        e.ShoeId is { } s ? shoes.GetValueOrDefault(s) : null,
        e.Lacing,
        e.Heat,
        e.Fluids,
        e.Electrolytes,
        e.Helped,
        e.Notes);

    private static ShoeJson ToJson(ShoeUse x) => new(
        x.Shoe.Id,
        x.Shoe.Name,
        x.Shoe.AddedOn.ToString(Day, CultureInfo.InvariantCulture),
        x.Shoe.RetiredOn?.ToString(Day, CultureInfo.InvariantCulture),
        x.Runs,
        Math.Round(x.Km, 2),
        x.Shoe.IsDefault);
}

using System.Globalization;
using System.Text.Json;
using LegCheck.Activities;
using LegCheck.Diary.Model;
using static LegCheck.Diary.Json.JsonText;

namespace LegCheck.Diary.Json;

/// <summary>
/// The <c>--json</c> form of the diary lists (and the web API's): one JSON array, one object per record, snake_case
/// fields, times as ISO-8601 with the runner's offset, null for "not recorded". A single record (the API's
/// <c>/runs/{id}</c>) is the same object on its own.
/// </summary>
public static class ListJson
{
    public static string Runs(IEnumerable<RunRecord> runs, IReadOnlyDictionary<long, string> shoes) => Array(runs, (w, r) => WriteRun(w, r, shoes));

    public static string Run(RunRecord run, IReadOnlyDictionary<long, string> shoes) => One(w => WriteRun(w, run, shoes));

    public static string Episodes(IEnumerable<Episode> episodes, IReadOnlyDictionary<long, string> shoes) => Array(episodes, (w, e) => WriteEpisode(w, e, shoes));

    public static string Episode(Episode episode, IReadOnlyDictionary<long, string> shoes) => One(w => WriteEpisode(w, episode, shoes));

    public static string Shoes(IEnumerable<ShoeUse> shoes) => Array(shoes, WriteShoe);

    public static string Shoe(ShoeUse shoe) => One(w => WriteShoe(w, shoe));

    public static string Experiments(IEnumerable<Experiment> experiments) => Array(experiments, (w, x) =>
    {
        w.WriteNumber("id", x.Id);
        w.WriteString("started_on", x.StartedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("factor", x.Factor);
        w.WriteString("description", x.Description);
    });

    /// <summary>The shoes' names by id, which the run and episode objects show instead of the id.</summary>
    public static IReadOnlyDictionary<long, string> ShoeNames(IEnumerable<Shoe> shoes) => shoes.ToDictionary(s => s.Id, s => s.Name);

    private static void WriteRun(Utf8JsonWriter w, RunRecord r, IReadOnlyDictionary<long, string> shoes)
    {
        var a = r.Activity;
        w.WriteNumber("id", r.Id);
        w.WriteString("start", r.LocalStart.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        w.WriteString("sport", SportIds.Id(a.Sport));
        w.WriteNumber("distance_km", Math.Round(r.DistanceKm, 3));
        w.WriteNumber("minutes", Math.Round(r.Minutes, 1));
        Number(w, "pace_s_per_km", a.PaceSecondsPerKm);
        Number(w, "avg_hr", a.AverageHeartRate);
        Number(w, "avg_cadence_spm", a.AverageCadenceSpm);
        Number(w, "avg_temp_c", a.AverageTemperatureC);
        Text(w, "shoe", r.ShoeId is { } s ? shoes.GetValueOrDefault(s) : null);
        Text(w, "lacing", r.Lacing);
        Bool(w, "electrolytes", r.Electrolytes);
        Text(w, "surface", r.Surface);
        Bool(w, "hot", r.Hot);
        w.WriteString("file", r.FileName);
    }

    private static void WriteEpisode(Utf8JsonWriter w, Episode e, IReadOnlyDictionary<long, string> shoes)
    {
        w.WriteNumber("id", e.Id);
        w.WriteString("occurred_at", e.OccurredAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        if (e.RunId is { } run)
        {
            w.WriteNumber("run", run);
        }
        else
        {
            w.WriteNull("run");
        }

        Strings(w, "symptoms", e.Symptoms);
        Strings(w, "locations", e.Locations);
        Number(w, "minutes_into_run", e.MinutesIntoRun);
        Number(w, "duration_min", e.DurationMinutes);
        Number(w, "severity", e.Severity);
        Text(w, "shoe", e.ShoeId is { } s ? shoes.GetValueOrDefault(s) : null);
        Text(w, "lacing", e.Lacing);
        Bool(w, "heat", e.Heat);
        Text(w, "fluids", e.Fluids);
        Bool(w, "electrolytes", e.Electrolytes);
        Text(w, "helped", e.Helped);
        Text(w, "notes", e.Notes);
    }

    private static void WriteShoe(Utf8JsonWriter w, ShoeUse x)
    {
        w.WriteNumber("id", x.Shoe.Id);
        w.WriteString("name", x.Shoe.Name);
        w.WriteString("added_on", x.Shoe.AddedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Text(w, "retired_on", x.Shoe.RetiredOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteNumber("runs", x.Runs);
        w.WriteNumber("km", Math.Round(x.Km, 2));
        w.WriteBoolean("default", x.Shoe.IsDefault);
    }

    private static string One(Action<Utf8JsonWriter> write) => Compact(w =>
    {
        w.WriteStartObject();
        write(w);
        w.WriteEndObject();
    });

    private static string Array<T>(IEnumerable<T> items, Action<Utf8JsonWriter, T> write) => Compact(w =>
    {
        w.WriteStartArray();
        foreach (var item in items)
        {
            w.WriteStartObject();
            write(w, item);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    });
}

using System.Globalization;
using System.Text.Json;
using LegCheck.Cli.Output;
using LegCheck.Diary.Model;

namespace LegCheck.Cli.Diary;

/// <summary>
/// The <c>--json</c> form of the diary lists: one JSON array, one object per record, snake_case fields,
/// times as ISO-8601 with the runner's offset, null for "not recorded".
/// </summary>
internal static class ListJson
{
    public static string Runs(IEnumerable<RunRecord> runs, IReadOnlyDictionary<long, string> shoes) => Array(runs, (w, r) =>
    {
        var a = r.Activity;
        w.WriteNumber("id", r.Id);
        w.WriteString("start", r.LocalStart.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        w.WriteString("sport", a.Sport);
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
    });

    public static string Episodes(IEnumerable<Episode> episodes, IReadOnlyDictionary<long, string> shoes) => Array(episodes, (w, e) =>
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
    });

    public static string Shoes(IEnumerable<(Shoe Shoe, int Runs, double Km)> shoes) => Array(shoes, (w, x) =>
    {
        w.WriteNumber("id", x.Shoe.Id);
        w.WriteString("name", x.Shoe.Name);
        w.WriteString("added_on", x.Shoe.AddedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Text(w, "retired_on", x.Shoe.RetiredOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteNumber("runs", x.Runs);
        w.WriteNumber("km", Math.Round(x.Km, 2));
        w.WriteBoolean("default", x.Shoe.IsDefault);
    });

    public static string Experiments(IEnumerable<Experiment> experiments) => Array(experiments, (w, x) =>
    {
        w.WriteNumber("id", x.Id);
        w.WriteString("started_on", x.StartedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("factor", x.Factor);
        w.WriteString("description", x.Description);
    });

    private static string Array<T>(IEnumerable<T> items, Action<Utf8JsonWriter, T> write) => CliOutput.JsonLine(w =>
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

    private static void Number(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            w.WriteNumber(name, Math.Round(v, 2));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void Text(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static void Bool(Utf8JsonWriter w, string name, bool? value)
    {
        if (value is { } b)
        {
            w.WriteBoolean(name, b);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }
}

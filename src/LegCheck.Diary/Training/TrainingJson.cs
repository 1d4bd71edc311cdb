using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace LegCheck.Diary.Training;

/// <summary>
/// The report as JSON: <c>{"weeks":[{"week_start","runs","distance_km","duration_min","change_pct"}],"flags":[{"kind","date","detail"}]}</c>.
/// Distances are rounded to 0.01 km, minutes and percentages to 0.1.
/// </summary>
public static class TrainingJson
{
    public static string Write(TrainingReport report, bool indented = true)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartArray("weeks");
            foreach (var week in report.Weeks)
            {
                json.WriteStartObject();
                json.WriteString("week_start", week.WeekStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                json.WriteNumber("runs", week.Runs);
                json.WriteNumber("distance_km", Math.Round(week.DistanceKm, 2, MidpointRounding.AwayFromZero));
                json.WriteNumber("duration_min", Math.Round(week.DurationMinutes, 1, MidpointRounding.AwayFromZero));
                if (week.ChangePct is { } change)
                {
                    json.WriteNumber("change_pct", Math.Round(change, 1, MidpointRounding.AwayFromZero));
                }
                else
                {
                    json.WriteNull("change_pct");
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("flags");
            foreach (var flag in report.Flags)
            {
                json.WriteStartObject();
                json.WriteString("kind", flag.Kind);
                json.WriteString("date", flag.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                json.WriteString("detail", flag.Detail);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}

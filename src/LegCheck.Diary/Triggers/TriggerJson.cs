using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace LegCheck.Diary.Triggers;

/// <summary>
/// The trigger report as JSON: <c>{"correction":{…},"runs_considered","episodes_without_run","symptoms":[…],"findings":[…],"experiments":[…]}</c>;
/// <c>correction</c> names the method (benjamini_hochberg), the false discovery rate and the number of tests;
/// each finding and experiment carries its counts, <c>p_value</c>, <c>p_adjusted</c> (null when not tested), <c>verdict</c>
/// (trigger, protective, no_clear_link, not_enough_data), <c>more_runs_per_side</c> and <c>text</c>.
/// </summary>
public static class TriggerJson
{
    public static string Write(TriggerReport report, bool indented = true)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartObject("correction");
            json.WriteString("method", FalseDiscovery.Method);
            json.WriteNumber("false_discovery_rate", report.FalseDiscoveryRate);
            json.WriteNumber("tests", report.Tests);
            json.WriteEndObject();
            json.WriteNumber("runs_considered", report.RunsConsidered);
            json.WriteNumber("episodes_without_run", report.EpisodesWithoutRun);
            json.WriteStartArray("symptoms");
            foreach (var symptom in report.Symptoms)
            {
                json.WriteStringValue(symptom);
            }

            json.WriteEndArray();
            json.WriteStartArray("findings");
            foreach (var f in report.Findings)
            {
                json.WriteStartObject();
                json.WriteString("symptom", f.Symptom);
                json.WriteString("factor", f.Factor);
                json.WriteString("value", f.Value);
                WriteComparison(json, f.Comparison);
                json.WriteString("text", f.Text);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("experiments");
            foreach (var x in report.Experiments)
            {
                json.WriteStartObject();
                json.WriteNumber("id", x.ExperimentId);
                json.WriteString("started_on", x.StartedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                json.WriteString("description", x.Description);
                json.WriteString("factor", x.Factor);
                WriteComparison(json, x.Comparison);
                json.WriteString("text", x.Text);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static string VerdictName(Verdict verdict) => verdict switch
    {
        Verdict.Trigger => "trigger",
        Verdict.Protective => "protective",
        Verdict.NoClearLink => "no_clear_link",
        _ => "not_enough_data",
    };

    private static void WriteComparison(Utf8JsonWriter json, Comparison c)
    {
        json.WriteStartObject("with");
        json.WriteNumber("runs", c.With.Runs);
        json.WriteNumber("with_symptom", c.With.WithSymptom);
        json.WriteEndObject();
        json.WriteStartObject("without");
        json.WriteNumber("runs", c.Without.Runs);
        json.WriteNumber("with_symptom", c.Without.WithSymptom);
        json.WriteEndObject();
        json.WriteNumber("p_value", Math.Round(c.PValue, 6));
        if (c.AdjustedP is { } q)
        {
            json.WriteNumber("p_adjusted", Math.Round(q, 6));
        }
        else
        {
            json.WriteNull("p_adjusted");
        }

        json.WriteString("verdict", VerdictName(c.Verdict));
        if (c.MoreRunsPerSide is { } more)
        {
            json.WriteNumber("more_runs_per_side", more);
        }
        else
        {
            json.WriteNull("more_runs_per_side");
        }
    }
}

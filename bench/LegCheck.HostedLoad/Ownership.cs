using System.Text.Json;

namespace LegCheck.HostedLoad;

/// <summary>
/// Whether a diary answer holds only the asking account's rows. Every row an account makes carries its marker (the
/// uploaded file's name for a run, the notes for an episode), so a row without it is someone else's: a leak.
/// </summary>
public static class Ownership
{
    /// <summary>A list: a JSON array whose every row's <paramref name="field"/> starts with <paramref name="marker"/>.</summary>
    public static (Outcome Outcome, string? Reason) OfList(string body, string field, string marker)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return (Outcome.Error, "the answer is not a JSON array");
            }

            foreach (var row in document.RootElement.EnumerateArray())
            {
                if (!Mine(row, field, marker))
                {
                    return (Outcome.Leak, $"row {Id(row)} is not this account's");
                }
            }

            return (Outcome.Ok, null);
        }
        catch (JsonException ex)
        {
            return (Outcome.Error, "unreadable JSON: " + ex.Message);
        }
    }

    /// <summary>One row asked for by <paramref name="id"/>: that id, with the account's marker.</summary>
    public static (Outcome Outcome, string? Reason) OfOne(string body, long id, string field, string marker)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var row = document.RootElement;
            if (row.ValueKind != JsonValueKind.Object)
            {
                return (Outcome.Error, "the answer is not a JSON object");
            }

            if (!Mine(row, field, marker))
            {
                return (Outcome.Leak, $"row {Id(row)} is not this account's");
            }

            return Id(row) == id ? (Outcome.Ok, null) : (Outcome.Error, $"asked for {id}, got {Id(row)}");
        }
        catch (JsonException ex)
        {
            return (Outcome.Error, "unreadable JSON: " + ex.Message);
        }
    }

    // Only the last part of a path is compared: a run's file could be stored with the folder it was read from.
    private static bool Mine(JsonElement row, string field, string marker) =>
        row.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String
        && Path.GetFileName(value.GetString()!).StartsWith(marker, StringComparison.Ordinal);

    private static long? Id(JsonElement row) =>
        row.TryGetProperty("id", out var id) && id.TryGetInt64(out var value) ? value : null;
}

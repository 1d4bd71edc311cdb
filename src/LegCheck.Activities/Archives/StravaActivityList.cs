using System.Text;

namespace LegCheck.Activities.Archives;

/// <summary>
/// Strava's bulk export lists its activities in activities.csv: the "Filename" column (such as
/// "activities/1234.fit.gz") links a row to its file, "Activity Name" names it and "Activity Gear" is the gear worn.
/// </summary>
public static class StravaActivityList
{
    public const string FileName = "activities.csv";

    /// <summary>Export entries by file path as the CSV writes it, compared without case and with '/' separators.</summary>
    public static IReadOnlyDictionary<string, ExportEntry> Parse(Stream csv)
    {
        using var reader = new StreamReader(csv, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var entries = new Dictionary<string, ExportEntry>(StringComparer.OrdinalIgnoreCase);
        int file = -1, name = -1, gear = -1;
        foreach (IReadOnlyList<string> row in CsvReader.Rows(reader))
        {
            if (file < 0)
            {
                // Column names repeat in Strava's header (two "Distance" columns), so the first of each is used.
                file = IndexOf(row, "Filename");
                name = IndexOf(row, "Activity Name");
                gear = IndexOf(row, "Activity Gear");
                if (file < 0)
                {
                    return entries;
                }

                continue;
            }

            if (file < row.Count && row[file].Trim() is { Length: > 0 } path)
            {
                entries[Normalize(path)] = new ExportEntry(Cell(row, name), Cell(row, gear));
            }
        }

        return entries;
    }

    public static string Normalize(string path) => path.Replace('\\', '/').TrimStart('/', '.');

    private static int IndexOf(IReadOnlyList<string> header, string column)
    {
        for (int i = 0; i < header.Count; i++)
        {
            if (header[i].Trim().Trim('\uFEFF').Equals(column, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private static string? Cell(IReadOnlyList<string> row, int index) =>
        index >= 0 && index < row.Count && row[index].Trim() is { Length: > 0 } value ? value : null;
}

using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using LegCheck.Diary.Storage;

namespace LegCheck.Diary.Backup;

/// <summary>Writes the whole diary to a folder: one JSON file (see <see cref="BackupFormat"/>) and one CSV file per table.</summary>
public static class BackupExporter
{
    /// <summary>Exports everything into <paramref name="folder"/> and returns the files written.</summary>
    public static IReadOnlyList<string> Export(DiaryDatabase db, string folder, TimeProvider time)
    {
        PrivateFiles.CreateFolder(folder);
        var tables = db.InTransaction(() => Migrations.Tables.Select(t => (Name: t, Rows: ReadTable(db, t))).ToList());
        var written = new List<string>();

        using (var stream = new MemoryStream())
        {
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                json.WriteStartObject();
                json.WriteString("format", BackupFormat.FormatName);
                json.WriteNumber("version", BackupFormat.Version);
                json.WriteNumber("schema_version", db.SchemaVersion);
                json.WriteString("exported_at", SqliteValues.Local(time.GetLocalNow()));
                json.WriteStartObject("tables");
                foreach (var (name, rows) in tables)
                {
                    json.WriteStartArray(name);
                    foreach (var row in rows.Rows)
                    {
                        json.WriteStartObject();
                        for (var i = 0; i < rows.Columns.Count; i++)
                        {
                            WriteValue(json, rows.Columns[i], row[i]);
                        }

                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            written.Add(WriteAtomically(Path.Combine(folder, BackupFormat.JsonFileName), stream.ToArray()));
        }

        foreach (var (name, rows) in tables)
        {
            var csv = new StringBuilder();
            csv.Append(Csv.Line(rows.Columns)).Append("\r\n");
            foreach (var row in rows.Rows)
            {
                csv.Append(Csv.Line(row)).Append("\r\n");
            }

            written.Add(WriteAtomically(Path.Combine(folder, name + ".csv"), Encoding.UTF8.GetBytes(csv.ToString())));
        }

        return written;
    }

    private static (IReadOnlyList<string> Columns, List<object?[]> Rows) ReadTable(DiaryDatabase db, string table)
    {
        if (table == EpisodeBackupRows.Table)
        {
            return EpisodeBackupRows.Read(db);
        }

        using var readerCommand = db.Command($"SELECT * FROM {table} WHERE user_id = $user ORDER BY rowid");
        using var reader = readerCommand.ExecuteReader();
        var kept = Enumerable.Range(0, reader.FieldCount).Where(i => reader.GetName(i) != Migrations.OwnerColumn).ToList();
        var columns = kept.Select(reader.GetName).ToList();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[kept.Count];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(kept[i]) ? null : reader.GetValue(kept[i]);
            }

            rows.Add(row);
        }

        return (columns, rows);
    }

    private static void WriteValue(Utf8JsonWriter json, string name, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNull(name);
                break;
            case long l:
                json.WriteNumber(name, l);
                break;
            case double d:
                json.WriteNumber(name, d);
                break;
            default:
                json.WriteString(name, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
        }
    }

    // Written beside the target and moved over it, so an interrupted export never leaves a half-written backup.
    private static string WriteAtomically(string path, byte[] content)
    {
        var temporary = path + ".tmp";
        PrivateFiles.WriteAllBytes(temporary, content);
        File.Move(temporary, path, overwrite: true);
        return path;
    }
}

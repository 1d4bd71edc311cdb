using System.Text;
using System.Text.Json;
using LegCheck.Diary.Json;
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

        var backup = new BackupJson(
            BackupFormat.FormatName,
            BackupFormat.Version,
            db.SchemaVersion,
            SqliteValues.Local(time.GetLocalNow()),
            tables.ToDictionary(t => t.Name, t => t.Rows.Rows.Select(row => Row(t.Rows.Columns, row)).ToList(), StringComparer.Ordinal));
        written.Add(WriteAtomically(Path.Combine(folder, BackupFormat.JsonFileName), JsonSerializer.SerializeToUtf8Bytes(backup, DiaryJsonContext.Indented.BackupJson)));

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

    // A row as the file keeps it: integers and reals as numbers, anything else as invariant text, in column order.
    private static Dictionary<string, object?> Row(IReadOnlyList<string> columns, object?[] row)
    {
        var values = new Dictionary<string, object?>(columns.Count, StringComparer.Ordinal);
        for (var i = 0; i < columns.Count; i++)
        {
            values.Add(columns[i], row[i] switch
            {
                null => null,
                long l => l,
                double d => d,
                var other => Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture),
            });
        }

        return values;
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

/// <summary>The backup file (see <see cref="BackupFormat"/>): the envelope, then each table's rows by column name.</summary>
internal sealed record BackupJson(string Format, int Version, int SchemaVersion, string ExportedAt, Dictionary<string, List<Dictionary<string, object?>>> Tables);

using System.Text.Json;
using LegCheck.Diary.Storage;
using Microsoft.Data.Sqlite;

namespace LegCheck.Diary.Backup;

/// <summary>
/// Restores a backup written by <see cref="BackupExporter"/>, replacing the diary's contents. The whole file is checked
/// before anything is touched, and the replacement runs in one transaction: a malformed or inconsistent backup is
/// refused with one line naming the problem, and the diary stays exactly as it was.
/// </summary>
public static class BackupRestorer
{
    /// <summary>Replaces the diary with the backup in <paramref name="file"/> and returns the rows restored per table.</summary>
    /// <exception cref="DiaryException">The file is missing, malformed or inconsistent; nothing was changed.</exception>
    public static IReadOnlyDictionary<string, int> Restore(DiaryDatabase db, string file)
    {
        var tables = Parse(db, file);
        try
        {
            db.InTransaction(() =>
            {
                foreach (var table in Migrations.Tables.Reverse())
                {
                    db.Command($"DELETE FROM {table} WHERE user_id = $user").Run();
                }

                foreach (var table in Migrations.Tables)
                {
                    foreach (var row in tables[table])
                    {
                        Insert(db, table, row);
                    }
                }

                // Reading everything back inside the transaction proves the restored diary is usable before it is committed.
                _ = db.Snapshot();
            });
        }
        catch (SqliteException ex)
        {
            throw new DiaryException($"{file}: the backup does not hold together ({ex.Message.TrimEnd('.')}); nothing was changed.", ex);
        }

        return tables.ToDictionary(t => t.Key, t => t.Value.Count, StringComparer.Ordinal);
    }

    private static Dictionary<string, List<Dictionary<string, object?>>> Parse(DiaryDatabase db, string file)
    {
        if (!File.Exists(file))
        {
            throw new DiaryException($"{file}: no such file.");
        }

        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(file));
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("format", out var format)
                || format.ValueKind != JsonValueKind.String
                || format.GetString() != BackupFormat.FormatName)
            {
                throw Malformed(file, $"expected a JSON object with \"format\": \"{BackupFormat.FormatName}\"");
            }

            if (!root.TryGetProperty("version", out var version) || !version.TryGetInt32(out var v) || v != BackupFormat.Version)
            {
                throw Malformed(file, $"expected \"version\": {BackupFormat.Version}");
            }

            if (root.TryGetProperty("schema_version", out var schema) && schema.TryGetInt32(out var s) && s > DiaryDatabase.LatestSchemaVersion)
            {
                throw Malformed(file, $"written by a newer LegCheck (schema {s}; this version knows up to {DiaryDatabase.LatestSchemaVersion})");
            }

            if (!root.TryGetProperty("tables", out var tablesElement) || tablesElement.ValueKind != JsonValueKind.Object)
            {
                throw Malformed(file, "expected a \"tables\" object");
            }

            foreach (var property in tablesElement.EnumerateObject())
            {
                if (!Migrations.Tables.Contains(property.Name, StringComparer.Ordinal))
                {
                    throw Malformed(file, $"unknown table \"{property.Name}\"");
                }
            }

            var tables = new Dictionary<string, List<Dictionary<string, object?>>>(StringComparer.Ordinal);
            foreach (var table in Migrations.Tables)
            {
                if (!tablesElement.TryGetProperty(table, out var rows) && Migrations.AddedLater.Contains(table))
                {
                    tables[table] = [];
                    continue;
                }

                if (rows.ValueKind != JsonValueKind.Array)
                {
                    throw Malformed(file, $"tables.{table}: expected an array of rows");
                }

                var columns = TableSchema.Columns(db, table);
                tables[table] = rows.EnumerateArray().Select((row, i) => ParseRow(file, $"{table}[{i}]", row, columns)).ToList();
            }

            return tables;
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" at line {line + 1}" : string.Empty;
            throw Malformed(file, $"the JSON is malformed{where}", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DiaryException($"{file}: cannot be read ({ex.Message.TrimEnd('.')}).", ex);
        }
    }

    private static Dictionary<string, object?> ParseRow(string file, string where, JsonElement row, IReadOnlyList<Column> columns)
    {
        if (row.ValueKind != JsonValueKind.Object)
        {
            throw Malformed(file, $"{where}: expected an object");
        }

        foreach (var property in row.EnumerateObject())
        {
            if (!columns.Any(c => c.Name == property.Name))
            {
                throw Malformed(file, $"{where}: unknown field \"{property.Name}\"");
            }
        }

        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            var field = $"{where}.{column.Name}";
            if (!row.TryGetProperty(column.Name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                if ((column.NotNull && !column.HasDefault) || column.Name == "id")
                {
                    throw Malformed(file, $"{field}: required, but missing");
                }

                continue;
            }

            values[column.Name] = ParseValue(file, field, column, value);
        }

        return values;
    }

    private static object ParseValue(string file, string field, Column column, JsonElement value)
    {
        switch (column.Type)
        {
            case "INTEGER":
                if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var l))
                {
                    throw Malformed(file, $"{field}: expected a whole number");
                }

                return BackupRules.CheckWhole(column.Name, l) is { } wholeProblem ? throw Malformed(file, $"{field}: {wholeProblem}") : l;
            case "REAL":
                // TryGetDouble is false for numbers beyond double's range, such as 1e400.
                if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var d))
                {
                    throw Malformed(file, $"{field}: expected a finite number");
                }

                return BackupRules.CheckReal(column.Name, d) is { } realProblem ? throw Malformed(file, $"{field}: {realProblem}") : d;
            default:
                if (value.ValueKind != JsonValueKind.String)
                {
                    throw Malformed(file, $"{field}: expected text");
                }

                var text = value.GetString()!;
                return BackupRules.CheckText(column.Name, text) is { } textProblem ? throw Malformed(file, $"{field}: {textProblem}") : text;
        }
    }

    private static void Insert(DiaryDatabase db, string table, Dictionary<string, object?> row)
    {
        if (table == EpisodeBackupRows.Table)
        {
            EpisodeBackupRows.Insert(db, row);
            return;
        }

        var names = row.Keys.ToList();
        using var command = db.Command(
            $"INSERT INTO {table} ({string.Join(", ", names)}, {Migrations.OwnerColumn}) VALUES ({string.Join(", ", names.Select((_, i) => $"$p{i}"))}, $user)");
        for (var i = 0; i < names.Count; i++)
        {
            command.With($"$p{i}", row[names[i]]);
        }

        command.ExecuteNonQuery();
    }

    private static DiaryException Malformed(string file, string problem, Exception? inner = null) =>
        inner is null
            ? new DiaryException($"{file}: not a usable LegCheck backup: {problem}; nothing was changed.")
            : new DiaryException($"{file}: not a usable LegCheck backup: {problem}; nothing was changed.", inner);
}

using LegCheck.Diary.Storage;

namespace LegCheck.Diary.Backup;

/// <summary>
/// A column as SQLite declares it, read with <c>PRAGMA table_info</c> so backups follow the schema by themselves.
/// The owner column is not among them: a backup holds one user's diary and is restored into the restoring user's.
/// </summary>
internal sealed record Column(string Name, string Type, bool NotNull, bool HasDefault);

internal static class TableSchema
{
    public static IReadOnlyList<Column> Columns(DiaryDatabase db, string table)
    {
        if (table == EpisodeBackupRows.Table)
        {
            return EpisodeBackupRows.Columns;
        }

        using var readerCommand = db.Command($"PRAGMA table_info({table})");
        using var reader = readerCommand.ExecuteReader();
        var columns = new List<Column>();
        while (reader.Read())
        {
            if (reader.RequiredText("name") == Migrations.OwnerColumn)
            {
                continue;
            }

            columns.Add(new Column(
                reader.RequiredText("name"),
                reader.RequiredText("type").ToUpperInvariant(),
                reader.Long("notnull") == 1,
                reader.Text("dflt_value") is not null));
        }

        return columns;
    }
}

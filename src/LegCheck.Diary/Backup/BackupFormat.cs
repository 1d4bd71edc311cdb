namespace LegCheck.Diary.Backup;

/// <summary>
/// The backup file: <c>{"format":"legcheck-backup","version":1,"schema_version":N,"exported_at":"…","tables":{"shoes":[…],"runs":[…],"episodes":[…],"experiments":[…],"settings":[…],"known_files":[…]}}</c>,
/// each row an object of the table's columns (times as ISO-8601 text, yes/no as 0/1). The CSV files hold the same rows.
/// </summary>
public static class BackupFormat
{
    public const string FormatName = "legcheck-backup";
    public const int Version = 1;
    public const string JsonFileName = "legcheck-backup.json";

    /// <summary>Text columns holding an instant (ISO-8601 with offset) or a date (yyyy-MM-dd), checked on restore.</summary>
    internal static readonly HashSet<string> TimeColumns = new(StringComparer.Ordinal) { "start_utc", "imported_at", "occurred_at", "logged_at", "seen_at" };

    internal static readonly HashSet<string> DateColumns = new(StringComparer.Ordinal) { "local_date", "added_on", "retired_on", "started_on" };
}

using System.Globalization;
using Microsoft.Data.Sqlite;

namespace LegCheck.Diary.Storage;

/// <summary>How values are written to and read from SQLite: ISO-8601 text for times and dates, 0/1 for yes/no.</summary>
internal static class SqliteValues
{
    private const string UtcFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
    private const string LocalFormat = "yyyy-MM-dd'T'HH:mm:ss.fffzzz";
    private const string DateFormat = "yyyy-MM-dd";

    public static string Utc(DateTimeOffset value) => value.UtcDateTime.ToString(UtcFormat, CultureInfo.InvariantCulture);

    public static string Local(DateTimeOffset value) => value.ToString(LocalFormat, CultureInfo.InvariantCulture);

    public static string Date(DateOnly value) => value.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static object Bool(bool? value) => value is { } b ? (b ? 1 : 0) : DBNull.Value;

    public static SqliteCommand With(this SqliteCommand command, string name, object? value)
    {
        command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    public static string? Text(this SqliteDataReader row, string column)
    {
        var i = row.GetOrdinal(column);
        return row.IsDBNull(i) ? null : row.GetString(i);
    }

    public static string RequiredText(this SqliteDataReader row, string column) =>
        row.Text(column) ?? throw new DiaryException($"diary database: column {column} is empty.");

    public static double? Double(this SqliteDataReader row, string column)
    {
        var i = row.GetOrdinal(column);
        return row.IsDBNull(i) ? null : row.GetDouble(i);
    }

    public static long? Long(this SqliteDataReader row, string column)
    {
        var i = row.GetOrdinal(column);
        return row.IsDBNull(i) ? null : row.GetInt64(i);
    }

    public static bool? Bool(this SqliteDataReader row, string column) => row.Long(column) is { } v ? v != 0 : null;

    public static DateTimeOffset Time(this SqliteDataReader row, string column) =>
        DateTimeOffset.Parse(row.RequiredText(column), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    public static DateOnly Date(this SqliteDataReader row, string column) =>
        DateOnly.ParseExact(row.RequiredText(column), DateFormat, CultureInfo.InvariantCulture);

    public static DateOnly? OptionalDate(this SqliteDataReader row, string column) =>
        row.Text(column) is { } text ? DateOnly.ParseExact(text, DateFormat, CultureInfo.InvariantCulture) : null;
}

using Npgsql;

namespace LegCheck.Diary.Postgres;

/// <summary>
/// How values go in and out: instants as UTC <c>timestamptz</c> with the runner's offset in its own column (the
/// type keeps no offset), dates as <c>date</c>, unset values as NULL.
/// </summary>
internal static class PgValues
{
    public static NpgsqlCommand With(this NpgsqlCommand command, string name, object? value)
    {
        command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    public static NpgsqlCommand WithInstant(this NpgsqlCommand command, string name, DateTimeOffset value) =>
        command.With(name, value.UtcDateTime).With(name + "_offset", (int)value.Offset.TotalMinutes);

    public static T? Get<T>(this NpgsqlDataReader row, string column)
    {
        var i = row.GetOrdinal(column);
        return row.IsDBNull(i) ? default : row.GetFieldValue<T>(i);
    }

    public static T? Nullable<T>(this NpgsqlDataReader row, string column)
        where T : struct
    {
        var i = row.GetOrdinal(column);
        return row.IsDBNull(i) ? null : row.GetFieldValue<T>(i);
    }

    public static string Text(this NpgsqlDataReader row, string column) => row.GetFieldValue<string>(row.GetOrdinal(column));

    public static DateTimeOffset Instant(this NpgsqlDataReader row, string column, string offsetColumn) =>
        new DateTimeOffset(row.GetFieldValue<DateTime>(row.GetOrdinal(column)), TimeSpan.Zero)
            .ToOffset(TimeSpan.FromMinutes(row.GetFieldValue<int>(row.GetOrdinal(offsetColumn))));

    public static async Task<List<T>> ListAsync<T>(this NpgsqlCommand command, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}

using LegCheck.Activities;
using LegCheck.Diary.Model;
using LegCheck.Diary.Storage;
using Npgsql;

namespace LegCheck.Diary.Postgres;

internal sealed class PostgresRunRows(PostgresSession session) : IRunRows
{
    private const string Recording =
        "activity_key = @key, sport = @sport, start_utc = @start, utc_offset_min = @offset, offset_from_file = @fromFile, " +
        "local_date = @date, distance_m = @distance, moving_s = @moving, elapsed_s = @elapsed, elevation_gain_m = @gain, " +
        "avg_hr = @hr, max_hr = @maxHr, avg_cadence_spm = @cadence, avg_temp_c = @temp, device = @device, file_name = @file, " +
        "name = COALESCE(@name, name), partly_recovered = @recovered";

    public async Task<bool> ContainsAsync(string activityKey, CancellationToken cancellationToken = default)
    {
        await using var command = session.Command("SELECT 1 FROM runs WHERE user_id = @user AND activity_key = @key").With("key", activityKey);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null;
    }

    public async Task<long> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var command = session.Command("SELECT COUNT(*) FROM runs WHERE user_id = @user");
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    public Task<long> InsertAsync(RunRecord run, CancellationToken cancellationToken = default) => session.Run(async () =>
    {
        await session.CheckShoe(run.ShoeId, cancellationToken).ConfigureAwait(false);
        await using var command = BindRecording(session.Command(
                """
                INSERT INTO runs (user_id, activity_key, sport, start_utc, utc_offset_min, offset_from_file, local_date,
                    distance_m, moving_s, elapsed_s, elevation_gain_m, avg_hr, max_hr, avg_cadence_spm, avg_temp_c, device,
                    file_name, name, partly_recovered, imported_at, imported_offset_min, shoe_id, lacing, electrolytes, surface, hot)
                VALUES (@user, @key, @sport, @start, @offset, @fromFile, @date, @distance, @moving, @elapsed, @gain, @hr, @maxHr,
                    @cadence, @temp, @device, @file, @name, @recovered, @imported, @imported_offset, @shoe, @lacing, @electrolytes,
                    @surface, @hot)
                RETURNING id
                """),
                run)
            .WithInstant("imported", run.ImportedAt)
            .With("shoe", run.ShoeId)
            .With("lacing", run.Lacing)
            .With("electrolytes", run.Electrolytes)
            .With("surface", run.Surface)
            .With("hot", run.Hot);
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    });

    public Task ReplaceRecordingAsync(long id, RunRecord copy, CancellationToken cancellationToken = default) => session.Run(async () =>
    {
        await using var command = BindRecording(session.Command($"UPDATE runs SET {Recording} WHERE id = @id AND user_id = @user"), copy).With("id", id);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    });

    public Task UpdateFactorsAsync(RunRecord run, CancellationToken cancellationToken = default) => session.Run(async () =>
    {
        await session.CheckShoe(run.ShoeId, cancellationToken).ConfigureAwait(false);
        await using var command = session.Command(
                "UPDATE runs SET shoe_id = @shoe, lacing = @lacing, electrolytes = @electrolytes, surface = @surface, hot = @hot WHERE id = @id AND user_id = @user")
            .With("id", run.Id)
            .With("shoe", run.ShoeId)
            .With("lacing", run.Lacing)
            .With("electrolytes", run.Electrolytes)
            .With("surface", run.Surface)
            .With("hot", run.Hot);
        if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
        {
            throw new DiaryException($"run {run.Id}: no such run.");
        }
    });

    public async Task<bool> DeleteAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var delete = session.Command("DELETE FROM runs WHERE id = @id AND user_id = @user RETURNING file_name").With("id", id);
        if (await delete.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not string fileName)
        {
            return false;
        }

        // The file is forgotten once none of its runs is left, so importing it again brings the run back.
        await using var forget = session.Command(
                "DELETE FROM known_files WHERE user_id = @user AND file_name = @name AND NOT EXISTS (SELECT 1 FROM runs WHERE user_id = @user AND file_name = @name)")
            .With("name", fileName);
        await forget.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async Task<RunRecord?> FindAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var command = session.Command("SELECT * FROM runs WHERE id = @id AND user_id = @user").With("id", id);
        return (await command.ListAsync(Read, cancellationToken).ConfigureAwait(false)).SingleOrDefault();
    }

    public async Task<IReadOnlyList<RunRecord>> AllAsync(CancellationToken cancellationToken = default)
    {
        await using var command = session.Command("SELECT * FROM runs WHERE user_id = @user ORDER BY start_utc, id");
        return await command.ListAsync(Read, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<RunRecord>> StartedBetweenAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        await using var command = session.Command("SELECT * FROM runs WHERE user_id = @user AND start_utc BETWEEN @from AND @to ORDER BY start_utc, id")
            .With("from", Clamp(from))
            .With("to", Clamp(to));
        return await command.ListAsync(Read, cancellationToken).ConfigureAwait(false);
    }

    // Npgsql sends DateTime.MinValue and MaxValue as -infinity and infinity, so the open ends of a window still work.
    private static DateTime Clamp(DateTimeOffset value) => value.UtcDateTime;

    private static NpgsqlCommand BindRecording(NpgsqlCommand command, RunRecord run)
    {
        var a = run.Activity;
        return command
            .With("key", a.Key)
            .With("sport", SportIds.Id(a.Sport))
            .With("start", a.StartUtc.UtcDateTime)
            .With("offset", (int)run.UtcOffset.TotalMinutes)
            .With("fromFile", run.OffsetFromFile)
            .With("date", run.LocalDate)
            .With("distance", a.DistanceMeters)
            .With("moving", a.MovingTime?.TotalSeconds)
            .With("elapsed", a.ElapsedTime?.TotalSeconds)
            .With("gain", a.ElevationGainMeters)
            .With("hr", a.AverageHeartRate)
            .With("maxHr", a.MaxHeartRate)
            .With("cadence", a.AverageCadenceSpm)
            .With("temp", a.AverageTemperatureC)
            .With("device", a.Device)
            .With("file", run.FileName)
            .With("name", a.Name)
            .With("recovered", a.PartlyRecovered);
    }

    private static RunRecord Read(NpgsqlDataReader row)
    {
        var offset = TimeSpan.FromMinutes(row.GetFieldValue<int>(row.GetOrdinal("utc_offset_min")));
        var fromFile = row.GetFieldValue<bool>(row.GetOrdinal("offset_from_file"));
        return new RunRecord
        {
            Id = row.GetFieldValue<long>(row.GetOrdinal("id")),
            Activity = new Activity
            {
                Key = row.Text("activity_key"),
                Sport = SportIds.Parse(row.Text("sport")),
                StartUtc = new DateTimeOffset(row.GetFieldValue<DateTime>(row.GetOrdinal("start_utc")), TimeSpan.Zero),
                UtcOffset = fromFile ? offset : null,
                DistanceMeters = row.Nullable<double>("distance_m"),
                MovingTime = row.Nullable<double>("moving_s") is { } moving ? TimeSpan.FromSeconds(moving) : null,
                ElapsedTime = row.Nullable<double>("elapsed_s") is { } elapsed ? TimeSpan.FromSeconds(elapsed) : null,
                ElevationGainMeters = row.Nullable<double>("elevation_gain_m"),
                AverageHeartRate = row.Nullable<double>("avg_hr"),
                MaxHeartRate = row.Nullable<double>("max_hr"),
                AverageCadenceSpm = row.Nullable<double>("avg_cadence_spm"),
                AverageTemperatureC = row.Nullable<double>("avg_temp_c"),
                Device = row.Get<string>("device"),
                Name = row.Get<string>("name"),
                PartlyRecovered = row.GetFieldValue<bool>(row.GetOrdinal("partly_recovered")),
            },
            UtcOffset = offset,
            OffsetFromFile = fromFile,
            FileName = row.Text("file_name"),
            ImportedAt = row.Instant("imported_at", "imported_offset_min"),
            ShoeId = row.Nullable<long>("shoe_id"),
            Lacing = row.Get<string>("lacing"),
            Electrolytes = row.Nullable<bool>("electrolytes"),
            Surface = row.Get<string>("surface"),
            Hot = row.Nullable<bool>("hot"),
        };
    }
}

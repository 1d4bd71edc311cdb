using LegCheck.Activities;
using LegCheck.Diary.Model;
using Microsoft.Data.Sqlite;

namespace LegCheck.Diary.Storage;

/// <summary>The runs table. Runs are identified by their activity key, so an activity is stored once.</summary>
public sealed class RunStore
{
    private readonly DiaryDatabase db;

    internal RunStore(DiaryDatabase db) => this.db = db;

    public bool Contains(string activityKey) =>
        db.Prepared("SELECT 1 FROM runs WHERE user_id = $user AND activity_key = $key").With("$key", activityKey).ExecuteScalar() is not null;

    public long Count() => (long)db.Command("SELECT COUNT(*) FROM runs WHERE user_id = $user").Scalar()!;

    public long Insert(RunRecord run) => db.InTransaction(() =>
    {
        var a = run.Activity;
        Owned.CheckShoe(db, run.ShoeId);
        return (long)db.Prepared(
                """
                INSERT INTO runs (activity_key, sport, start_utc, utc_offset_min, offset_from_file, local_date,
                    distance_m, moving_s, elapsed_s, elevation_gain_m, avg_hr, max_hr, avg_cadence_spm, avg_temp_c,
                    device, file_name, imported_at, shoe_id, lacing, electrolytes, surface, hot, name, partly_recovered, user_id)
                VALUES ($key, $sport, $start, $offset, $fromFile, $date, $distance, $moving, $elapsed, $gain, $hr, $maxHr,
                    $cadence, $temp, $device, $file, $imported, $shoe, $lacing, $electrolytes, $surface, $hot, $name, $recovered, $user)
                RETURNING id
                """)
            .With("$name", a.Name)
            .With("$recovered", a.PartlyRecovered ? 1 : 0)
            .With("$key", a.Key)
            .With("$sport", SportIds.Id(a.Sport))
            .With("$start", SqliteValues.Utc(a.StartUtc))
            .With("$offset", (long)run.UtcOffset.TotalMinutes)
            .With("$fromFile", run.OffsetFromFile ? 1 : 0)
            .With("$date", SqliteValues.Date(run.LocalDate))
            .With("$distance", a.DistanceMeters)
            .With("$moving", a.MovingTime?.TotalSeconds)
            .With("$elapsed", a.ElapsedTime?.TotalSeconds)
            .With("$gain", a.ElevationGainMeters)
            .With("$hr", a.AverageHeartRate)
            .With("$maxHr", a.MaxHeartRate)
            .With("$cadence", a.AverageCadenceSpm)
            .With("$temp", a.AverageTemperatureC)
            .With("$device", a.Device)
            .With("$file", run.FileName)
            .With("$imported", SqliteValues.Utc(run.ImportedAt))
            .With("$shoe", run.ShoeId)
            .With("$lacing", run.Lacing)
            .With("$electrolytes", SqliteValues.Bool(run.Electrolytes))
            .With("$surface", run.Surface)
            .With("$hot", SqliteValues.Bool(run.Hot))
            .ExecuteScalar()!;
    });

    /// <summary>
    /// Replaces what was recorded of run <paramref name="id"/> with a better copy of the same run (from another file),
    /// keeping its id, its episodes and every factor the runner set; the name is kept when the copy has none.
    /// </summary>
    public void ReplaceRecording(long id, RunRecord copy) => db.InTransaction(() =>
    {
        var a = copy.Activity;
        db.Command(
                """
                UPDATE runs SET activity_key = $key, sport = $sport, start_utc = $start, utc_offset_min = $offset,
                    offset_from_file = $fromFile, local_date = $date, distance_m = $distance, moving_s = $moving,
                    elapsed_s = $elapsed, elevation_gain_m = $gain, avg_hr = $hr, max_hr = $maxHr, avg_cadence_spm = $cadence,
                    avg_temp_c = $temp, device = $device, file_name = $file, name = COALESCE($name, name),
                    partly_recovered = $recovered
                WHERE id = $id AND user_id = $user
                """)
            .With("$id", id)
            .With("$key", a.Key)
            .With("$sport", SportIds.Id(a.Sport))
            .With("$start", SqliteValues.Utc(a.StartUtc))
            .With("$offset", (long)copy.UtcOffset.TotalMinutes)
            .With("$fromFile", copy.OffsetFromFile ? 1 : 0)
            .With("$date", SqliteValues.Date(copy.LocalDate))
            .With("$distance", a.DistanceMeters)
            .With("$moving", a.MovingTime?.TotalSeconds)
            .With("$elapsed", a.ElapsedTime?.TotalSeconds)
            .With("$gain", a.ElevationGainMeters)
            .With("$hr", a.AverageHeartRate)
            .With("$maxHr", a.MaxHeartRate)
            .With("$cadence", a.AverageCadenceSpm)
            .With("$temp", a.AverageTemperatureC)
            .With("$device", a.Device)
            .With("$file", copy.FileName)
            .With("$name", a.Name)
            .With("$recovered", a.PartlyRecovered ? 1 : 0)
            .Run();
    });

    /// <summary>Saves the run-level factors the runner can change: shoe, lacing, electrolytes, surface, heat.</summary>
    public void UpdateFactors(RunRecord run) => db.InTransaction(() =>
    {
        Owned.CheckShoe(db, run.ShoeId);
        var changed = db.Command(
                """
                UPDATE runs SET shoe_id = $shoe, lacing = $lacing, electrolytes = $electrolytes, surface = $surface, hot = $hot
                WHERE id = $id AND user_id = $user
                """)
            .With("$id", run.Id)
            .With("$shoe", run.ShoeId)
            .With("$lacing", run.Lacing)
            .With("$electrolytes", SqliteValues.Bool(run.Electrolytes))
            .With("$surface", run.Surface)
            .With("$hot", SqliteValues.Bool(run.Hot))
            .Run();
        if (changed == 0)
        {
            throw new DiaryException($"run {run.Id}: no such run.");
        }
    });

    /// <summary>
    /// Deletes a run; its episodes stay, no longer matched to a run. The file it came from is forgotten too, so
    /// importing that file again brings the run back instead of being skipped as known.
    /// </summary>
    public bool Delete(long id) => db.InTransaction(() =>
    {
        var fileName = db.Command("SELECT file_name FROM runs WHERE id = $id AND user_id = $user").With("$id", id).Scalar() as string;
        if (fileName is null)
        {
            return false;
        }

        db.Command("DELETE FROM runs WHERE id = $id AND user_id = $user").With("$id", id).Run();
        if (db.Command("SELECT 1 FROM runs WHERE user_id = $user AND file_name = $name").With("$name", fileName).Scalar() is null)
        {
            db.Command("DELETE FROM known_files WHERE user_id = $user AND file_name = $name").With("$name", fileName).Run();
        }

        return true;
    });

    public RunRecord? Find(long id)
    {
        using var readerCommand = db.Command("SELECT * FROM runs WHERE id = $id AND user_id = $user").With("$id", id);
        using var reader = readerCommand.ExecuteReader();
        return reader.Read() ? Read(reader) : null;
    }

    /// <summary>All runs, oldest first.</summary>
    public IReadOnlyList<RunRecord> All() => Query("SELECT * FROM runs WHERE user_id = $user ORDER BY start_utc, id", _ => { });

    /// <summary>Runs that started between the two instants (inclusive), oldest first.</summary>
    public IReadOnlyList<RunRecord> StartedBetween(DateTimeOffset from, DateTimeOffset to) =>
        Query(
            db.Prepared("SELECT * FROM runs WHERE user_id = $user AND start_utc BETWEEN $from AND $to ORDER BY start_utc, id")
                .With("$from", SqliteValues.Utc(from)).With("$to", SqliteValues.Utc(to)));

    private List<RunRecord> Query(string sql, Action<SqliteCommand> bind)
    {
        using var command = db.Command(sql);
        bind(command);
        return Query(command);
    }

    private static List<RunRecord> Query(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var runs = new List<RunRecord>();
        while (reader.Read())
        {
            runs.Add(Read(reader));
        }

        return runs;
    }

    private static RunRecord Read(SqliteDataReader row) => new()
    {
        Id = row.Long("id")!.Value,
        Activity = new Activity
        {
            Key = row.RequiredText("activity_key"),
            Sport = SportIds.Parse(row.RequiredText("sport")),
            StartUtc = row.Time("start_utc"),
            UtcOffset = row.Bool("offset_from_file") == true ? TimeSpan.FromMinutes(row.Long("utc_offset_min")!.Value) : null,
            DistanceMeters = row.Double("distance_m"),
            MovingTime = row.Double("moving_s") is { } moving ? TimeSpan.FromSeconds(moving) : null,
            ElapsedTime = row.Double("elapsed_s") is { } elapsed ? TimeSpan.FromSeconds(elapsed) : null,
            ElevationGainMeters = row.Double("elevation_gain_m"),
            AverageHeartRate = row.Double("avg_hr"),
            MaxHeartRate = row.Double("max_hr"),
            AverageCadenceSpm = row.Double("avg_cadence_spm"),
            AverageTemperatureC = row.Double("avg_temp_c"),
            Device = row.Text("device"),
            Name = row.Text("name"),
            PartlyRecovered = row.Bool("partly_recovered") ?? false,
        },
        UtcOffset = TimeSpan.FromMinutes(row.Long("utc_offset_min")!.Value),
        OffsetFromFile = row.Bool("offset_from_file") ?? false,
        FileName = row.RequiredText("file_name"),
        ImportedAt = row.Time("imported_at"),
        ShoeId = row.Long("shoe_id"),
        Lacing = row.Text("lacing"),
        Electrolytes = row.Bool("electrolytes"),
        Surface = row.Text("surface"),
        Hot = row.Bool("hot"),
    };
}

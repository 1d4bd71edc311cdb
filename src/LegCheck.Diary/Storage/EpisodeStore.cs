using LegCheck.Diary.Model;
using Microsoft.Data.Sqlite;

namespace LegCheck.Diary.Storage;

/// <summary>The episodes table. Symptom ids and locations are stored as comma-separated text.</summary>
public sealed class EpisodeStore
{
    private const string Columns =
        "occurred_at, run_id, symptoms, locations, minutes_into_run, duration_min, severity, shoe_id, lacing, heat, fluids, electrolytes, helped, notes, logged_at, user_id";

    private const string Values =
        "$occurred, $run, $symptoms, $locations, $minutes, $duration, $severity, $shoe, $lacing, $heat, $fluids, $electrolytes, $helped, $notes, $logged, $user";

    private readonly DiaryDatabase db;

    internal EpisodeStore(DiaryDatabase db) => this.db = db;

    public long Insert(Episode episode) => db.InTransaction(() =>
    {
        Owned.CheckRun(db, episode.RunId);
        Owned.CheckShoe(db, episode.ShoeId);
        return (long)Bind(db.Command($"INSERT INTO episodes ({Columns}) VALUES ({Values}) RETURNING id"), episode).ExecuteScalar()!;
    });

    public void Update(Episode episode) => db.InTransaction(() =>
    {
        Owned.CheckRun(db, episode.RunId);
        Owned.CheckShoe(db, episode.ShoeId);
        var changed = Bind(
                db.Command(
                    """
                    UPDATE episodes SET occurred_at = $occurred, run_id = $run, symptoms = $symptoms, locations = $locations,
                        minutes_into_run = $minutes, duration_min = $duration, severity = $severity, shoe_id = $shoe,
                        lacing = $lacing, heat = $heat, fluids = $fluids, electrolytes = $electrolytes, helped = $helped,
                        notes = $notes, logged_at = $logged
                    WHERE id = $id AND user_id = $user
                    """),
                episode)
            .With("$id", episode.Id)
            .ExecuteNonQuery();
        if (changed == 0)
        {
            throw new DiaryException($"episode {episode.Id}: no such episode.");
        }
    });

    public bool Delete(long id) => db.InTransaction(() =>
        db.Command("DELETE FROM episodes WHERE id = $id AND user_id = $user").With("$id", id).ExecuteNonQuery() > 0);

    public Episode? Find(long id)
    {
        using var reader = db.Command("SELECT * FROM episodes WHERE id = $id AND user_id = $user").With("$id", id).ExecuteReader();
        return reader.Read() ? Read(reader) : null;
    }

    /// <summary>All episodes, oldest first.</summary>
    public IReadOnlyList<Episode> All()
    {
        using var reader = db.Command("SELECT * FROM episodes WHERE user_id = $user ORDER BY occurred_at, id").ExecuteReader();
        var episodes = new List<Episode>();
        while (reader.Read())
        {
            episodes.Add(Read(reader));
        }

        return episodes;
    }

    internal static string JoinList(IEnumerable<string> items) => string.Join(", ", items);

    internal static IReadOnlyList<string> SplitList(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static SqliteCommand Bind(SqliteCommand command, Episode e) => command
        .With("$occurred", SqliteValues.Local(e.OccurredAt))
        .With("$run", e.RunId)
        .With("$symptoms", JoinList(e.Symptoms))
        .With("$locations", JoinList(e.Locations))
        .With("$minutes", e.MinutesIntoRun)
        .With("$duration", e.DurationMinutes)
        .With("$severity", e.Severity)
        .With("$shoe", e.ShoeId)
        .With("$lacing", e.Lacing)
        .With("$heat", SqliteValues.Bool(e.Heat))
        .With("$fluids", e.Fluids)
        .With("$electrolytes", SqliteValues.Bool(e.Electrolytes))
        .With("$helped", e.Helped)
        .With("$notes", e.Notes)
        .With("$logged", SqliteValues.Local(e.LoggedAt));

    private static Episode Read(SqliteDataReader row) => new()
    {
        Id = row.Long("id")!.Value,
        OccurredAt = row.Time("occurred_at"),
        RunId = row.Long("run_id"),
        Symptoms = SplitList(row.Text("symptoms")),
        Locations = SplitList(row.Text("locations")),
        MinutesIntoRun = row.Double("minutes_into_run"),
        DurationMinutes = row.Double("duration_min"),
        Severity = row.Long("severity") is { } severity ? (int)severity : null,
        ShoeId = row.Long("shoe_id"),
        Lacing = row.Text("lacing"),
        Heat = row.Bool("heat"),
        Fluids = row.Text("fluids"),
        Electrolytes = row.Bool("electrolytes"),
        Helped = row.Text("helped"),
        Notes = row.Text("notes"),
        LoggedAt = row.Time("logged_at"),
    };
}

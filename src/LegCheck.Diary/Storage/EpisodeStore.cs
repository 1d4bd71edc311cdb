using LegCheck.Diary.Model;
using Microsoft.Data.Sqlite;

namespace LegCheck.Diary.Storage;

/// <summary>
/// The episodes table. Times are stored in UTC with the runner's offset beside them, so episodes sort by the instant;
/// symptoms and locations are rows of their own (<see cref="EpisodeLists"/>).
/// </summary>
public sealed class EpisodeStore
{
    private const string Columns =
        "occurred_at, occurred_offset_min, run_id, minutes_into_run, duration_min, severity, shoe_id, lacing, heat, fluids, electrolytes, helped, notes, logged_at, logged_offset_min, user_id";

    private const string Values =
        "$occurred, $occurredOffset, $run, $minutes, $duration, $severity, $shoe, $lacing, $heat, $fluids, $electrolytes, $helped, $notes, $logged, $loggedOffset, $user";

    private readonly DiaryDatabase db;

    internal EpisodeStore(DiaryDatabase db) => this.db = db;

    public long Insert(Episode episode) => db.InTransaction(() =>
    {
        Owned.CheckRun(db, episode.RunId);
        Owned.CheckShoe(db, episode.ShoeId);
        var id = (long)Bind(db.Command($"INSERT INTO episodes ({Columns}) VALUES ({Values}) RETURNING id"), episode).Scalar()!;
        EpisodeLists.Write(db, id, episode.Symptoms, episode.Locations);
        return id;
    });

    public void Update(Episode episode) => db.InTransaction(() =>
    {
        Owned.CheckRun(db, episode.RunId);
        Owned.CheckShoe(db, episode.ShoeId);
        var changed = Bind(
                db.Command(
                    """
                    UPDATE episodes SET occurred_at = $occurred, occurred_offset_min = $occurredOffset, run_id = $run,
                        minutes_into_run = $minutes, duration_min = $duration, severity = $severity, shoe_id = $shoe,
                        lacing = $lacing, heat = $heat, fluids = $fluids, electrolytes = $electrolytes, helped = $helped,
                        notes = $notes, logged_at = $logged, logged_offset_min = $loggedOffset
                    WHERE id = $id AND user_id = $user
                    """),
                episode)
            .With("$id", episode.Id)
            .Run();
        if (changed == 0)
        {
            throw new DiaryException($"episode {episode.Id}: no such episode.");
        }

        EpisodeLists.Replace(db, episode.Id, episode.Symptoms, episode.Locations);
    });

    public bool Delete(long id) => db.InTransaction(() =>
        db.Command("DELETE FROM episodes WHERE id = $id AND user_id = $user").With("$id", id).Run() > 0);

    public Episode? Find(long id) => db.InTransaction(() =>
    {
        var lists = EpisodeLists.Read(db, id);
        using var readerCommand = db.Command("SELECT * FROM episodes WHERE id = $id AND user_id = $user").With("$id", id);
        using var reader = readerCommand.ExecuteReader();
        return reader.Read() ? Read(reader, lists) : null;
    });

    /// <summary>All episodes, oldest first.</summary>
    public IReadOnlyList<Episode> All() => db.InTransaction(() =>
    {
        var lists = EpisodeLists.Read(db);
        using var readerCommand = db.Command("SELECT * FROM episodes WHERE user_id = $user ORDER BY occurred_at, id");
        using var reader = readerCommand.ExecuteReader();
        var episodes = new List<Episode>();
        while (reader.Read())
        {
            episodes.Add(Read(reader, lists));
        }

        return episodes;
    });

    private static SqliteCommand Bind(SqliteCommand command, Episode e) => command
        .With("$occurred", SqliteValues.Utc(e.OccurredAt))
        .With("$occurredOffset", (long)e.OccurredAt.Offset.TotalMinutes)
        .With("$run", e.RunId)
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
        .With("$logged", SqliteValues.Utc(e.LoggedAt))
        .With("$loggedOffset", (long)e.LoggedAt.Offset.TotalMinutes);

    private static Episode Read(SqliteDataReader row, (Dictionary<long, List<string>> Symptoms, Dictionary<long, List<string>> Locations) lists)
    {
        var id = row.Long("id")!.Value;
        return new()
        {
            Id = id,
            OccurredAt = row.Time("occurred_at").ToOffset(TimeSpan.FromMinutes(row.Long("occurred_offset_min")!.Value)),
            RunId = row.Long("run_id"),
            Symptoms = lists.Symptoms.TryGetValue(id, out var symptoms) ? symptoms : [],
            Locations = lists.Locations.TryGetValue(id, out var locations) ? locations : [],
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
            LoggedAt = row.Time("logged_at").ToOffset(TimeSpan.FromMinutes(row.Long("logged_offset_min")!.Value)),
        };
    }
}

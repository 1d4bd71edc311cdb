using System.Globalization;

namespace LegCheck.Diary.Storage;

/// <summary>
/// Schema 4: every stored instant in one sortable UTC form (<c>yyyy-MM-ddTHH:mm:ss.fffZ</c>), with the runner's
/// offset kept beside the episode times that are shown in local time; an episode's symptoms and locations move from
/// comma-joined text into child tables, in the order given. Done in code, because text cannot be split safely in SQL.
/// </summary>
internal static class SchemaFour
{
    public static void Apply(DiaryDatabase db)
    {
        db.Command(
                """
                CREATE TABLE episodes_v4 (
                    id                   INTEGER PRIMARY KEY,
                    occurred_at          TEXT    NOT NULL,
                    run_id               INTEGER REFERENCES runs(id) ON DELETE SET NULL,
                    minutes_into_run     REAL,
                    duration_min         REAL,
                    severity             INTEGER CHECK (severity BETWEEN 0 AND 10),
                    shoe_id              INTEGER REFERENCES shoes(id) ON DELETE SET NULL,
                    lacing               TEXT,
                    heat                 INTEGER,
                    fluids               TEXT,
                    electrolytes         INTEGER,
                    helped               TEXT,
                    notes                TEXT,
                    logged_at            TEXT    NOT NULL,
                    user_id              TEXT    NOT NULL DEFAULT 'local',
                    occurred_offset_min  INTEGER NOT NULL,
                    logged_offset_min    INTEGER NOT NULL
                );
                INSERT INTO episodes_v4 (id, occurred_at, run_id, minutes_into_run, duration_min, severity, shoe_id, lacing, heat,
                        fluids, electrolytes, helped, notes, logged_at, user_id, occurred_offset_min, logged_offset_min)
                    SELECT id, occurred_at, run_id, minutes_into_run, duration_min, severity, shoe_id, lacing, heat,
                        fluids, electrolytes, helped, notes, logged_at, user_id, 0, 0 FROM episodes;
                CREATE TABLE episode_symptoms (
                    episode_id  INTEGER NOT NULL REFERENCES episodes(id) ON DELETE CASCADE,
                    position    INTEGER NOT NULL,
                    symptom     TEXT    NOT NULL,
                    PRIMARY KEY (episode_id, position)
                );
                CREATE TABLE episode_locations (
                    episode_id  INTEGER NOT NULL REFERENCES episodes(id) ON DELETE CASCADE,
                    position    INTEGER NOT NULL,
                    location    TEXT    NOT NULL,
                    PRIMARY KEY (episode_id, position)
                );
                """)
            .Run();

        var old = new List<(long Id, string Occurred, string Logged, string? Symptoms, string? Locations)>();
        using (var readerCommand = db.Command("SELECT id, occurred_at, logged_at, symptoms, locations FROM episodes"))
        using (var reader = readerCommand.ExecuteReader())
        {
            while (reader.Read())
            {
                old.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.Text("symptoms"), reader.Text("locations")));
            }
        }

        foreach (var (id, occurred, logged, symptoms, locations) in old)
        {
            var occurredAt = Parse(occurred);
            var loggedAt = Parse(logged);
            db.Command(
                    """
                    UPDATE episodes_v4 SET occurred_at = $occurred, occurred_offset_min = $occurredOffset,
                        logged_at = $logged, logged_offset_min = $loggedOffset
                    WHERE id = $id
                    """)
                .With("$id", id)
                .With("$occurred", SqliteValues.Utc(occurredAt))
                .With("$occurredOffset", (long)occurredAt.Offset.TotalMinutes)
                .With("$logged", SqliteValues.Utc(loggedAt))
                .With("$loggedOffset", (long)loggedAt.Offset.TotalMinutes)
                .Run();
            EpisodeLists.Write(db, id, EpisodeLists.SplitOld(symptoms), EpisodeLists.SplitOld(locations));
        }

        db.Command(
                """
                DROP TABLE episodes;
                ALTER TABLE episodes_v4 RENAME TO episodes;
                CREATE INDEX episodes_by_run ON episodes(run_id);
                CREATE INDEX episodes_by_user ON episodes(user_id, occurred_at);
                UPDATE runs SET imported_at = strftime('%Y-%m-%dT%H:%M:%fZ', imported_at);
                UPDATE known_files SET seen_at = strftime('%Y-%m-%dT%H:%M:%fZ', seen_at);
                """)
            .Run();
    }

    private static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}

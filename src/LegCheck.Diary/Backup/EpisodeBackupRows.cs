using System.Globalization;
using LegCheck.Diary.Storage;

namespace LegCheck.Diary.Backup;

/// <summary>
/// Backups keep the episodes table as version 1 of the format has it (times in the runner's local time, symptoms and
/// locations as ", "-joined text), whatever the schema stores, so old backups restore and new ones read the same.
/// </summary>
internal static class EpisodeBackupRows
{
    public const string Table = "episodes";

    public static IReadOnlyList<Column> Columns { get; } =
    [
        new("id", "INTEGER", false, false),
        new("occurred_at", "TEXT", true, false),
        new("run_id", "INTEGER", false, false),
        new("symptoms", "TEXT", true, false),
        new("locations", "TEXT", true, true),
        new("minutes_into_run", "REAL", false, false),
        new("duration_min", "REAL", false, false),
        new("severity", "INTEGER", false, false),
        new("shoe_id", "INTEGER", false, false),
        new("lacing", "TEXT", false, false),
        new("heat", "INTEGER", false, false),
        new("fluids", "TEXT", false, false),
        new("electrolytes", "INTEGER", false, false),
        new("helped", "TEXT", false, false),
        new("notes", "TEXT", false, false),
        new("logged_at", "TEXT", true, false),
    ];

    public static (IReadOnlyList<string> Columns, List<object?[]> Rows) Read(DiaryDatabase db)
    {
        var rows = new List<object?[]>();
        foreach (var e in db.Episodes.All().OrderBy(e => e.Id))
        {
            rows.Add(
            [
                e.Id, SqliteValues.Local(e.OccurredAt), e.RunId, EpisodeLists.JoinOld(e.Symptoms), EpisodeLists.JoinOld(e.Locations),
                e.MinutesIntoRun, e.DurationMinutes, (long?)e.Severity, e.ShoeId, e.Lacing, Flag(e.Heat), e.Fluids, Flag(e.Electrolytes),
                e.Helped, e.Notes, SqliteValues.Local(e.LoggedAt),
            ]);
        }

        return (Columns.Select(c => c.Name).ToList(), rows);
    }

    /// <summary>Inserts one checked backup row: the times split into UTC and offset, the lists into their rows.</summary>
    public static void Insert(DiaryDatabase db, Dictionary<string, object?> row)
    {
        var occurred = Time(row["occurred_at"]);
        var logged = Time(row["logged_at"]);
        db.Command(
                """
                INSERT INTO episodes (id, occurred_at, occurred_offset_min, run_id, minutes_into_run, duration_min, severity, shoe_id,
                    lacing, heat, fluids, electrolytes, helped, notes, logged_at, logged_offset_min, user_id)
                VALUES ($id, $occurred, $occurredOffset, $run, $minutes, $duration, $severity, $shoe, $lacing, $heat, $fluids,
                    $electrolytes, $helped, $notes, $logged, $loggedOffset, $user)
                """)
            .With("$id", row["id"])
            .With("$occurred", SqliteValues.Utc(occurred))
            .With("$occurredOffset", (long)occurred.Offset.TotalMinutes)
            .With("$run", row.GetValueOrDefault("run_id"))
            .With("$minutes", row.GetValueOrDefault("minutes_into_run"))
            .With("$duration", row.GetValueOrDefault("duration_min"))
            .With("$severity", row.GetValueOrDefault("severity"))
            .With("$shoe", row.GetValueOrDefault("shoe_id"))
            .With("$lacing", row.GetValueOrDefault("lacing"))
            .With("$heat", row.GetValueOrDefault("heat"))
            .With("$fluids", row.GetValueOrDefault("fluids"))
            .With("$electrolytes", row.GetValueOrDefault("electrolytes"))
            .With("$helped", row.GetValueOrDefault("helped"))
            .With("$notes", row.GetValueOrDefault("notes"))
            .With("$logged", SqliteValues.Utc(logged))
            .With("$loggedOffset", (long)logged.Offset.TotalMinutes)
            .Run();
        EpisodeLists.Write(
            db,
            (long)row["id"]!,
            EpisodeLists.SplitOld(row.GetValueOrDefault("symptoms") as string),
            EpisodeLists.SplitOld(row.GetValueOrDefault("locations") as string));
    }

    private static long? Flag(bool? value) => value is { } b ? (b ? 1 : 0) : null;

    private static DateTimeOffset Time(object? text) =>
        DateTimeOffset.Parse((string)text!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}

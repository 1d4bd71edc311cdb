namespace LegCheck.Diary.Storage;

/// <summary>
/// The schema as ordered forward steps. Step i (1-based) takes a database from version i-1 to i;
/// the version lives in <c>PRAGMA user_version</c>. Never edit a shipped step: add a new one.
/// </summary>
internal static class Migrations
{
    public static IReadOnlyList<string> Steps { get; } =
    [
        """
        CREATE TABLE shoes (
            id          INTEGER PRIMARY KEY,
            name        TEXT    NOT NULL UNIQUE COLLATE NOCASE,
            added_on    TEXT    NOT NULL,
            retired_on  TEXT,
            is_default  INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE runs (
            id                INTEGER PRIMARY KEY,
            activity_key      TEXT    NOT NULL UNIQUE,
            sport             TEXT    NOT NULL,
            start_utc         TEXT    NOT NULL,
            utc_offset_min    INTEGER NOT NULL,
            offset_from_file  INTEGER NOT NULL,
            local_date        TEXT    NOT NULL,
            distance_m        REAL,
            moving_s          REAL,
            elapsed_s         REAL,
            elevation_gain_m  REAL,
            avg_hr            REAL,
            max_hr            REAL,
            avg_cadence_spm   REAL,
            avg_temp_c        REAL,
            device            TEXT,
            file_name         TEXT    NOT NULL,
            imported_at       TEXT    NOT NULL,
            shoe_id           INTEGER REFERENCES shoes(id) ON DELETE SET NULL,
            lacing            TEXT,
            electrolytes      INTEGER,
            surface           TEXT,
            hot               INTEGER
        );
        CREATE INDEX runs_by_start ON runs(start_utc);
        CREATE TABLE episodes (
            id                INTEGER PRIMARY KEY,
            occurred_at       TEXT    NOT NULL,
            run_id            INTEGER REFERENCES runs(id) ON DELETE SET NULL,
            symptoms          TEXT    NOT NULL,
            locations         TEXT    NOT NULL DEFAULT '',
            minutes_into_run  REAL,
            duration_min      REAL,
            severity          INTEGER CHECK (severity BETWEEN 0 AND 10),
            shoe_id           INTEGER REFERENCES shoes(id) ON DELETE SET NULL,
            lacing            TEXT,
            heat              INTEGER,
            fluids            TEXT,
            electrolytes      INTEGER,
            helped            TEXT,
            notes             TEXT,
            logged_at         TEXT    NOT NULL
        );
        CREATE INDEX episodes_by_run ON episodes(run_id);
        CREATE TABLE experiments (
            id           INTEGER PRIMARY KEY,
            started_on   TEXT NOT NULL,
            description  TEXT NOT NULL,
            factor       TEXT NOT NULL
        );
        """,
        """
        ALTER TABLE runs ADD COLUMN name TEXT;
        ALTER TABLE runs ADD COLUMN partly_recovered INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE settings (
            key    TEXT PRIMARY KEY,
            value  TEXT NOT NULL
        );
        CREATE TABLE known_files (
            sha256     TEXT PRIMARY KEY,
            file_name  TEXT NOT NULL,
            outcome    TEXT NOT NULL,
            seen_at    TEXT NOT NULL
        );
        """,
    ];

    /// <summary>Tables in the order a restore must fill them (referenced tables first).</summary>
    public static IReadOnlyList<string> Tables { get; } = ["shoes", "runs", "episodes", "experiments", "settings", "known_files"];

    /// <summary>Tables added after the first schema: a backup from before them restores them empty.</summary>
    public static IReadOnlySet<string> AddedLater { get; } = new HashSet<string>(StringComparer.Ordinal) { "settings", "known_files" };

    public static int Latest => Steps.Count;
}

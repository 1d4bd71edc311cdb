namespace LegCheck.Diary.Storage;

/// <summary>
/// The schema as ordered forward steps. Step i (1-based) takes a database from version i-1 to i;
/// the version lives in <c>PRAGMA user_version</c>. Never edit a shipped step: add a new one.
/// Steps run with foreign keys off (a table is rebuilt by copying it, dropping the old one and renaming the copy, which
/// would otherwise clear the references to it), and the keys are checked before the step commits.
/// Step 3 gives every row an owner (<c>user_id</c>; the local diary's rows belong to <see cref="LocalUser.Id"/>), so
/// uniqueness holds per user: (user_id, activity_key), (user_id, shoe name), (user_id, setting), (user_id, file hash).
/// </summary>
internal static class Migrations
{
    public static IReadOnlyList<Action<DiaryDatabase>> Steps { get; } =
    [
        Sql("""
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
        """),
        Sql("""
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
        """),
        Sql("""
        CREATE TABLE shoes_v3 (
            id          INTEGER PRIMARY KEY,
            name        TEXT    NOT NULL COLLATE NOCASE,
            added_on    TEXT    NOT NULL,
            retired_on  TEXT,
            is_default  INTEGER NOT NULL DEFAULT 0,
            user_id     TEXT    NOT NULL DEFAULT 'local',
            UNIQUE (user_id, name)
        );
        INSERT INTO shoes_v3 (id, name, added_on, retired_on, is_default)
            SELECT id, name, added_on, retired_on, is_default FROM shoes;
        DROP TABLE shoes;
        ALTER TABLE shoes_v3 RENAME TO shoes;
        CREATE TABLE runs_v3 (
            id                INTEGER PRIMARY KEY,
            activity_key      TEXT    NOT NULL,
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
            hot               INTEGER,
            name              TEXT,
            partly_recovered  INTEGER NOT NULL DEFAULT 0,
            user_id           TEXT    NOT NULL DEFAULT 'local',
            UNIQUE (user_id, activity_key)
        );
        INSERT INTO runs_v3 (id, activity_key, sport, start_utc, utc_offset_min, offset_from_file, local_date, distance_m,
                moving_s, elapsed_s, elevation_gain_m, avg_hr, max_hr, avg_cadence_spm, avg_temp_c, device, file_name,
                imported_at, shoe_id, lacing, electrolytes, surface, hot, name, partly_recovered)
            SELECT id, activity_key, sport, start_utc, utc_offset_min, offset_from_file, local_date, distance_m,
                moving_s, elapsed_s, elevation_gain_m, avg_hr, max_hr, avg_cadence_spm, avg_temp_c, device, file_name,
                imported_at, shoe_id, lacing, electrolytes, surface, hot, name, partly_recovered FROM runs;
        DROP TABLE runs;
        ALTER TABLE runs_v3 RENAME TO runs;
        CREATE INDEX runs_by_start ON runs(user_id, start_utc);
        ALTER TABLE episodes ADD COLUMN user_id TEXT NOT NULL DEFAULT 'local';
        CREATE INDEX episodes_by_user ON episodes(user_id, occurred_at);
        ALTER TABLE experiments ADD COLUMN user_id TEXT NOT NULL DEFAULT 'local';
        CREATE TABLE settings_v3 (
            key      TEXT NOT NULL,
            value    TEXT NOT NULL,
            user_id  TEXT NOT NULL DEFAULT 'local',
            PRIMARY KEY (user_id, key)
        );
        INSERT INTO settings_v3 (key, value) SELECT key, value FROM settings;
        DROP TABLE settings;
        ALTER TABLE settings_v3 RENAME TO settings;
        CREATE TABLE known_files_v3 (
            sha256     TEXT NOT NULL,
            file_name  TEXT NOT NULL,
            outcome    TEXT NOT NULL,
            seen_at    TEXT NOT NULL,
            user_id    TEXT NOT NULL DEFAULT 'local',
            PRIMARY KEY (user_id, sha256)
        );
        INSERT INTO known_files_v3 (sha256, file_name, outcome, seen_at) SELECT sha256, file_name, outcome, seen_at FROM known_files;
        DROP TABLE known_files;
        ALTER TABLE known_files_v3 RENAME TO known_files;
        """),
        SchemaFour.Apply,
    ];

    /// <summary>The tables of a backup, in the order a restore must fill them (referenced tables first).</summary>
    public static IReadOnlyList<string> Tables { get; } = ["shoes", "runs", "episodes", "experiments", "settings", "known_files"];

    /// <summary>Tables added after the first schema: a backup from before them restores them empty.</summary>
    public static IReadOnlySet<string> AddedLater { get; } = new HashSet<string>(StringComparer.Ordinal) { "settings", "known_files" };

    /// <summary>The column every table carries for its owner; backups of the local diary leave it out.</summary>
    public const string OwnerColumn = "user_id";

    /// <summary>Tables that hold an episode's lists (schema 4 on); their rows go when the episode goes.</summary>
    public static IReadOnlyList<string> ChildTables { get; } = ["episode_symptoms", "episode_locations"];

    public static int Latest => Steps.Count;

    private static Action<DiaryDatabase> Sql(string sql) => db => db.Command(sql).Run();
}

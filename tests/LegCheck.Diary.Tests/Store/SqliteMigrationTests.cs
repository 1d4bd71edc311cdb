using LegCheck.Diary.Storage;
using LegCheck.Diary.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Xunit;

namespace LegCheck.Diary.Tests.Store;

/// <summary>
/// A diary file written before rows had owners (schema 2) opens at the latest schema with everything kept: times in
/// UTC with the episode's offset beside them, lists in child tables.
/// </summary>
public sealed class SqliteMigrationTests : IDisposable
{
    /// <summary>Schema 2 as LegCheck shipped it, with one row in each table that references another.</summary>
    private const string SchemaTwoWithRows = """
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

        INSERT INTO shoes (id, name, added_on, is_default) VALUES (7, 'Pegasus', '2026-10-01', 1);
        INSERT INTO runs (id, activity_key, sport, start_utc, utc_offset_min, offset_from_file, local_date, distance_m,
            file_name, imported_at, shoe_id, name)
            VALUES (3, 'fit:abc', 'running', '2026-11-02T07:00:00.000Z', 60, 1, '2026-11-02', 10000, 'a.fit',
            '2026-11-02T09:00:00.000+01:00', 7, 'Hills');
        INSERT INTO episodes (id, occurred_at, run_id, symptoms, locations, shoe_id, logged_at)
            VALUES (5, '2026-11-02T08:40:00.000+01:00', 3, 'calf_cramp, numbness', 'left calf', 7, '2026-11-02T09:05:00.000+01:00');
        INSERT INTO experiments (id, started_on, description, factor) VALUES (2, '2026-11-01', 'salt', 'electrolytes');
        INSERT INTO settings (key, value) VALUES ('units', 'mi');
        INSERT INTO known_files (sha256, file_name, outcome, seen_at) VALUES ('abc', 'a.fit', 'Imported', '2026-11-02T09:00:00.000+01:00');
        PRAGMA user_version = 2;
        """;

    private readonly TempFolder temp = new();

    [Fact]
    public async Task Open_SchemaTwoFile_MigratesKeepingEveryRowAndReferenceForTheLocalUser()
    {
        var path = temp.File("old.db");
        using (var old = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            old.Open();
            using var create = old.CreateCommand();
            create.CommandText = SchemaTwoWithRows;
            create.ExecuteNonQuery();
        }

        using var store = new SqliteDiaryStore(path);
        await using var unit = await store.BeginAsync(LocalUser.Id, DiaryAccess.Write);
        var snapshot = await unit.SnapshotAsync();

        Assert.Equal(DiaryDatabase.LatestSchemaVersion, ((SqliteDiaryUnit)unit).Database.SchemaVersion);
        var run = Assert.Single(snapshot.Runs);
        Assert.Equal((3L, 7L, "Hills"), (run.Id, run.ShoeId!.Value, run.Name!));
        var episode = Assert.Single(snapshot.Episodes);
        Assert.Equal((5L, 3L, 7L), (episode.Id, episode.RunId!.Value, episode.ShoeId!.Value));
        Assert.Equal(["calf_cramp", "numbness"], episode.Symptoms);
        Assert.Equal(["left calf"], episode.Locations);
        Assert.Equal(new DateTimeOffset(2026, 11, 2, 8, 40, 0, TimeSpan.FromHours(1)), episode.OccurredAt);
        Assert.Equal(TimeSpan.FromHours(1), episode.OccurredAt.Offset);
        Assert.Equal(new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero), run.ImportedAt);
        Assert.Equal("Pegasus", Assert.Single(snapshot.Shoes).Name);
        Assert.Single(snapshot.Experiments);
        Assert.Equal("mi", await unit.Settings.GetAsync(SettingsStore.Units));
        Assert.Equal(["abc"], await unit.KnownFiles.AllHashesAsync());
        Assert.True(await unit.Runs.ContainsAsync("fit:abc"));
        var stored = ((SqliteDiaryUnit)unit).Database;
        Assert.Equal("2026-11-02T07:40:00.000Z", Scalar(stored, "SELECT occurred_at FROM episodes"));
        Assert.Equal("2026-11-02T08:00:00.000Z", Scalar(stored, "SELECT seen_at FROM known_files"));
        Assert.Equal("numbness", Scalar(stored, "SELECT symptom FROM episode_symptoms WHERE position = 2"));
    }

    private static object? Scalar(DiaryDatabase db, string sql)
    {
        var path = db.Path;
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public void Dispose() => temp.Dispose();
}

using Npgsql;

namespace LegCheck.Diary.Postgres;

/// <summary>
/// The hosted diary's schema as ordered forward steps; <c>diary_schema</c> records each step applied. Steps run under
/// one advisory lock, so web nodes starting together migrate once. Never edit a shipped step: add a new one.
/// Times are <c>timestamptz</c> with the runner's UTC offset beside them (PostgreSQL keeps the instant, not the
/// offset), dates are <c>date</c>, lists are child tables, and uniqueness holds per user.
/// </summary>
internal static class PostgresMigrations
{
    /// <summary>Any number, the same on every node: the key of the advisory lock that serialises migrations.</summary>
    private const long MigrationLock = 0x4C65_6743_6865_636B;

    public static IReadOnlyList<string> Steps { get; } =
    [
        """
        CREATE TABLE shoes (
            id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            user_id     text    NOT NULL,
            name        text    NOT NULL,
            added_on    date    NOT NULL,
            retired_on  date,
            is_default  boolean NOT NULL DEFAULT false
        );
        CREATE UNIQUE INDEX shoes_name_per_user ON shoes (user_id, lower(name));
        CREATE TABLE runs (
            id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            user_id              text        NOT NULL,
            activity_key         text        NOT NULL,
            sport                text        NOT NULL,
            start_utc            timestamptz NOT NULL,
            utc_offset_min       integer     NOT NULL,
            offset_from_file     boolean     NOT NULL,
            local_date           date        NOT NULL,
            distance_m           double precision,
            moving_s             double precision,
            elapsed_s            double precision,
            elevation_gain_m     double precision,
            avg_hr               double precision,
            max_hr               double precision,
            avg_cadence_spm      double precision,
            avg_temp_c           double precision,
            device               text,
            name                 text,
            partly_recovered     boolean     NOT NULL DEFAULT false,
            file_name            text        NOT NULL,
            imported_at          timestamptz NOT NULL,
            imported_offset_min  integer     NOT NULL,
            shoe_id              bigint REFERENCES shoes(id) ON DELETE SET NULL,
            lacing               text,
            electrolytes         boolean,
            surface              text,
            hot                  boolean,
            UNIQUE (user_id, activity_key)
        );
        CREATE INDEX runs_by_start ON runs (user_id, start_utc);
        CREATE TABLE episodes (
            id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            user_id              text        NOT NULL,
            occurred_at          timestamptz NOT NULL,
            occurred_offset_min  integer     NOT NULL,
            run_id               bigint REFERENCES runs(id) ON DELETE SET NULL,
            minutes_into_run     double precision,
            duration_min         double precision,
            severity             integer CHECK (severity BETWEEN 0 AND 10),
            shoe_id              bigint REFERENCES shoes(id) ON DELETE SET NULL,
            lacing               text,
            heat                 boolean,
            fluids               text,
            electrolytes         boolean,
            helped               text,
            notes                text,
            logged_at            timestamptz NOT NULL,
            logged_offset_min    integer     NOT NULL
        );
        CREATE INDEX episodes_by_user ON episodes (user_id, occurred_at);
        CREATE TABLE episode_symptoms (
            episode_id  bigint  NOT NULL REFERENCES episodes(id) ON DELETE CASCADE,
            position    integer NOT NULL,
            symptom     text    NOT NULL,
            PRIMARY KEY (episode_id, position)
        );
        CREATE TABLE episode_locations (
            episode_id  bigint  NOT NULL REFERENCES episodes(id) ON DELETE CASCADE,
            position    integer NOT NULL,
            location    text    NOT NULL,
            PRIMARY KEY (episode_id, position)
        );
        CREATE TABLE experiments (
            id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            user_id      text NOT NULL,
            started_on   date NOT NULL,
            description  text NOT NULL,
            factor       text NOT NULL
        );
        CREATE INDEX experiments_by_user ON experiments (user_id);
        CREATE TABLE settings (
            user_id  text NOT NULL,
            key      text NOT NULL,
            value    text NOT NULL,
            PRIMARY KEY (user_id, key)
        );
        CREATE TABLE known_files (
            user_id    text        NOT NULL,
            sha256     text        NOT NULL,
            file_name  text        NOT NULL,
            outcome    text        NOT NULL,
            seen_at    timestamptz NOT NULL,
            PRIMARY KEY (user_id, sha256)
        );
        """,
    ];

    /// <summary>The tables holding a user's rows, children first, so deleting in this order breaks no reference.</summary>
    public static IReadOnlyList<string> UserTables { get; } = ["episodes", "runs", "shoes", "experiments", "settings", "known_files"];

    public static int Latest => Steps.Count;

    public static async Task MigrateAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await Execute(connection, tx, $"SELECT pg_advisory_xact_lock({MigrationLock})", cancellationToken).ConfigureAwait(false);
        await Execute(connection, tx, "CREATE TABLE IF NOT EXISTS diary_schema (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())", cancellationToken).ConfigureAwait(false);
        await using var current = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM diary_schema", connection, tx);
        var version = Convert.ToInt32(await current.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        if (version > Latest)
        {
            throw new DiaryException($"diary database: written by a newer LegCheck (schema {version}; this version knows up to {Latest}).");
        }

        for (var step = version; step < Latest; step++)
        {
            await Execute(connection, tx, Steps[step], cancellationToken).ConfigureAwait(false);
            await Execute(connection, tx, $"INSERT INTO diary_schema (version) VALUES ({step + 1})", cancellationToken).ConfigureAwait(false);
        }

        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task Execute(NpgsqlConnection connection, NpgsqlTransaction tx, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, tx);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}

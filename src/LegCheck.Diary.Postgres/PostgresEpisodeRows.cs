using LegCheck.Diary.Model;
using LegCheck.Diary.Storage;
using Npgsql;

namespace LegCheck.Diary.Postgres;

/// <summary>Episodes, with their symptoms and locations in child tables, in the order the runner gave them.</summary>
internal sealed class PostgresEpisodeRows(PostgresSession session) : IEpisodeRows
{
    private const string Select =
        """
        SELECT e.*,
            ARRAY(SELECT symptom FROM episode_symptoms s WHERE s.episode_id = e.id ORDER BY position) AS symptom_list,
            ARRAY(SELECT location FROM episode_locations l WHERE l.episode_id = e.id ORDER BY position) AS location_list
        FROM episodes e
        """;

    public Task<long> InsertAsync(Episode episode, CancellationToken cancellationToken = default) => session.Run(async () =>
    {
        await CheckReferences(episode, cancellationToken).ConfigureAwait(false);
        await using var command = Bind(
            session.Command(
                """
                INSERT INTO episodes (user_id, occurred_at, occurred_offset_min, run_id, minutes_into_run, duration_min, severity,
                    shoe_id, lacing, heat, fluids, electrolytes, helped, notes, logged_at, logged_offset_min)
                VALUES (@user, @occurred, @occurred_offset, @run, @minutes, @duration, @severity, @shoe, @lacing, @heat, @fluids,
                    @electrolytes, @helped, @notes, @logged, @logged_offset)
                RETURNING id
                """),
            episode);
        var id = (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        await WriteLists(id, episode, cancellationToken).ConfigureAwait(false);
        return id;
    });

    public Task UpdateAsync(Episode episode, CancellationToken cancellationToken = default) => session.Run(async () =>
    {
        await CheckReferences(episode, cancellationToken).ConfigureAwait(false);
        await using var command = Bind(
                session.Command(
                    """
                    UPDATE episodes SET occurred_at = @occurred, occurred_offset_min = @occurred_offset, run_id = @run,
                        minutes_into_run = @minutes, duration_min = @duration, severity = @severity, shoe_id = @shoe,
                        lacing = @lacing, heat = @heat, fluids = @fluids, electrolytes = @electrolytes, helped = @helped,
                        notes = @notes, logged_at = @logged, logged_offset_min = @logged_offset
                    WHERE id = @id AND user_id = @user
                    """),
                episode)
            .With("id", episode.Id);
        if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
        {
            throw new DiaryException($"episode {episode.Id}: no such episode.");
        }

        await using var clear = session.Command(
                "DELETE FROM episode_symptoms WHERE episode_id = @id; DELETE FROM episode_locations WHERE episode_id = @id")
            .With("id", episode.Id);
        await clear.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await WriteLists(episode.Id, episode, cancellationToken).ConfigureAwait(false);
    });

    public async Task<bool> DeleteAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var command = session.Command("DELETE FROM episodes WHERE id = @id AND user_id = @user").With("id", id);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    public async Task<Episode?> FindAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var command = session.Command($"{Select} WHERE e.id = @id AND e.user_id = @user").With("id", id);
        return (await command.ListAsync(Read, cancellationToken).ConfigureAwait(false)).SingleOrDefault();
    }

    public async Task<IReadOnlyList<Episode>> AllAsync(CancellationToken cancellationToken = default)
    {
        await using var command = session.Command($"{Select} WHERE e.user_id = @user ORDER BY e.occurred_at, e.id");
        return await command.ListAsync(Read, cancellationToken).ConfigureAwait(false);
    }

    private async Task CheckReferences(Episode episode, CancellationToken cancellationToken)
    {
        await session.CheckRun(episode.RunId, cancellationToken).ConfigureAwait(false);
        await session.CheckShoe(episode.ShoeId, cancellationToken).ConfigureAwait(false);
    }

    private async Task WriteLists(long id, Episode episode, CancellationToken cancellationToken)
    {
        await using var command = session.Command(
                """
                INSERT INTO episode_symptoms (episode_id, position, symptom)
                    SELECT @id, ordinality, value FROM unnest(@symptoms::text[]) WITH ORDINALITY AS t(value, ordinality);
                INSERT INTO episode_locations (episode_id, position, location)
                    SELECT @id, ordinality, value FROM unnest(@locations::text[]) WITH ORDINALITY AS t(value, ordinality);
                """)
            .With("id", id)
            .With("symptoms", episode.Symptoms.ToArray())
            .With("locations", episode.Locations.ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static NpgsqlCommand Bind(NpgsqlCommand command, Episode e) => command
        .WithInstant("occurred", e.OccurredAt)
        .With("run", e.RunId)
        .With("minutes", e.MinutesIntoRun)
        .With("duration", e.DurationMinutes)
        .With("severity", e.Severity)
        .With("shoe", e.ShoeId)
        .With("lacing", e.Lacing)
        .With("heat", e.Heat)
        .With("fluids", e.Fluids)
        .With("electrolytes", e.Electrolytes)
        .With("helped", e.Helped)
        .With("notes", e.Notes)
        .WithInstant("logged", e.LoggedAt);

    private static Episode Read(NpgsqlDataReader row) => new()
    {
        Id = row.GetFieldValue<long>(row.GetOrdinal("id")),
        OccurredAt = row.Instant("occurred_at", "occurred_offset_min"),
        RunId = row.Nullable<long>("run_id"),
        Symptoms = row.GetFieldValue<string[]>(row.GetOrdinal("symptom_list")),
        Locations = row.GetFieldValue<string[]>(row.GetOrdinal("location_list")),
        MinutesIntoRun = row.Nullable<double>("minutes_into_run"),
        DurationMinutes = row.Nullable<double>("duration_min"),
        Severity = row.Nullable<int>("severity"),
        ShoeId = row.Nullable<long>("shoe_id"),
        Lacing = row.Get<string>("lacing"),
        Heat = row.Nullable<bool>("heat"),
        Fluids = row.Get<string>("fluids"),
        Electrolytes = row.Nullable<bool>("electrolytes"),
        Helped = row.Get<string>("helped"),
        Notes = row.Get<string>("notes"),
        LoggedAt = row.Instant("logged_at", "logged_offset_min"),
    };
}

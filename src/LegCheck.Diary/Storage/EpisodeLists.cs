namespace LegCheck.Diary.Storage;

/// <summary>An episode's symptoms and locations, one row each in <c>episode_symptoms</c> and <c>episode_locations</c>.</summary>
internal static class EpisodeLists
{
    public static void Write(DiaryDatabase db, long episodeId, IEnumerable<string> symptoms, IEnumerable<string> locations)
    {
        Insert(db, "INSERT INTO episode_symptoms (episode_id, position, symptom) VALUES ($id, $position, $value)", episodeId, symptoms);
        Insert(db, "INSERT INTO episode_locations (episode_id, position, location) VALUES ($id, $position, $value)", episodeId, locations);
    }

    public static void Replace(DiaryDatabase db, long episodeId, IEnumerable<string> symptoms, IEnumerable<string> locations)
    {
        db.Command("DELETE FROM episode_symptoms WHERE episode_id = $id").With("$id", episodeId).Run();
        db.Command("DELETE FROM episode_locations WHERE episode_id = $id").With("$id", episodeId).Run();
        Write(db, episodeId, symptoms, locations);
    }

    /// <summary>The lists of the user's episodes (or of one), by episode id, each in the order given.</summary>
    public static (Dictionary<long, List<string>> Symptoms, Dictionary<long, List<string>> Locations) Read(DiaryDatabase db, long? onlyEpisode = null)
    {
        var filter = onlyEpisode is null ? string.Empty : " AND e.id = $only";
        return (
            Query(db, $"SELECT c.episode_id, c.symptom FROM episode_symptoms c JOIN episodes e ON e.id = c.episode_id WHERE e.user_id = $user{filter} ORDER BY c.episode_id, c.position", onlyEpisode),
            Query(db, $"SELECT c.episode_id, c.location FROM episode_locations c JOIN episodes e ON e.id = c.episode_id WHERE e.user_id = $user{filter} ORDER BY c.episode_id, c.position", onlyEpisode));
    }

    /// <summary>The comma-joined text of schemas 1 to 3 (and of backups): ", " between items.</summary>
    public static IReadOnlyList<string> SplitOld(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string JoinOld(IEnumerable<string> items) => string.Join(", ", items);

    private static void Insert(DiaryDatabase db, string sql, long episodeId, IEnumerable<string> values)
    {
        var position = 0;
        foreach (var value in values)
        {
            db.Command(sql).With("$id", episodeId).With("$position", ++position).With("$value", value).Run();
        }
    }

    private static Dictionary<long, List<string>> Query(DiaryDatabase db, string sql, long? only)
    {
        using var command = db.Command(sql);
        if (only is { } id)
        {
            command.With("$only", id);
        }

        using var reader = command.ExecuteReader();
        var lists = new Dictionary<long, List<string>>();
        while (reader.Read())
        {
            var episode = reader.GetInt64(0);
            if (!lists.TryGetValue(episode, out var list))
            {
                lists[episode] = list = [];
            }

            list.Add(reader.GetString(1));
        }

        return lists;
    }
}

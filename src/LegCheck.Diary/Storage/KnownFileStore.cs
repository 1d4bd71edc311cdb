namespace LegCheck.Diary.Storage;

/// <summary>
/// Activity files already imported, by the SHA-256 of their (unpacked) content, so a re-import skips them before
/// decoding. Files that failed are not recorded: they are tried again, perhaps with relaxed checks.
/// </summary>
public sealed class KnownFileStore
{
    private readonly DiaryDatabase db;

    internal KnownFileStore(DiaryDatabase db) => this.db = db;

    /// <summary>Every known content hash (hex), for a lookup that costs nothing per file.</summary>
    public HashSet<string> AllHashes()
    {
        using var readerCommand = db.Command("SELECT sha256 FROM known_files WHERE user_id = $user");
        using var reader = readerCommand.ExecuteReader();
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            hashes.Add(reader.GetString(0));
        }

        return hashes;
    }

    public bool Contains(string sha256) =>
        db.Command("SELECT 1 FROM known_files WHERE user_id = $user AND sha256 = $hash").With("$hash", sha256).Scalar() is not null;

    public void Add(string sha256, string fileName, string outcome, DateTimeOffset seenAt) => db.InTransaction(() =>
        db.Prepared("INSERT OR IGNORE INTO known_files (sha256, file_name, outcome, seen_at, user_id) VALUES ($hash, $name, $outcome, $seen, $user)")
            .With("$hash", sha256)
            .With("$name", fileName)
            .With("$outcome", outcome)
            .With("$seen", SqliteValues.Utc(seenAt))
            .ExecuteNonQuery());
}

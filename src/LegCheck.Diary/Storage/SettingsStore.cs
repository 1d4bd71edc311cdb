namespace LegCheck.Diary.Storage;

/// <summary>The runner's settings kept in the diary, such as the distance unit; a key without a row is unset.</summary>
public sealed class SettingsStore
{
    public const string Units = "units";

    private readonly DiaryDatabase db;

    internal SettingsStore(DiaryDatabase db) => this.db = db;

    public string? Get(string key) =>
        db.Command("SELECT value FROM settings WHERE user_id = $user AND key = $key").With("$key", key).Scalar() as string;

    public void Set(string key, string value) => db.InTransaction(() =>
        db.Command("INSERT INTO settings (key, value, user_id) VALUES ($key, $value, $user) ON CONFLICT(user_id, key) DO UPDATE SET value = excluded.value")
            .With("$key", key)
            .With("$value", value)
            .Run());
}

using LegCheck.Diary.Model;
using Microsoft.Data.Sqlite;

namespace LegCheck.Diary.Storage;

/// <summary>The shoes table. Names are unique per user, ignoring case.</summary>
public sealed class ShoeStore
{
    private readonly DiaryDatabase db;

    internal ShoeStore(DiaryDatabase db) => this.db = db;

    /// <summary>Adds a shoe; when <paramref name="isDefault"/> it becomes the only default shoe.</summary>
    public Shoe Add(string name, DateOnly addedOn, bool isDefault) => db.InTransaction(() =>
    {
        var trimmed = name.Trim();
        if (trimmed.Length == 0)
        {
            throw new DiaryException("shoe name: expected a name, got nothing.");
        }

        if (FindByName(trimmed) is not null)
        {
            throw new DiaryException($"shoe name: \"{trimmed}\" already exists.");
        }

        if (isDefault)
        {
            db.Command("UPDATE shoes SET is_default = 0 WHERE user_id = $user").Run();
        }

        var id = (long)db.Command("INSERT INTO shoes (name, added_on, is_default, user_id) VALUES ($name, $added, $default, $user) RETURNING id")
            .With("$name", trimmed)
            .With("$added", SqliteValues.Date(addedOn))
            .With("$default", isDefault ? 1 : 0)
            .Scalar()!;
        return new Shoe(id, trimmed, addedOn, null, isDefault);
    });

    /// <summary>Retires a shoe: it stays in the history but is no longer the default.</summary>
    public bool Retire(long id, DateOnly retiredOn) => db.InTransaction(() =>
        db.Command("UPDATE shoes SET retired_on = $retired, is_default = 0 WHERE id = $id AND user_id = $user")
            .With("$id", id)
            .With("$retired", SqliteValues.Date(retiredOn))
            .Run() > 0);

    /// <summary>Deletes a shoe; the runs and episodes worn in it keep everything but the shoe.</summary>
    public bool Delete(long id) => db.InTransaction(() =>
        db.Command("DELETE FROM shoes WHERE id = $id AND user_id = $user").With("$id", id).Run() > 0);

    public Shoe? Find(long id)
    {
        using var readerCommand = db.Command("SELECT * FROM shoes WHERE id = $id AND user_id = $user").With("$id", id);
        using var reader = readerCommand.ExecuteReader();
        return reader.Read() ? Read(reader) : null;
    }

    public Shoe? FindByName(string name)
    {
        using var readerCommand = db.Command("SELECT * FROM shoes WHERE user_id = $user AND name = $name").With("$name", name.Trim());
        using var reader = readerCommand.ExecuteReader();
        return reader.Read() ? Read(reader) : null;
    }

    public Shoe? Default()
    {
        using var readerCommand = db.Command("SELECT * FROM shoes WHERE user_id = $user AND is_default = 1 LIMIT 1");
        using var reader = readerCommand.ExecuteReader();
        return reader.Read() ? Read(reader) : null;
    }

    public IReadOnlyList<Shoe> All()
    {
        using var readerCommand = db.Command("SELECT * FROM shoes WHERE user_id = $user ORDER BY added_on, id");
        using var reader = readerCommand.ExecuteReader();
        var shoes = new List<Shoe>();
        while (reader.Read())
        {
            shoes.Add(Read(reader));
        }

        return shoes;
    }

    private static Shoe Read(SqliteDataReader row) => new(
        row.Long("id")!.Value,
        row.RequiredText("name"),
        row.Date("added_on"),
        row.OptionalDate("retired_on"),
        row.Bool("is_default") ?? false);
}

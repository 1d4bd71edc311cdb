using LegCheck.Diary.Model;

namespace LegCheck.Diary.Storage;

/// <summary>The experiments table.</summary>
public sealed class ExperimentStore
{
    private readonly DiaryDatabase db;

    internal ExperimentStore(DiaryDatabase db) => this.db = db;

    public Experiment Add(DateOnly startedOn, string description, string factor) => db.InTransaction(() =>
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            throw new DiaryException("experiment description: expected a few words saying what changed, got nothing.");
        }

        if (string.IsNullOrWhiteSpace(factor))
        {
            throw new DiaryException("experiment factor: expected one word such as lacing or electrolytes, got nothing.");
        }

        var id = (long)db.Command(
                "INSERT INTO experiments (started_on, description, factor, user_id) VALUES ($date, $description, $factor, $user) RETURNING id")
            .With("$date", SqliteValues.Date(startedOn))
            .With("$description", description.Trim())
            .With("$factor", factor.Trim().ToLowerInvariant())
            .Scalar()!;
        return new Experiment(id, startedOn, description.Trim(), factor.Trim().ToLowerInvariant());
    });

    public bool Delete(long id) => db.InTransaction(() =>
        db.Command("DELETE FROM experiments WHERE id = $id AND user_id = $user").With("$id", id).Run() > 0);

    public IReadOnlyList<Experiment> All()
    {
        using var readerCommand = db.Command("SELECT * FROM experiments WHERE user_id = $user ORDER BY started_on, id");
        using var reader = readerCommand.ExecuteReader();
        var experiments = new List<Experiment>();
        while (reader.Read())
        {
            experiments.Add(new Experiment(
                reader.Long("id")!.Value,
                reader.Date("started_on"),
                reader.RequiredText("description"),
                reader.RequiredText("factor")));
        }

        return experiments;
    }
}

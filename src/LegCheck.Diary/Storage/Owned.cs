namespace LegCheck.Diary.Storage;

/// <summary>
/// A row may refer only to the same user's runs and shoes. The foreign keys alone cannot say so (they reference
/// the id, whoever owns it), so every write that names a run or a shoe checks its owner first.
/// </summary>
internal static class Owned
{
    public static void CheckRun(DiaryDatabase db, long? runId)
    {
        if (runId is { } id && db.Command("SELECT 1 FROM runs WHERE id = $id AND user_id = $user").With("$id", id).Scalar() is null)
        {
            throw new DiaryException($"run {id}: no such run.");
        }
    }

    public static void CheckShoe(DiaryDatabase db, long? shoeId)
    {
        if (shoeId is { } id && db.Command("SELECT 1 FROM shoes WHERE id = $id AND user_id = $user").With("$id", id).Scalar() is null)
        {
            throw new DiaryException($"shoe {id}: no such shoe.");
        }
    }
}

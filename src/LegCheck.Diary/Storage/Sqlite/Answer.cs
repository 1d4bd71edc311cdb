using Microsoft.Data.Sqlite;

namespace LegCheck.Diary.Storage.Sqlite;

/// <summary>Turns a synchronous SQLite call into a completed task, with its exception (if any) inside the task.</summary>
internal static class Answer
{
    private const int SqliteConstraint = 19;

    public static Task<T> Of<T>(Func<T> work, CancellationToken cancellationToken)
    {
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            return Task.FromResult(work());
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == SqliteConstraint)
        {
            // Uniqueness and references are the caller's mistake, said in words, as the PostgreSQL store says them.
            return Task.FromException<T>(new DiaryException($"diary: the change breaks a rule of the diary ({ex.Message.TrimEnd('.')}).", ex));
        }
        catch (Exception ex)
        {
            return Task.FromException<T>(ex);
        }
    }

    public static Task Of(Action work, CancellationToken cancellationToken) => Of(
        () =>
        {
            work();
            return true;
        },
        cancellationToken);
}

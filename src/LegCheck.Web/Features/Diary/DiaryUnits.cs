using LegCheck.Diary;
using LegCheck.Diary.Storage;

namespace LegCheck.Web.Features.Diary;

/// <summary>One request's unit of work on the current user's diary: a diary that cannot be opened is a 503.</summary>
public static class DiaryUnits
{
    public static async Task<T> ReadAsync<T>(this IDiaryStore store, CurrentUser user, Func<IDiaryUnit, Task<T>> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        await using var unit = await BeginAsync(store, user, DiaryAccess.Read, cancellationToken).ConfigureAwait(false);
        return await read(unit).ConfigureAwait(false);
    }

    /// <summary>Runs <paramref name="write"/> and commits what it did; an exception keeps none of it.</summary>
    public static async Task<T> WriteAsync<T>(this IDiaryStore store, CurrentUser user, Func<IDiaryUnit, Task<T>> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        await using var unit = await BeginAsync(store, user, DiaryAccess.Write, cancellationToken).ConfigureAwait(false);
        var result = await write(unit).ConfigureAwait(false);
        await unit.CommitAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }

    private static async Task<IDiaryUnit> BeginAsync(IDiaryStore store, CurrentUser user, DiaryAccess access, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(user);
        try
        {
            return await store.BeginAsync(user.Id, access, cancellationToken).ConfigureAwait(false);
        }
        catch (DiaryException ex)
        {
            throw new DiaryUnavailableException(ex.Message, ex);
        }
    }
}

using LegCheck.Diary;
using LegCheck.Diary.Storage;
using LegCheck.Diary.Units;

namespace LegCheck.Web.Features.Diary;

/// <summary>One request's unit of work on the current user's diary: a diary that cannot be opened is a 503.</summary>
internal static class DiaryUnits
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

    /// <summary>The unit pages show: <c>?units=</c>, else LEGCHECK_UNITS, else the diary's setting, else km.</summary>
    public static async Task<DistanceUnit> DistanceUnitAsync(this IDiaryUnit unit, DiaryWebOptions options, string? requested, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(options);
        var setting = await unit.Settings.GetAsync(SettingsStore.Units, cancellationToken).ConfigureAwait(false);
        try
        {
            return Distances.ResolveWithSetting(Distances.Parse(requested) is null ? null : requested, options.Environment, setting);
        }
        catch (DiaryException)
        {
            // A bad LEGCHECK_UNITS must not break the pages; the CLI reports it.
            return Distances.Parse(setting) ?? DistanceUnit.Km;
        }
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

using Xunit;
using LegCheck.Diary.Model;
using LegCheck.Diary.Storage;
using static LegCheck.Diary.Tests.TestData;

namespace LegCheck.Diary.Tests.Store;

/// <summary>
/// What every <see cref="IDiaryStore"/> must do, run against each real store (SQLite file, PostgreSQL server) by a
/// subclass. Each test works as fresh users of its own, so the stores may share one database between tests.
/// A subclass whose server is not configured skips (<see cref="Skip"/>) when it is asked for its store.
/// </summary>
public abstract class DiaryStoreContract
{
    private readonly string userA = "a-" + Guid.NewGuid().ToString("N");
    private readonly string userB = "b-" + Guid.NewGuid().ToString("N");

    protected abstract IDiaryStore Store { get; }

    [SkippableFact]
    public async Task InsertRun_ThenFind_ReadsBackEqual()
    {
        long id;
        RunRecord run;
        await using (var unit = await Write(userA))
        {
            var shoe = await unit.Shoes.AddAsync("Pegasus", new DateOnly(2026, 10, 1), isDefault: false);
            run = Run("2026-11-02T07:00", 10.5, minutes: 55.5, offsetHours: 1, shoeId: shoe.Id, electrolytes: true, temperature: 18.5, cadence: 172, lacing: "heel lock", surface: "trail")
                with { Hot = false, ImportedAt = new DateTimeOffset(2026, 11, 2, 9, 15, 30, 250, TimeSpan.FromHours(-5)) };
            id = await unit.Runs.InsertAsync(run);
            await unit.CommitAsync();
        }

        await using var read = await Read(userA);
        Assert.Equal(run with { Id = id }, await read.Runs.FindAsync(id));
        Assert.True(await read.Runs.ContainsAsync(run.Activity.Key));
        Assert.Equal(1, await read.Runs.CountAsync());
    }

    [SkippableFact]
    public async Task InsertRun_SameKeyForTwoUsers_StoresOneForEach()
    {
        var run = Run("2026-11-02T07:00", 10);
        await Commit(userA, u => u.Runs.InsertAsync(run));
        await Commit(userB, u => u.Runs.InsertAsync(run));

        await using var a = await Read(userA);
        await using var b = await Read(userB);
        Assert.Single(await a.Runs.AllAsync());
        Assert.Single(await b.Runs.AllAsync());
    }

    [SkippableFact]
    public async Task InsertRun_SameKeyTwiceForOneUser_RefusesWithDiaryException()
    {
        var run = Run("2026-11-02T07:00", 10);
        await Commit(userA, u => u.Runs.InsertAsync(run));

        await using (var unit = await Write(userA))
        {
            await Assert.ThrowsAsync<DiaryException>(() => unit.Runs.InsertAsync(run));
        }

        await using var read = await Read(userA);
        Assert.Equal(1, await read.Runs.CountAsync());
    }

    [SkippableFact]
    public async Task FindAndDelete_AnotherUsersRunId_AreNotFoundAndChangeNothing()
    {
        var id = await Commit(userA, u => u.Runs.InsertAsync(Run("2026-11-02T07:00", 10)));

        await using (var b = await Write(userB))
        {
            Assert.Null(await b.Runs.FindAsync(id));
            Assert.False(await b.Runs.DeleteAsync(id));
            Assert.Empty(await b.Runs.StartedBetweenAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue));
            await Assert.ThrowsAsync<DiaryException>(() => b.Runs.UpdateFactorsAsync(Run("2026-11-02T07:00", 10) with { Id = id, Lacing = "loose" }));
            await b.CommitAsync();
        }

        await using var a = await Read(userA);
        Assert.NotNull(await a.Runs.FindAsync(id));
    }

    [SkippableFact]
    public async Task StartedBetween_Window_ReturnsTheRunsInsideOldestFirst()
    {
        await Commit(userA, async u =>
        {
            await u.Runs.InsertAsync(Run("2026-11-03T07:00", 5));
            await u.Runs.InsertAsync(Run("2026-11-01T07:00", 5));
            await u.Runs.InsertAsync(Run("2026-11-10T07:00", 5));
            return 0;
        });

        await using var read = await Read(userA);
        var inside = await read.Runs.StartedBetweenAsync(
            new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 5, 0, 0, 0, TimeSpan.Zero));
        Assert.Equal([new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 3)], inside.Select(r => r.LocalDate));
    }

    [SkippableFact]
    public async Task ReplaceRecording_BetterCopy_KeepsIdFactorsAndName()
    {
        var first = Run("2026-11-02T07:00", 10, lacing: "heel lock") with { Activity = Run("2026-11-02T07:00", 10).Activity with { Name = "Hills" } };
        var id = await Commit(userA, u => u.Runs.InsertAsync(first));
        var copy = Run("2026-11-02T07:00", 10.2);

        await Commit(userA, async u =>
        {
            await u.Runs.ReplaceRecordingAsync(id, copy);
            return 0;
        });

        await using var read = await Read(userA);
        var stored = await read.Runs.FindAsync(id);
        Assert.Equal(copy.Activity.Key, stored!.Activity.Key);
        Assert.Equal("Hills", stored.Name);
        Assert.Equal("heel lock", stored.Lacing);
        Assert.Equal(10.2, stored.DistanceKm, 6);
    }

    [SkippableFact]
    public async Task InsertEpisode_ThenFind_ReadsBackEqualWithListsInOrder()
    {
        var runId = await Commit(userA, u => u.Runs.InsertAsync(Run("2026-11-02T07:00", 10)));
        var episode = Episode(runId, "2026-11-02T07:40:00+01:00", "numbness,calf_cramp", minutesIntoRun: 40, electrolytes: false, heat: true) with
        {
            Locations = ["top of right foot", "left calf", "arch, left"],
            DurationMinutes = 3,
            Severity = 6,
            Lacing = "tight",
            Fluids = "500 ml water",
            Helped = "stretching",
            Notes = "after the hill",
            LoggedAt = new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.FromMinutes(330)),
        };

        var id = await Commit(userA, u => u.Episodes.InsertAsync(episode));

        await using var read = await Read(userA);
        Assert.Equal(episode with { Id = id }, await read.Episodes.FindAsync(id), EpisodeComparer.Instance);
    }

    [SkippableFact]
    public async Task AllEpisodes_LoggedInDifferentZones_SortByTheInstant()
    {
        // 08:30 in Sydney (+11) is the evening before 07:00 in London, and must come first.
        await Commit(userA, async u =>
        {
            await u.Episodes.InsertAsync(Episode(null, "2026-11-02T07:00:00+00:00", "calf_cramp"));
            await u.Episodes.InsertAsync(Episode(null, "2026-11-02T08:30:00+11:00", "pain"));
            return 0;
        });

        await using var read = await Read(userA);
        var episodes = await read.Episodes.AllAsync();
        Assert.Equal(["pain", "calf_cramp"], episodes.Select(e => e.Symptoms[0]));
        Assert.Equal(TimeSpan.FromHours(11), episodes[0].OccurredAt.Offset);
    }

    [SkippableFact]
    public async Task UpdateEpisode_NewLists_ReplacesTheOldOnesInOrder()
    {
        var id = await Commit(userA, u => u.Episodes.InsertAsync(Episode(null, "2026-11-02T07:40:00+00:00", "calf_cramp,pain") with { Locations = ["left calf"] }));

        await Commit(userA, async u =>
        {
            await u.Episodes.UpdateAsync(Episode(null, "2026-11-02T07:40:00+00:00", "tingling") with { Id = id, Locations = ["right foot", "toes"] });
            return 0;
        });

        await using var read = await Read(userA);
        var stored = (await read.Episodes.FindAsync(id))!;
        Assert.Equal(["tingling"], stored.Symptoms);
        Assert.Equal(["right foot", "toes"], stored.Locations);
    }

    [SkippableFact]
    public async Task UpdateAndDelete_AnotherUsersEpisode_AreRefusedAndChangeNothing()
    {
        var id = await Commit(userA, u => u.Episodes.InsertAsync(Episode(null, "2026-11-02T07:40:00+00:00", "calf_cramp")));

        await using (var b = await Write(userB))
        {
            Assert.Null(await b.Episodes.FindAsync(id));
            Assert.False(await b.Episodes.DeleteAsync(id));
            await Assert.ThrowsAsync<DiaryException>(() => b.Episodes.UpdateAsync(Episode(null, "2026-11-02T07:40:00+00:00", "pain") with { Id = id }));
            Assert.Empty(await b.Episodes.AllAsync());
            await b.CommitAsync();
        }

        await using var a = await Read(userA);
        Assert.Equal(["calf_cramp"], (await a.Episodes.FindAsync(id))!.Symptoms);
    }

    [SkippableFact]
    public async Task InsertEpisode_OnAnotherUsersRunOrShoe_IsRefused()
    {
        var runId = await Commit(userA, u => u.Runs.InsertAsync(Run("2026-11-02T07:00", 10)));
        var shoe = await Commit(userA, u => u.Shoes.AddAsync("Pegasus", new DateOnly(2026, 10, 1), isDefault: true));

        await using var b = await Write(userB);
        await Assert.ThrowsAsync<DiaryException>(() => b.Episodes.InsertAsync(Episode(runId, "2026-11-02T07:40:00+00:00", "calf_cramp")));
        await Assert.ThrowsAsync<DiaryException>(() => b.Episodes.InsertAsync(Episode(null, "2026-11-02T07:40:00+00:00", "calf_cramp", shoeId: shoe.Id)));
        await Assert.ThrowsAsync<DiaryException>(() => b.Runs.InsertAsync(Run("2026-11-02T07:00", 10, shoeId: shoe.Id)));
    }

    [SkippableFact]
    public async Task DeleteRun_WithEpisode_KeepsTheEpisodeUnmatched()
    {
        var runId = await Commit(userA, u => u.Runs.InsertAsync(Run("2026-11-02T07:00", 10)));
        var episodeId = await Commit(userA, u => u.Episodes.InsertAsync(Episode(runId, "2026-11-02T07:40:00+00:00", "calf_cramp")));

        Assert.True(await Commit(userA, u => u.Runs.DeleteAsync(runId)));

        await using var read = await Read(userA);
        Assert.Null((await read.Episodes.FindAsync(episodeId))!.RunId);
    }

    [SkippableFact]
    public async Task AddShoe_SameNameIgnoringCase_RefusedForOneUserAllowedForAnother()
    {
        await Commit(userA, u => u.Shoes.AddAsync("Pegasus 41", new DateOnly(2026, 10, 1), isDefault: true));

        await using (var a = await Write(userA))
        {
            await Assert.ThrowsAsync<DiaryException>(() => a.Shoes.AddAsync("pegasus 41", new DateOnly(2026, 10, 2), isDefault: false));
        }

        var other = await Commit(userB, u => u.Shoes.AddAsync("PEGASUS 41", new DateOnly(2026, 10, 2), isDefault: true));
        await using var b = await Read(userB);
        Assert.Equal(other, await b.Shoes.FindByNameAsync("pegasus 41"));
        Assert.Equal(other, await b.Shoes.DefaultAsync());
        Assert.Single(await b.Shoes.AllAsync());
    }

    [SkippableFact]
    public async Task AddShoe_NewDefault_ReplacesOnlyThatUsersDefault()
    {
        var a1 = await Commit(userA, u => u.Shoes.AddAsync("One", new DateOnly(2026, 10, 1), isDefault: true));
        var b1 = await Commit(userB, u => u.Shoes.AddAsync("Theirs", new DateOnly(2026, 10, 1), isDefault: true));
        var a2 = await Commit(userA, u => u.Shoes.AddAsync("Two", new DateOnly(2026, 10, 5), isDefault: true));

        await using var a = await Read(userA);
        await using var b = await Read(userB);
        Assert.Equal(a2, await a.Shoes.DefaultAsync());
        Assert.False((await a.Shoes.FindAsync(a1.Id))!.IsDefault);
        Assert.Equal(b1, await b.Shoes.DefaultAsync());
    }

    [SkippableFact]
    public async Task RetireAndDeleteShoe_AnotherUsersId_ReturnFalse()
    {
        var shoe = await Commit(userA, u => u.Shoes.AddAsync("Pegasus", new DateOnly(2026, 10, 1), isDefault: true));

        await using (var b = await Write(userB))
        {
            Assert.Null(await b.Shoes.FindAsync(shoe.Id));
            Assert.False(await b.Shoes.RetireAsync(shoe.Id, new DateOnly(2026, 12, 1)));
            Assert.False(await b.Shoes.DeleteAsync(shoe.Id));
            await b.CommitAsync();
        }

        Assert.True(await Commit(userA, u => u.Shoes.RetireAsync(shoe.Id, new DateOnly(2026, 12, 1))));
        await using var a = await Read(userA);
        Assert.Equal(shoe with { RetiredOn = new DateOnly(2026, 12, 1), IsDefault = false }, await a.Shoes.FindAsync(shoe.Id));
    }

    [SkippableFact]
    public async Task Experiments_AddListDelete_ScopedToTheUser()
    {
        var experiment = await Commit(userA, u => u.Experiments.AddAsync(new DateOnly(2026, 11, 1), "looser lacing", "Lacing"));

        await using (var b = await Write(userB))
        {
            Assert.Empty(await b.Experiments.AllAsync());
            Assert.False(await b.Experiments.DeleteAsync(experiment.Id));
        }

        await using var a = await Write(userA);
        Assert.Equal([experiment with { Factor = "lacing" }], await a.Experiments.AllAsync());
        Assert.True(await a.Experiments.DeleteAsync(experiment.Id));
    }

    [SkippableFact]
    public async Task Settings_SetTwice_KeepsTheLastValuePerUser()
    {
        await Commit(userA, async u =>
        {
            await u.Settings.SetAsync(SettingsStore.Units, "km");
            await u.Settings.SetAsync(SettingsStore.Units, "mi");
            return 0;
        });

        await using var a = await Read(userA);
        await using var b = await Read(userB);
        Assert.Equal("mi", await a.Settings.GetAsync(SettingsStore.Units));
        Assert.Null(await b.Settings.GetAsync(SettingsStore.Units));
    }

    [SkippableFact]
    public async Task KnownFiles_SameHashForTwoUsers_KnownToEachSeparately()
    {
        var hash = new string('a', 64);
        await Commit(userA, async u =>
        {
            await u.KnownFiles.AddAsync(hash, "run.fit", "Imported", new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.FromHours(1)));
            await u.KnownFiles.AddAsync(hash, "run.fit", "Imported", new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.FromHours(1)));
            return 0;
        });

        await using var a = await Read(userA);
        await using var b = await Read(userB);
        Assert.Equal([hash], await a.KnownFiles.AllHashesAsync());
        Assert.Empty(await b.KnownFiles.AllHashesAsync());
    }

    [SkippableFact]
    public async Task Dispose_WithoutCommit_KeepsNothing()
    {
        await using (var unit = await Write(userA))
        {
            await unit.Runs.InsertAsync(Run("2026-11-02T07:00", 10));
            await unit.Shoes.AddAsync("Pegasus", new DateOnly(2026, 10, 1), isDefault: true);
        }

        await using var read = await Read(userA);
        Assert.Equal(DiarySnapshot.Empty, await read.SnapshotAsync(), SnapshotComparer.Instance);
    }

    [SkippableFact]
    public async Task Snapshot_TwoUsers_HoldsOnlyTheOwnersRows()
    {
        var mine = await Commit(userA, u => u.Runs.InsertAsync(Run("2026-11-02T07:00", 10)));
        await Commit(userB, async u =>
        {
            await u.Runs.InsertAsync(Run("2026-11-03T07:00", 12));
            await u.Episodes.InsertAsync(Episode(null, "2026-11-03T07:40:00+00:00", "pain"));
            await u.Experiments.AddAsync(new DateOnly(2026, 11, 1), "salt", "electrolytes");
            return await u.Shoes.AddAsync("Theirs", new DateOnly(2026, 10, 1), isDefault: true);
        });

        await using var a = await Read(userA);
        var snapshot = await a.SnapshotAsync();
        Assert.Equal([mine], snapshot.Runs.Select(r => r.Id));
        Assert.Empty(snapshot.Episodes);
        Assert.Empty(snapshot.Shoes);
        Assert.Empty(snapshot.Experiments);
    }

    [SkippableFact]
    public async Task Erase_OneUser_DeletesEveryRowOfTheirsAndNoneOfTheOthers()
    {
        foreach (var user in new[] { userA, userB })
        {
            await Commit(user, async u =>
            {
                var shoe = await u.Shoes.AddAsync("Pegasus", new DateOnly(2026, 10, 1), isDefault: true);
                var run = await u.Runs.InsertAsync(Run("2026-11-02T07:00", 10, shoeId: shoe.Id));
                await u.Episodes.InsertAsync(Episode(run, "2026-11-02T07:40:00+00:00", "calf_cramp,pain") with { Locations = ["left calf"] });
                await u.Experiments.AddAsync(new DateOnly(2026, 11, 1), "salt", "electrolytes");
                await u.Settings.SetAsync(SettingsStore.Units, "mi");
                await u.KnownFiles.AddAsync(new string('b', 64), "run.fit", "Imported", new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero));
                return 0;
            });
        }

        await Commit(userA, async u =>
        {
            await u.EraseAsync();
            return 0;
        });

        await using var a = await Read(userA);
        await using var b = await Read(userB);
        Assert.Equal(DiarySnapshot.Empty, await a.SnapshotAsync(), SnapshotComparer.Instance);
        Assert.Null(await a.Settings.GetAsync(SettingsStore.Units));
        Assert.Empty(await a.KnownFiles.AllHashesAsync());
        var theirs = await b.SnapshotAsync();
        Assert.Single(theirs.Runs);
        Assert.Single(theirs.Episodes);
        Assert.Equal(["calf_cramp", "pain"], theirs.Episodes[0].Symptoms);
        Assert.Equal("mi", await b.Settings.GetAsync(SettingsStore.Units));
    }

    [SkippableFact]
    public async Task ImportThroughTheStore_SameFileTwiceAndForAnotherUser_StoresItOncePerUser()
    {
        var folder = Path.Combine(LegCheck.Testing.RepoPaths.Root, "tests", "fixtures", "fit-samples");
        string[] files = [Path.Combine(folder, "garmin-fenix-5-run.fit"), Path.Combine(folder, "Activity.fit")];
        var imports = new LegCheck.Diary.Import.StoreDiaryImports(Store, TimeProvider.System);
        async Task<LegCheck.Diary.Import.ImportSummary> ImportAs(string user) =>
            await imports.ImportAsync(user, LegCheck.Activities.Archives.ActivityInputs.Expand(files), LegCheck.Diary.Import.ImportOptions.Default, null);

        var first = await ImportAs(userA);
        var again = await ImportAs(userA);
        var other = await ImportAs(userB);

        Assert.Equal((1, 1, 0), (first.Imported, first.NotRuns, first.AlreadyImported));
        Assert.Equal((0, 2), (again.Imported, again.AlreadyImported));
        Assert.Equal((1, 1, 0), (other.Imported, other.NotRuns, other.AlreadyImported));
        await using var a = await Read(userA);
        Assert.Single(await a.Runs.AllAsync());
        Assert.Equal(2, (await a.KnownFiles.AllHashesAsync()).Count);
    }

    protected Task<IDiaryUnit> Write(string user) => Store.BeginAsync(user, DiaryAccess.Write);

    protected Task<IDiaryUnit> Read(string user) => Store.BeginAsync(user, DiaryAccess.Read);

    private async Task<T> Commit<T>(string user, Func<IDiaryUnit, Task<T>> work)
    {
        await using var unit = await Write(user);
        var result = await work(unit);
        await unit.CommitAsync();
        return result;
    }
}

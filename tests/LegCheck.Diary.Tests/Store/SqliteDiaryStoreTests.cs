using Xunit;
using LegCheck.Diary.Storage;
using LegCheck.Diary.Storage.Sqlite;

namespace LegCheck.Diary.Tests.Store;

/// <summary>The store contract against a real SQLite file in a temp folder.</summary>
public sealed class SqliteDiaryStoreTests : DiaryStoreContract, IDisposable
{
    private readonly TempFolder temp = new();
    private readonly SqliteDiaryStore store;

    public SqliteDiaryStoreTests() => store = new SqliteDiaryStore(temp.File("legcheck.db"));

    protected override IDiaryStore Store => store;

    [Fact]
    public async Task BeginRead_NoDiaryFileYet_ReadsEmptyAndCreatesNoFile()
    {
        await using (var unit = await Read(LocalUser.Id))
        {
            Assert.Empty(await unit.Runs.AllAsync());
        }

        Assert.False(File.Exists(store.Path));
    }

    public void Dispose()
    {
        store.Dispose();
        temp.Dispose();
    }
}

using LegCheck.Diary.Storage;
using Xunit;
using static LegCheck.Cli.Tests.Diary.Fixtures;

namespace LegCheck.Cli.Tests.Diary;

/// <summary>export, import-backup and forget: the runner owns the data.</summary>
public sealed class BackupCommandsTests : IDisposable
{
    private readonly TempFolder temp = new();

    public BackupCommandsTests()
    {
        Gpx(temp.Path, "runs/a.gpx", Track(At("2026-11-02T07:00:00Z")));
        Run("shoes", "add", "Pegasus", "--default");
        Run("import", temp.File("runs"));
        Run("log", "--when", "2026-11-02 07:25", "--symptoms", "calf_cramp", "--notes", "hill, \"steep\" one");
        Run("experiments", "add", "electrolytes", "--factor", "electrolytes", "--date", "2026-11-01");
    }

    public void Dispose() => temp.Dispose();

    [Fact]
    public void ExportThenImportBackup_IntoAnEmptyDiary_RestoresEverything()
    {
        var output = Run("export", "--out", temp.File("export"));
        Assert.StartsWith($"exported 7 files to {temp.File("export")}", output, StringComparison.Ordinal);
        Assert.True(File.Exists(temp.File("export/runs.csv")));

        var (exit, restored) = CliHarness.Run(["import-backup", temp.File("export/legcheck-backup.json"), "--db", temp.File("other.db")]);

        Assert.Equal(0, exit);
        Assert.StartsWith("restored 1 runs, 1 episodes, 1 shoes and 1 experiments", restored, StringComparison.Ordinal);
        using var original = DiaryDatabase.Open(temp.Db);
        using var copy = DiaryDatabase.Open(temp.File("other.db"));
        Assert.Equal(original.Runs.All(), copy.Runs.All());
        Assert.Equal(original.Shoes.All(), copy.Shoes.All());
        Assert.Equal(original.Episodes.All().Single().Notes, copy.Episodes.All().Single().Notes);
    }

    [Fact]
    public void ImportBackup_OverADiaryWithDataWhenNotInteractive_RefusesWithoutYes()
    {
        Run("export", "--out", temp.File("export"));

        var (exit, output) = CliHarness.Run(["import-backup", temp.File("export/legcheck-backup.json"), "--db", temp.Db]);

        Assert.Equal(1, exit);
        Assert.Equal("error: import-backup replaces the diary's 1 runs and 1 episodes: run again with --yes to confirm.", output.Trim());
        Assert.Equal(0, CliHarness.Run(["import-backup", temp.File("export/legcheck-backup.json"), "--db", temp.Db, "--yes"]).Exit);
    }

    [Fact]
    public void ImportBackup_MalformedFile_RefusesClearlyAndLosesNothing()
    {
        var bad = temp.File("bad.json");
        File.WriteAllText(bad, "{\"format\": \"legcheck-backup\", \"version\": 1, \"tables\": {\"runs\": [");

        var (exit, output) = CliHarness.Run(["import-backup", bad, "--db", temp.Db, "--yes"]);

        Assert.Equal(1, exit);
        Assert.StartsWith($"error: {bad}: not a usable LegCheck backup: the JSON is malformed", output, StringComparison.Ordinal);
        Assert.EndsWith("nothing was changed.", output.Trim(), StringComparison.Ordinal);
        using var db = DiaryDatabase.Open(temp.Db);
        Assert.Equal(1, db.Runs.Count());
        Assert.Single(db.Episodes.All());
    }

    [Fact]
    public void Forget_NotInteractiveWithoutYes_RefusesAndKeepsEverything()
    {
        var (exit, output) = CliHarness.Run(["forget", "--db", temp.Db]);

        Assert.Equal(1, exit);
        Assert.Equal("error: forget deletes 1 runs, 1 episodes, 1 shoes and 1 experiments: run again with --yes to confirm.", output.Trim());
        using var db = DiaryDatabase.Open(temp.Db);
        Assert.Equal(1, db.Runs.Count());
    }

    [Fact]
    public void Forget_WithYes_DeletesEverything()
    {
        Assert.StartsWith("deleted 1 runs, 1 episodes, 1 shoes and 1 experiments", Run("forget", "--yes"), StringComparison.Ordinal);

        using var db = DiaryDatabase.Open(temp.Db);
        var snapshot = db.Snapshot();
        Assert.Empty(snapshot.Runs);
        Assert.Empty(snapshot.Episodes);
        Assert.Empty(snapshot.Shoes);
        Assert.Empty(snapshot.Experiments);
    }

    [Fact]
    public void Forget_InteractiveAnswerNo_KeepsEverything()
    {
        var (exit, output) = CliHarness.Run(["forget", "--db", temp.Db], keys: CliHarness.Type("n"));

        Assert.Equal(1, exit);
        Assert.Contains("nothing was changed.", output, StringComparison.Ordinal);
        using var db = DiaryDatabase.Open(temp.Db);
        Assert.Equal(1, db.Runs.Count());
    }

    private string Run(params string[] args)
    {
        var (exit, output) = CliHarness.Run([.. args, "--db", temp.Db]);
        Assert.True(exit == 0, output);
        return output;
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using LegCheck.Diary.Backup;
using LegCheck.Diary.Storage;
using Microsoft.Extensions.Time.Testing;
using Xunit;
using static LegCheck.Diary.Tests.TestData;

namespace LegCheck.Diary.Tests;

public sealed class BackupTests : IDisposable
{
    private static readonly FakeTimeProvider Clock = Clocks.At(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Export_FullDiary_WritesJsonAndOneCsvPerTable()
    {
        using var db = Filled("a.db");

        var files = BackupExporter.Export(db, temp.File("out"), Clock);

        Assert.Equal(
            ["legcheck-backup.json", "shoes.csv", "runs.csv", "episodes.csv", "experiments.csv", "settings.csv", "known_files.csv"],
            files.Select(Path.GetFileName));
        var json = JsonNode.Parse(File.ReadAllText(temp.File("out/legcheck-backup.json")))!;
        Assert.Equal("legcheck-backup", (string?)json["format"]);
        Assert.Single(json["tables"]!["episodes"]!.AsArray());
        var episodesCsv = File.ReadAllLines(temp.File("out/episodes.csv"));
        Assert.StartsWith("id,occurred_at,run_id,symptoms,locations,", episodesCsv[0], StringComparison.Ordinal);
        Assert.Contains("\"calf_cramp, numbness\"", episodesCsv[1], StringComparison.Ordinal);
        Assert.Contains("\"said \"\"ouch\"\", then walked\"", episodesCsv[1], StringComparison.Ordinal);
        Assert.Equal(3, File.ReadAllLines(temp.File("out/runs.csv")).Length);
    }

    [Fact]
    public void Restore_ExportedBackup_GivesBackTheSameDiary()
    {
        using var source = Filled("source.db");
        BackupExporter.Export(source, temp.File("out"), Clock);
        using var target = DiaryDatabase.Open(temp.File("target.db"));
        target.Runs.Insert(Run("2020-01-01T07:00", 3));

        var counts = BackupRestorer.Restore(target, temp.File("out/legcheck-backup.json"));

        Assert.Equal(2, counts["runs"]);
        Assert.Equal(source.Snapshot(), target.Snapshot(), SnapshotComparer.Instance);
    }

    [Fact]
    public void Restore_BackupFromBeforeSettingsAndKnownFiles_RestoresThemEmpty()
    {
        using var source = Filled("source.db");
        source.Settings.Set(SettingsStore.Units, "mi");
        BackupExporter.Export(source, temp.File("out"), Clock);
        var path = temp.File("out/legcheck-backup.json");
        var json = JsonNode.Parse(File.ReadAllText(path))!;
        json["tables"]!.AsObject().Remove("settings");
        json["tables"]!.AsObject().Remove("known_files");
        File.WriteAllText(path, json.ToJsonString());
        using var target = DiaryDatabase.Open(temp.File("target.db"));
        target.Settings.Set(SettingsStore.Units, "km");

        var counts = BackupRestorer.Restore(target, path);

        Assert.Equal(0, counts["settings"]);
        Assert.Null(target.Settings.Get(SettingsStore.Units));
        Assert.Equal(2, counts["runs"]);
    }

    [Theory]
    [InlineData("truncated", "the JSON is malformed at line")]
    [InlineData("wrong-format", "expected a JSON object with \"format\": \"legcheck-backup\"")]
    [InlineData("bad-date", "tables.runs[0].local_date: expected a date as YYYY-MM-DD, got \"yesterday\"")]
    [InlineData("bad-type", "tables.runs[0].distance_m: expected a finite number")]
    [InlineData("unknown-field", "tables.shoes[0]: unknown field \"colour\"")]
    [InlineData("missing-field", "tables.runs[1].start_utc: required, but missing")]
    [InlineData("dangling-reference", "the backup does not hold together")]
    [InlineData("severity-11", "tables.episodes[0].severity: expected a severity from 0 to 10, got 11")]
    [InlineData("distance-1e400", "tables.runs[0].distance_m: expected a finite number")]
    [InlineData("distance-negative", "tables.runs[0].distance_m: expected metres from 0 to 1,000,000, got -5")]
    [InlineData("year-9999", "tables.runs[0].start_utc: expected a time from 1900 to 2100, got \"9999-06-01T07:00:00.000Z\"")]
    [InlineData("date-9999", "tables.runs[0].local_date: expected a date from 1900 to 2100, got \"9999-06-01\"")]
    [InlineData("offset-100000", "tables.runs[0].utc_offset_min: expected a UTC offset in minutes within ±14 hours, got 100000")]
    [InlineData("time-offset-20h", "tables.episodes[0].occurred_at: expected an ISO-8601 time")]
    [InlineData("unknown-symptom", "tables.episodes[0].symptoms: expected symptom ids from calf_cramp")]
    [InlineData("yes-no-7", "tables.runs[1].electrolytes: expected 0 (no) or 1 (yes), got 7")]
    [InlineData("sport-sentence", "tables.runs[0].sport: expected a sport id such as running or cycling")]
    public void Restore_MalformedBackup_RefusesAndChangesNothing(string damage, string expected)
    {
        using var source = Filled("source.db");
        BackupExporter.Export(source, temp.File("out"), Clock);
        var path = temp.File("out/legcheck-backup.json");
        var text = File.ReadAllText(path);
        File.WriteAllText(path, Damage(text, damage));
        using var target = DiaryDatabase.Open(temp.File("target.db"));
        target.Runs.Insert(Run("2020-01-01T07:00", 3));
        var before = target.Snapshot();

        var error = Assert.Throws<DiaryException>(() => BackupRestorer.Restore(target, path));

        Assert.StartsWith(path + ": ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected.Replace("tables.", string.Empty, StringComparison.Ordinal), error.Message, StringComparison.Ordinal);
        Assert.EndsWith("nothing was changed.", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Equal(before, target.Snapshot(), SnapshotComparer.Instance);
    }

    [Fact]
    public void Restore_MissingFile_NamesIt()
    {
        using var db = DiaryDatabase.Open(temp.File("a.db"));

        var error = Assert.Throws<DiaryException>(() => BackupRestorer.Restore(db, temp.File("nope.json")));

        Assert.Equal(temp.File("nope.json") + ": no such file.", error.Message);
    }

    private static string Damage(string text, string damage)
    {
        if (damage == "truncated")
        {
            return text[..(text.Length / 2)];
        }

        if (damage == "distance-1e400")
        {
            // Beyond double's range, so it can only be written as text.
            var marked = JsonNode.Parse(text)!;
            marked["tables"]!["runs"]![0]!["distance_m"] = 123456.789;
            return marked.ToJsonString().Replace("123456.789", "1e400", StringComparison.Ordinal);
        }

        var json = JsonNode.Parse(text)!;
        var tables = json["tables"]!;
        switch (damage)
        {
            case "wrong-format":
                json["format"] = "something-else";
                break;
            case "bad-date":
                tables["runs"]![0]!["local_date"] = "yesterday";
                break;
            case "bad-type":
                tables["runs"]![0]!["distance_m"] = "ten km";
                break;
            case "unknown-field":
                tables["shoes"]![0]!["colour"] = "red";
                break;
            case "missing-field":
                tables["runs"]![1]!.AsObject().Remove("start_utc");
                break;
            case "dangling-reference":
                tables["episodes"]![0]!["run_id"] = 999;
                break;
            case "severity-11":
                tables["episodes"]![0]!["severity"] = 11;
                break;
            case "distance-negative":
                tables["runs"]![0]!["distance_m"] = -5.0;
                break;
            case "year-9999":
                tables["runs"]![0]!["start_utc"] = "9999-06-01T07:00:00.000Z";
                break;
            case "date-9999":
                tables["runs"]![0]!["local_date"] = "9999-06-01";
                break;
            case "offset-100000":
                tables["runs"]![0]!["utc_offset_min"] = 100000;
                break;
            case "time-offset-20h":
                tables["episodes"]![0]!["occurred_at"] = "2026-11-02T07:50:00.000+20:00";
                break;
            case "unknown-symptom":
                tables["episodes"]![0]!["symptoms"] = "calf_cramp,itch";
                break;
            case "yes-no-7":
                tables["runs"]![1]!["electrolytes"] = 7;
                break;
            case "sport-sentence":
                tables["runs"]![0]!["sport"] = "Running; DROP TABLE runs";
                break;
        }

        return json.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private DiaryDatabase Filled(string name)
    {
        var db = DiaryDatabase.Open(temp.File(name));
        var shoe = db.Shoes.Add("Pegasus, blue", Date("2026-10-01"), isDefault: true);
        var runId = db.Runs.Insert(Run("2026-11-02T07:00", 10.25, minutes: 61.5, offsetHours: 1, shoeId: shoe.Id, temperature: 21.5, lacing: "heel lock"));
        db.Runs.Insert(Run("2026-11-04T07:00", 5, electrolytes: true));
        db.Episodes.Insert(Episode(runId, "2026-11-02T07:50:00+01:00", "calf_cramp,numbness", minutesIntoRun: 50) with
        {
            Severity = 4,
            Notes = "said \"ouch\", then walked",
            Locations = ["left calf"],
        });
        db.Experiments.Add(Date("2026-11-03"), "electrolytes on long runs", "electrolytes");
        return db;
    }
}

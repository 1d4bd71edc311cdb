using LegCheck.Activities.Archives;
using LegCheck.Diary.Import;
using LegCheck.Diary.Storage;
using Microsoft.Extensions.Time.Testing;
using Xunit;
using static LegCheck.Diary.Tests.ArchiveFixtures;

namespace LegCheck.Diary.Tests;

/// <summary>Export archives as runners download them, built with the project's own writers, imported without unpacking to disk.</summary>
public sealed class ArchiveImportTests : IDisposable
{
    private static readonly FakeTimeProvider Clock = Clocks.At(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));

    private readonly TempFolder temp = new();
    private readonly DiaryDatabase db;

    public ArchiveImportTests() => db = DiaryDatabase.Open(temp.File("legcheck.db"));

    public void Dispose()
    {
        db.Dispose();
        temp.Dispose();
    }

    [Fact]
    public void ImportAll_StravaBulkExport_ImportsEveryRunWithNamesAndGearAsShoes()
    {
        var zip = Save(temp.Path, "export_12345.zip", Zip([
            ("activities.csv", StravaCsv(
                (1, "Easy Monday", "Run", "Pegasus 40", "activities/1.fit.gz"),
                (2, "Hills", "Run", "Pegasus 40", "activities/2.gpx.gz"),
                (3, "Tempo", "Run", "Speedgoat", "activities/3.tcx.gz"),
                (4, "Commute", "Ride", "Old bike", "activities/4.gpx.gz"))),
            ("activities/1.fit.gz", Gzip(Fit(Run(0)))),
            ("activities/2.gpx.gz", Gzip(Gpx(Run(1), type: "9"))),
            ("activities/3.tcx.gz", Gzip(Tcx(Run(2, minutes: 40)))),
            ("activities/4.gpx.gz", Gzip(Gpx(Run(3, speed: 7), type: "1"))),
            ("media/photo.jpg", [0xFF, 0xD8, 0xFF]),
            ("profile.csv", "x"u8.ToArray()),
        ]));
        var seen = new List<FileImportResult>();

        var summary = Importer().ImportAll([zip], seen.Add);

        Assert.Equal(3, summary.Imported);
        Assert.Equal(1, summary.NotRuns);
        Assert.Equal(0, summary.Errors);
        var runs = db.Runs.All();
        Assert.Equal(["Easy Monday", "Hills", "Tempo"], runs.Select(r => r.Name));
        var shoes = db.Shoes.All();
        Assert.Equal(["Pegasus 40", "Speedgoat"], shoes.Select(s => s.Name));
        Assert.Equal([shoes[0].Id, shoes[0].Id, shoes[1].Id], runs.Select(r => r.ShoeId!.Value));
        Assert.Equal(new DateOnly(2026, 10, 5), shoes[0].AddedOn);
        Assert.Equal(zip + "/activities/4.gpx.gz", seen.Single(r => r.Status == FileImportStatus.NotARun).Path);
        Assert.Equal(["1.fit.gz", "2.gpx.gz", "3.tcx.gz"], runs.Select(r => r.FileName));
    }

    [Fact]
    public void ImportAll_UnzippedStravaExport_ReadsTheGzippedFilesAndTheList()
    {
        Save(temp.Path, "export/activities.csv", StravaCsv((1, "Long run", "Run", "Pegasus 40", "activities/1.fit.gz")));
        Save(temp.Path, "export/activities/1.fit.gz", Gzip(Fit(Run(0, minutes: 90))));

        var summary = Importer().ImportAll([temp.File("export")]);

        Assert.Equal(1, summary.Imported);
        Assert.Equal("Long run", Assert.Single(db.Runs.All()).Name);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ImportAll_GarminConnectExport_ReadsTheZipsInsideTheZip(bool storedInner)
    {
        var inner = Zip([("someone@example.com_101.fit", Fit(Run(0))), ("someone@example.com_102.fit", Fit(Run(1)))]);
        var zip = Save(temp.Path, "garmin.zip", Zip([
            ("DI_CONNECT/DI-Connect-Fitness/someone_summarizedActivities.json", "[]"u8.ToArray()),
            ("DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip", inner),
        ], stored: storedInner));

        var summary = Importer().ImportAll([zip]);

        Assert.Equal(2, summary.Imported);
        Assert.Equal(0, summary.Errors);
    }

    [Fact]
    public void ImportAll_SingleActivityZipAndLoneGzip_ImportBoth()
    {
        var single = Save(temp.Path, "activity_101.zip", Zip([("101_ACTIVITY.fit", Fit(Run(0)))]));
        var gz = Save(temp.Path, "run.fit.gz", Gzip(Fit(Run(1))));

        var summary = Importer().ImportAll([single, gz]);

        Assert.Equal(2, summary.Imported);
    }

    [Fact]
    public void ImportAll_EntryUnpackingPastTheFileLimit_IsRefusedWithAClearErrorAndTheRestImports()
    {
        var zip = Save(temp.Path, "bomb.zip", Zip([("a.gpx", new byte[3 * 1024 * 1024]), ("b.fit", Fit(Run(0)))]));
        var seen = new List<FileImportResult>();

        var summary = Importer(ImportOptions.Default with { Limits = ArchiveLimits.Default with { MaxFileBytes = 1024 * 1024 } }).ImportAll([zip], seen.Add);

        Assert.Equal(1, summary.Imported);
        Assert.Equal(zip + "/a.gpx: unpacks to more than 1 MB; refused as a possible zip bomb", seen.Single(r => r.Status == FileImportStatus.Error).Message);
    }

    [Fact]
    public void ImportAll_EntryWithABombsCompressionRatio_IsRefused()
    {
        var zip = Save(temp.Path, "ratio.zip", Zip([("zeros.tcx", new byte[12 * 1024 * 1024])], level: System.IO.Compression.CompressionLevel.SmallestSize));
        var seen = new List<FileImportResult>();

        Importer().ImportAll([zip], seen.Add);

        Assert.Equal(zip + "/zeros.tcx: unpacks to more than 200 times its packed size; refused as a possible zip bomb", Assert.Single(seen).Message);
    }

    [Fact]
    public void ImportAll_ArchivePastItsTotalLimit_StopsThereAndSaysSo()
    {
        var zip = Save(temp.Path, "big.zip", Zip(Enumerable.Range(0, 6).Select(i => ($"{i}.fit", Fit(Run(i))))));
        var small = Fit(Run(0)).Length;
        var seen = new List<FileImportResult>();

        Importer(ImportOptions.Default with { Limits = ArchiveLimits.Default with { MaxTotalBytes = (small * 2) + 10 } }).ImportAll([zip], seen.Add);

        Assert.Equal(2, db.Runs.Count());
        Assert.Contains(seen, r => r.Message == zip + "/2.fit: unpacks to more than 0 MB in all; stopped there as a possible zip bomb");
        Assert.Equal(zip + ": unpacks to more than 0 MB in all; the rest of it was not read, as a possible zip bomb", seen[^1].Message);
        Assert.Equal(4, seen.Count);
    }

    [Fact]
    public void ImportAll_ZipsNestedTooDeep_AreRefused()
    {
        var nested = Zip([("run.fit", Fit(Run(0)))]);
        for (var i = 0; i < 5; i++)
        {
            nested = Zip([($"level{i}.zip", nested)]);
        }

        var zip = Save(temp.Path, "deep.zip", nested);
        var seen = new List<FileImportResult>();

        Importer().ImportAll([zip], seen.Add);

        var error = Assert.Single(seen);
        Assert.Equal(FileImportStatus.Error, error.Status);
        Assert.EndsWith(": zips nested more than 4 deep; not read, as a possible zip bomb", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportAll_DamagedZipAndDamagedGzip_AreNamedErrors()
    {
        var zip = Save(temp.Path, "broken.zip", [.. Zip([("a.fit", Fit(Run(0)))])[..40]]);
        var gz = Save(temp.Path, "broken.fit.gz", [.. Gzip(Fit(Run(1)))[..60]]);
        var seen = new List<FileImportResult>();

        Importer().ImportAll([zip, gz], seen.Add);

        Assert.Equal(zip + ": not a readable zip archive (damaged, or not a zip)", seen[0].Message);
        Assert.StartsWith(gz + ": ", seen[1].Message, StringComparison.Ordinal);
        Assert.All(seen, r => Assert.Equal(FileImportStatus.Error, r.Status));
    }

    [Fact]
    public void ImportAll_SameRunAsFitAndGpx_IsOneRunAndKeepsTheFit()
    {
        var gpx = Save(temp.Path, "a/run.gpx", Gpx(Run(0)));
        var fit = Save(temp.Path, "b/run.fit", Fit(Run(0)));
        var seen = new List<FileImportResult>();

        var summary = Importer().ImportAll([gpx, fit], seen.Add);

        var run = Assert.Single(db.Runs.All());
        Assert.Equal("run.fit", run.FileName);
        Assert.Equal(1, summary.Imported);
        Assert.Equal(1, summary.Duplicates);
        var duplicate = seen[1];
        Assert.Equal(FileImportStatus.Duplicate, duplicate.Status);
        Assert.Equal($"{fit}: the same run as run {run.Id} from run.gpx; kept this copy (run.fit), which has more detail", duplicate.Message);
    }

    [Fact]
    public void ImportAll_GpxAfterTheFit_IsADuplicateThatKeepsTheFit()
    {
        var fit = Save(temp.Path, "run.fit", Fit(Run(0)));
        var gpx = Save(temp.Path, "run.gpx", Gpx(Run(0)));
        var seen = new List<FileImportResult>();

        Importer().ImportAll([fit, gpx], seen.Add);

        var run = Assert.Single(db.Runs.All());
        Assert.Equal($"{gpx}: the same run as run {run.Id}; kept run.fit", seen[1].Message);
    }

    [Fact]
    public void ImportAll_RunsMoreThanAMinuteOrTwoPercentApart_AreTwoRuns()
    {
        var first = Run(0);
        var later = TrackGenerator(first.Start.AddSeconds(90), 30);
        var longer = TrackGenerator(first.Start, 31);

        Importer().ImportAll([Save(temp.Path, "a.fit", Fit(first)), Save(temp.Path, "b.gpx", Gpx(later)), Save(temp.Path, "c.tcx", Tcx(longer))]);

        Assert.Equal(3, db.Runs.Count());
    }

    [Fact]
    public void ImportAll_FilesReadOnceOrStreamedFromDisk_StoreTheSameRuns()
    {
        // A read-ahead of 64 KiB leaves no room to hold a file whole, so each is hashed and then parsed from disk.
        string[] files = [Save(temp.Path, "a.fit", Fit(Run(0))), Save(temp.Path, "b.gpx", Gpx(Run(1))), Save(temp.Path, "c.tcx", Tcx(Run(2)))];
        using var streamed = DiaryDatabase.Open(temp.File("streamed.db"));

        var readOnce = Importer().ImportAll(files);
        var fromDisk = new ActivityImporter(streamed, Clock, ImportOptions.Default with { ReadAheadBytes = 64 * 1024 }).ImportAll(files);

        Assert.Equal(3, readOnce.Imported);
        Assert.Equal(readOnce, fromDisk);
        Assert.Equal(db.Runs.All().Select(r => r.Activity), streamed.Runs.All().Select(r => r.Activity));
        Assert.Equal(db.KnownFiles.AllHashes().Order(StringComparer.Ordinal), streamed.KnownFiles.AllHashes().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ImportAll_ManyLargeFiles_KeepsTheBytesReadAheadWithinTheBudget()
    {
        var files = Enumerable.Range(0, 12).Select(i => Save(temp.Path, $"{i:D2}.gpx", new byte[1024 * 1024])).ToList();
        long inFlight = 0, peak = 0;
        var importer = new ActivityImporter(db, Clock, (bytes, _) =>
        {
            var now = Interlocked.Add(ref inFlight, bytes.Length);
            InterlockedMax(ref peak, now);
            Thread.SpinWait(200_000);
            Interlocked.Add(ref inFlight, -bytes.Length);
            return new LegCheck.Activities.ReadOutcome(LegCheck.Activities.ReadStatus.NotAnActivity, [], null, []);
        }, ImportOptions.Default with { ReadAheadBytes = 3 * 1024 * 1024 });

        importer.ImportAll(files);

        Assert.InRange(peak, 1024 * 1024, 3 * 1024 * 1024);
    }

    private static LegCheck.Activities.Writing.ActivityTrack TrackGenerator(DateTimeOffset start, double minutes) =>
        LegCheck.Activities.Writing.TrackGenerator.Track(new LegCheck.Activities.Writing.SyntheticActivity { Start = start, Duration = TimeSpan.FromMinutes(minutes), IntervalSeconds = 10 });

    private static void InterlockedMax(ref long target, long value)
    {
        long seen;
        while (value > (seen = Interlocked.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }

    private ActivityImporter Importer(ImportOptions? options = null) => new(db, Clock, options);
}

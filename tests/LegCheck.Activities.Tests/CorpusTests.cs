using LegCheck.Activities.Fit;

namespace LegCheck.Activities.Tests;

/// <summary>
/// Every file of the vendored corpus (tests/fixtures/fit-samples) with the outcome its EXPECTED.tsv gives.
/// </summary>
public class CorpusTests
{
    public static TheoryData<string, ReadStatus, FitErrorKind?> Expected
    {
        get
        {
            var data = new TheoryData<string, ReadStatus, FitErrorKind?>();
            foreach (var (file, status, kind) in Corpus.Expectations())
            {
                data.Add(file, status, kind);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Expected))]
    public void Read_CorpusFile_GivesTheExpectedOutcome(string name, ReadStatus status, FitErrorKind? kind)
    {
        ReadOutcome outcome = ActivityReader.Read(Corpus.PathOf(name));

        Assert.True(status == outcome.Status, $"{name}: expected {status}, got {outcome.Status} ({outcome.Message})");
        switch (status)
        {
            case ReadStatus.Ok:
                Assert.Contains(outcome.Activities, a => a.IsRun);
                Assert.Equal(outcome.Activities.Any(a => a.PartlyRecovered), outcome.Message is not null);
                break;
            case ReadStatus.NotARun:
                Assert.NotEmpty(outcome.Activities);
                Assert.DoesNotContain(outcome.Activities, a => a.IsRun);
                Assert.StartsWith($"{name}: not a run", outcome.Message, StringComparison.Ordinal);
                break;
            case ReadStatus.NotAnActivity:
                Assert.Empty(outcome.Activities);
                Assert.StartsWith($"{name}: not an activity", outcome.Message, StringComparison.Ordinal);
                break;
            case ReadStatus.Error:
                Assert.Empty(outcome.Activities);
                Assert.StartsWith($"{name}: ", outcome.Message, StringComparison.Ordinal);
                Assert.DoesNotContain('\n', outcome.Message!);
                FitException ex = Assert.Throws<FitException>(() => FitDecoder.Decode(Corpus.Bytes(name)));
                Assert.Equal(kind, ex.Kind);
                Assert.Equal($"{name}: {ex.Message}", outcome.Message);
                break;
        }
    }

    [Fact]
    public void Corpus_EveryFileHasAnExpectation()
    {
        var covered = Expected.Select(row => (string)row[0]).ToHashSet(StringComparer.Ordinal);
        string[] fitFiles = [.. Directory.GetFiles(Corpus.Directory)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(n => n.EndsWith(".fit", StringComparison.OrdinalIgnoreCase))];

        Assert.True(fitFiles.Length >= 40, $"only {fitFiles.Length} FIT files in {Corpus.Directory}");
        Assert.DoesNotContain(fitFiles, n => !covered.Contains(n));
    }

    [Theory]
    [InlineData("activity-filecrc.fit", "activity-filecrc.fit: FIT file CRC mismatch (expected 0xA1D5, found 0xB1D5)")]
    [InlineData("activity-activity-filecrc.fit", "activity-activity-filecrc.fit: FIT file CRC mismatch (expected 0xA1D5, found 0xB1D5) in chained file 2")]
    [InlineData("activity-unexpected-eof.fit", "activity-unexpected-eof.fit: unexpected end of file at byte 768 (inside the message at byte 751)")]
    [InlineData("activity-settings-corruptheader.fit", "activity-settings-corruptheader.fit: corrupt header at byte 771 (no .FIT signature) in chained file 2")]
    [InlineData("activity-settings-nodata.fit", "activity-settings-nodata.fit: unexpected end of file at byte 786 (inside the message at byte 783) in chained file 2")]
    public void Read_BrokenCorpusFile_NamesTheFileAndTheProblem(string name, string message)
    {
        Assert.Equal(message, ActivityReader.Read(Corpus.PathOf(name)).Message);
    }

    [Fact]
    public void Strava_DataThatDoesNotMatchItsHeader_RecoversTheRunBeforeTheDamageAndNamesIt()
    {
        ReadOutcome outcome = ActivityReader.Read(Corpus.PathOf("strava-android-app-201.10-b1218918.fit"));

        Assert.Equal(ReadStatus.Ok, outcome.Status);
        Activity run = Assert.Single(outcome.Activities);
        Assert.True(run.IsRun);
        Assert.True(run.PartlyRecovered);
        Assert.Equal(11.27, run.DistanceMeters!.Value / 1000, 2);
        Assert.StartsWith("strava-android-app-201.10-b1218918.fit: partly recovered: ", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("corrupt data at byte 7471", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("19 bytes shorter than its header declares", outcome.Message, StringComparison.Ordinal);
        Assert.Throws<FitException>(() => FitDecoder.Decode(Corpus.Bytes("strava-android-app-201.10-b1218918.fit")));
    }

    [Fact]
    public void Activity_SixMetreRun_IsNotARunAndSaysWhy()
    {
        ReadOutcome outcome = ActivityReader.Read(Corpus.PathOf("Activity.fit"));

        Assert.Equal(ReadStatus.NotARun, outcome.Status);
        Assert.Equal("Activity.fit: not a run: 6 m is too short to be a run", outcome.Message);
    }

    [Fact]
    public void Nick_WithoutTrailingCrc_IsReadableWhenCrcCheckingIsRelaxed()
    {
        ReadOutcome strict = ActivityReader.Read(Corpus.PathOf("nick.fit"));
        ReadOutcome relaxed = ActivityReader.Read(Corpus.PathOf("nick.fit"), FitOptions.Default with { CheckCrc = false });

        Assert.Equal(ReadStatus.Error, strict.Status);
        Assert.Equal(ReadStatus.NotARun, relaxed.Status);
        Activity ride = Assert.Single(relaxed.Activities);
        Assert.Equal(ActivitySport.Cycling, ride.Sport);
        Assert.True(ride.DistanceMeters > 1000);
        Assert.Contains(relaxed.Warnings, w => w.Contains("cut off by the end of the file", StringComparison.Ordinal));
        FitFile file = FitDecoder.Decode(Corpus.Bytes("nick.fit"), new FitOptions { CheckCrc = false });
        Assert.Equal(14412, file.MessageCount);
    }

    [Theory]
    [InlineData("sample_mulitple_header.fit", 3023, 4)]
    [InlineData("coros-pace-2-cycling-misaligned-fields.fit", 11293, 1)]
    [InlineData("event_timestamp.fit", 6202, 5)]
    [InlineData("activity-settings.fit", 25, 2)]
    public void Decode_CountsDataMessagesLikePythonFitparse(string name, int messages, int files)
    {
        FitFile file = FitDecoder.Decode(Corpus.Bytes(name));

        Assert.Equal(messages, file.MessageCount);
        Assert.Equal(messages, file.Messages.Count);
        Assert.Equal(files, file.Headers.Count);
    }

    [Fact]
    public void Coros_MisalignedFields_FallBackToRawBytes()
    {
        FitFile file = FitDecoder.Decode(Corpus.Bytes("coros-pace-2-cycling-misaligned-fields.fit"));

        Assert.Contains(file.Warnings, w => w.Contains("read as raw bytes", StringComparison.Ordinal));
        FitMessage misaligned = file.Messages.First(m => m.Definition.Fields.Any(f => f.IsMisaligned));
        FitFieldDefinition field = misaligned.Definition.Fields.First(f => f.IsMisaligned);
        Assert.Equal(FitBaseType.Byte, field.BaseType);
        Assert.Null(misaligned.GetInteger(field.Number));
        Assert.True(misaligned.GetValue(field.Number) is null or byte[]);
    }

    [Fact]
    public void Elemnt_SessionAverageSpeed_Is586()
    {
        FitFile file = FitDecoder.Decode(Corpus.Bytes("2019-02-17-062644-ELEMNT-297E-195-0.fit"));

        FitMessage session = Fixtures.Single(file, FitMessages.Session);
        Assert.Equal(5.86, session.GetDouble(SessionFields.AvgSpeed, 1000)!.Value, 3);
        Activity ride = Assert.Single(ActivityReader.Read(Corpus.PathOf("2019-02-17-062644-ELEMNT-297E-195-0.fit")).Activities);
        Assert.Equal("wahoo ELEMNT", ride.Device);
    }

    [Fact]
    public void FenixRun_Summary_IsReadFromTheSession()
    {
        ReadOutcome outcome = ActivityReader.Read(Corpus.PathOf("garmin-fenix-5-run.fit"));

        Activity run = Assert.Single(outcome.Activities);
        Assert.Equal(ActivitySport.Running, run.Sport);
        Assert.Equal("garmin fenix5", run.Device);
        Assert.Equal(new DateTimeOffset(2017, 6, 11, 14, 34, 9, TimeSpan.Zero), run.StartUtc);
        Assert.Equal(TimeSpan.FromHours(-7), run.UtcOffset);
        Assert.Equal(157.6, run.DistanceMeters!.Value, 1);
        Assert.Equal(90, run.AverageHeartRate);
        Assert.Equal(112, run.MaxHeartRate);
        Assert.Equal(167.3, run.AverageCadenceSpm!.Value, 1); // 83 + 83/128 strides/min, doubled
        Assert.StartsWith("fit:3945849289:", run.Key, StringComparison.Ordinal);
    }

    [Fact]
    public void MultisportFile_GivesOneActivityPerSession_AndItsRunningLegsCount()
    {
        ReadOutcome outcome = ActivityReader.Read(Corpus.PathOf("sample_mulitple_header.fit"));

        Assert.Equal([ActivitySport.Swimming, ActivitySport.Transition, ActivitySport.Cycling, ActivitySport.Transition, ActivitySport.Running], outcome.Activities.Select(a => a.Sport));
        Assert.Equal(outcome.Activities.Count, outcome.Activities.Select(a => a.Key).Distinct(StringComparer.Ordinal).Count());
        Activity run = outcome.Activities[^1];
        Assert.Equal(9805.9, run.DistanceMeters!.Value, 1);
    }

    [Fact]
    public void RelativeTimeDevice_StartIsPlacedOnTheDeviceClock()
    {
        ReadOutcome outcome = ActivityReader.Read(Corpus.PathOf("compressed-speed-distance.fit"));

        Activity run = Assert.Single(outcome.Activities);
        Assert.True(run.StartUtc.Year >= 2010, $"start {run.StartUtc}");
        Assert.Contains(outcome.Warnings, w => w.Contains("relative times", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryCorpusFile_ReadsWithoutThrowing_StrictAndRelaxed()
    {
        foreach (string path in Directory.GetFiles(Corpus.Directory))
        {
            Assert.NotNull(ActivityReader.Read(path));
            Assert.NotNull(ActivityReader.Read(path, new FitOptions { CheckCrc = false }));
        }
    }
}

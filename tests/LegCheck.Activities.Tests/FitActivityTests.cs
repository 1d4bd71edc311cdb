using LegCheck.Activities.Fit;
using LegCheck.Activities.Writing;

namespace LegCheck.Activities.Tests;

/// <summary>From FIT messages to <see cref="Activity"/>: sport, cadence, offsets, keys and statuses.</summary>
public class FitActivityTests
{
    [Fact]
    public void Read_GeneratedRun_GivesTheRunsSummary()
    {
        ReadOutcome outcome = ActivityReader.Read(Fixtures.RunFit(), "run.fit");

        Assert.Equal(ReadStatus.Ok, outcome.Status);
        Assert.Empty(outcome.Warnings);
        Activity run = Assert.Single(outcome.Activities);
        Assert.True(run.IsRun);
        Assert.Equal(Fixtures.Start, run.StartUtc);
        Assert.Equal(TimeSpan.FromHours(2), run.UtcOffset);
        Assert.Equal(1800, run.DistanceMeters!.Value, 2);
        Assert.Equal(TimeSpan.FromMinutes(10), run.MovingTime);
        Assert.Equal(TimeSpan.FromMinutes(10), run.ElapsedTime);
        Assert.Equal(150, run.AverageHeartRate);
        Assert.Equal(170, run.AverageCadenceSpm); // 85 strides per minute in the file
        Assert.Equal(18, run.AverageTemperatureC);
        Assert.Equal("development 1", run.Device);
        Assert.Equal($"fit:20261122:{Fixtures.Start.ToUnixTimeSeconds()}", run.Key);
        Assert.Equal(333.3, run.PaceSecondsPerKm!.Value, 1);
    }

    [Fact]
    public void Read_SameFileTwice_GivesTheSameKey()
    {
        byte[] data = Fixtures.RunFit();

        Assert.Equal(ActivityReader.Read(data, "a.fit").Activities[0].Key, ActivityReader.Read([.. data], "b.fit").Activities[0].Key);
    }

    [Fact]
    public void Read_NoSerialNumber_KeyUsesManufacturerAndProduct()
    {
        byte[] data = FitActivityWriter.Write(Fixtures.Run() with { SerialNumber = null, Manufacturer = 294, Product = 802 });

        Activity run = ActivityReader.Read(data, "coros.fit").Activities[0];

        Assert.Equal($"fit:294-802:{Fixtures.Start.ToUnixTimeSeconds()}", run.Key);
        Assert.Equal("coros 802", run.Device);
    }

    [Theory]
    [InlineData("cycling", ReadStatus.NotARun)]
    [InlineData("walking", ReadStatus.NotARun)]
    [InlineData("swimming", ReadStatus.NotARun)]
    [InlineData("running", ReadStatus.Ok)]
    public void Read_Sport_DecidesWhetherItIsARun(string sport, ReadStatus status)
    {
        ReadOutcome outcome = ActivityReader.Read(FitActivityWriter.Write(Fixtures.Run(sport: sport)), "x.fit");

        Assert.Equal(status, outcome.Status);
        Assert.Equal(sport, SportIds.Id(Assert.Single(outcome.Activities).Sport));
    }

    [Theory]
    [InlineData("running", 170.0)]
    [InlineData("walking", 170.0)]
    [InlineData("hiking", 170.0)]
    [InlineData("cycling", null)]
    public void Read_Cadence_IsDoubledToStepsForFootSportsOnly(string sport, double? spm)
    {
        Activity a = ActivityReader.Read(FitActivityWriter.Write(Fixtures.Run(sport: sport)), "x.fit").Activities[0];

        Assert.Equal(spm, a.AverageCadenceSpm);
    }

    [Fact]
    public void Read_FractionalCadence_IsAdded()
    {
        var track = Fixtures.Run() with { Points = [.. Fixtures.Run().Points.Select(p => p with { Cadence = 82.5 })] };

        Assert.Equal(165, ActivityReader.Read(FitActivityWriter.Write(track), "x.fit").Activities[0].AverageCadenceSpm);
    }

    [Theory]
    [InlineData(FitFileTypes.Settings, "settings")]
    [InlineData(FitFileTypes.Workout, "workout")]
    [InlineData(FitFileTypes.Weight, "weight")]
    [InlineData(FitFileTypes.MonitoringA, "monitoring")]
    [InlineData(FitFileTypes.MonitoringB, "monitoring")]
    [InlineData(FitFileTypes.Course, "course")]
    public void Read_OtherFileTypes_AreNotAnActivity(byte type, string name)
    {
        byte[] data = Fixtures.FileWithFileId(fileType: type).ToArray();

        ReadOutcome outcome = ActivityReader.Read(data, "x.fit");

        Assert.Equal(ReadStatus.NotAnActivity, outcome.Status);
        Assert.Equal($"x.fit: not an activity ({name} file)", outcome.Message);
    }

    [Fact]
    public void Read_ActivityWithoutSession_IsSummarisedFromRecords()
    {
        byte[] data = FitActivityWriter.Write(Fixtures.Run(), new FitActivityOptions { WriteSession = false });

        ReadOutcome outcome = ActivityReader.Read(data, "nosession.fit");

        Activity run = Assert.Single(outcome.Activities);
        Assert.Equal(ReadStatus.Ok, outcome.Status);
        Assert.Contains(outcome.Warnings, w => w.Contains("no session message", StringComparison.Ordinal));
        Assert.Equal(1800, run.DistanceMeters!.Value, 1);
        Assert.Equal(170, run.AverageCadenceSpm!.Value, 6);
    }

    [Fact]
    public void Read_SessionWithoutTemperature_TakesItFromRecords()
    {
        FitWriter w = Fixtures.FileWithFileId();
        w.WriteDefinition(1, FitMessages.Record, [new(RecordFields.Timestamp, FitBaseType.UInt32), new(RecordFields.Temperature, FitBaseType.SInt8)]);
        uint t0 = Fixtures.FitSeconds(Fixtures.Start);
        w.WriteData(1, t0, 26);
        w.WriteData(1, t0 + 1, 28);
        w.WriteDefinition(2, FitMessages.Session, [new(SessionFields.StartTime, FitBaseType.UInt32), new(SessionFields.Sport, FitBaseType.Enum)]);
        w.WriteData(2, t0, 1);

        Activity run = ActivityReader.Read(w.ToArray(), "hot.fit").Activities[0];

        Assert.Equal(27, run.AverageTemperatureC);
        Assert.Equal(Fixtures.Start, run.StartUtc);
    }

    [Fact]
    public void Read_MultisportWithARunningSession_IsOkWithOneActivityPerSession()
    {
        FitWriter w = Fixtures.FileWithFileId();
        w.WriteDefinition(1, FitMessages.Session, [new(SessionFields.StartTime, FitBaseType.UInt32), new(SessionFields.Sport, FitBaseType.Enum), new(SessionFields.TotalDistance, FitBaseType.UInt32)]);
        uint t0 = Fixtures.FitSeconds(Fixtures.Start);
        w.WriteData(1, t0, 2, 2_000_000);
        w.WriteData(1, t0 + 3600, 1, 500_000);

        ReadOutcome outcome = ActivityReader.Read(w.ToArray(), "brick.fit");

        Assert.Equal(ReadStatus.Ok, outcome.Status);
        Assert.Equal([ActivitySport.Cycling, ActivitySport.Running], outcome.Activities.Select(a => a.Sport));
        Assert.Equal(5000, outcome.Activities[1].DistanceMeters);
    }

    [Fact]
    public void Read_InvalidSessionValues_AreMissing()
    {
        FitWriter w = Fixtures.FileWithFileId();
        w.WriteDefinition(1, FitMessages.Session,
        [
            new(SessionFields.StartTime, FitBaseType.UInt32), new(SessionFields.Sport, FitBaseType.Enum),
            new(SessionFields.TotalDistance, FitBaseType.UInt32), new(SessionFields.AvgHeartRate, FitBaseType.UInt8),
            new(SessionFields.AvgCadence, FitBaseType.UInt8), new(SessionFields.AvgTemperature, FitBaseType.SInt8),
            new(SessionFields.TotalAscent, FitBaseType.UInt16),
        ]);
        w.WriteData(1, Fixtures.FitSeconds(Fixtures.Start), 1, null, null, null, null, null);

        Activity run = ActivityReader.Read(w.ToArray(), "x.fit").Activities[0];

        Assert.Null(run.DistanceMeters);
        Assert.Null(run.AverageHeartRate);
        Assert.Null(run.AverageCadenceSpm);
        Assert.Null(run.AverageTemperatureC);
        Assert.Null(run.ElevationGainMeters);
        Assert.Null(run.PaceSecondsPerKm);
    }

    [Fact]
    public void FitNames_KnowCommonSportsAndMakers()
    {
        Assert.Equal(ActivitySport.Running, FitNames.Sport(1));
        Assert.Equal(ActivitySport.Multisport, FitNames.Sport(18));
        Assert.Equal(ActivitySport.Other, FitNames.Sport(null));
        Assert.Equal("wahoo", FitNames.Manufacturer(32));
        Assert.Equal("strava", FitNames.Manufacturer(265));
        Assert.Equal("manufacturer 9999", FitNames.Manufacturer(9999));
        Assert.Equal("garmin fenix5", FitNames.Device(1, 2697, null));
        Assert.Equal((byte)17, FitNames.SportNumber("hiking"));
    }
}

using System.Text;
using LegCheck.Activities.Writing;

namespace LegCheck.Activities.Tests;

public class GpxReaderTests
{
    [Fact]
    public void Read_GeneratedGpx_GivesTheRunWithGarminExtensions()
    {
        byte[] data = GpxWriter.Write(Fixtures.Run());

        ReadOutcome outcome = ActivityReader.Read(data, "run.gpx");

        Assert.Equal(ReadStatus.Ok, outcome.Status);
        Assert.Empty(outcome.Warnings);
        Activity run = Assert.Single(outcome.Activities);
        Assert.Equal(ActivitySport.Running, run.Sport);
        Assert.Equal(Fixtures.Start, run.StartUtc);
        Assert.Null(run.UtcOffset);
        Assert.Equal(1800, run.DistanceMeters!.Value, 0);
        Assert.Equal(TimeSpan.FromMinutes(10), run.MovingTime);
        Assert.Equal(150, run.AverageHeartRate);
        Assert.Equal(170, run.AverageCadenceSpm);
        Assert.Equal(18, run.AverageTemperatureC);
        Assert.Equal("LegCheck writer", run.Device);
        Assert.Equal($"gpx:running:{Fixtures.Start.ToUnixTimeSeconds()}:1800", run.Key);
    }

    [Fact]
    public void Read_GpxWithoutType_AssumesARunAndSaysSo()
    {
        ReadOutcome outcome = ActivityReader.Read(GpxWriter.Write(Fixtures.Run(), new GpxWriteOptions { WriteType = false }), "run.gpx");

        Assert.Equal(ReadStatus.Ok, outcome.Status);
        Assert.Contains("the track has no <type>; assumed to be a run", outcome.Warnings);
    }

    [Theory]
    [InlineData("cycling", "cycling", ReadStatus.NotARun)]
    [InlineData("Run", "running", ReadStatus.Ok)]
    [InlineData("trail_running", "running", ReadStatus.Ok)]
    [InlineData("hiking", "hiking", ReadStatus.NotARun)]
    [InlineData("9", "running", ReadStatus.Ok)]
    [InlineData("1", "cycling", ReadStatus.NotARun)]
    [InlineData("42", "other", ReadStatus.NotARun)]
    public void Read_GpxType_GivesTheSport(string type, string sport, ReadStatus status)
    {
        ReadOutcome outcome = ActivityReader.Read(GpxWriter.Write(Fixtures.Run(sport: type)), "x.gpx");

        Assert.Equal(status, outcome.Status);
        Assert.Equal(sport, SportIds.Id(outcome.Activities[0].Sport));
    }

    [Fact]
    public void Read_GpxElevationGain_UsesTheSmoothingThreshold()
    {
        var climbing = new SyntheticActivity { Start = Fixtures.Start, Duration = TimeSpan.FromMinutes(10), ClimbPerKm = 20 };

        Activity run = ActivityReader.Read(GpxWriter.Write(TrackGenerator.Track(climbing)), "hill.gpx").Activities[0];

        Assert.Equal(36, run.ElevationGainMeters!.Value, 0);
    }

    [Fact]
    public void Read_GpxWithAStop_LeavesItOutOfMovingTime()
    {
        var paused = new SyntheticActivity { Start = Fixtures.Start, Duration = TimeSpan.FromMinutes(10), PauseAt = TimeSpan.FromMinutes(5), PauseLength = TimeSpan.FromMinutes(2) };

        Activity run = ActivityReader.Read(GpxWriter.Write(TrackGenerator.Track(paused)), "stop.gpx").Activities[0];

        Assert.Equal(TimeSpan.FromMinutes(8), run.MovingTime);
        Assert.Equal(TimeSpan.FromMinutes(10), run.ElapsedTime);
    }

    [Fact]
    public void Read_GpxSegments_GapIsNotMovingTime()
    {
        ActivityTrack track = Fixtures.Run();
        var shifted = track with { Points = [.. track.Points.Select((p, i) => i >= 300 ? p with { Time = p.Time.AddMinutes(5), Latitude = p.Latitude + 0.01 } : p)] };

        Activity run = ActivityReader.Read(GpxWriter.Write(shifted, new GpxWriteOptions { SegmentStarts = [300] }), "seg.gpx").Activities[0];

        Assert.Equal(TimeSpan.FromSeconds(599), run.MovingTime);
        Assert.Equal(1797, run.DistanceMeters!.Value, 0);
    }

    [Fact]
    public void Read_HandWrittenGpx_WithV2ExtensionAndNoNamespacePrefixes()
    {
        const string gpx = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gpx version="1.1" creator="Garmin Connect" xmlns="http://www.topografix.com/GPX/1/1"
                 xmlns:ns3="http://www.garmin.com/xmlschemas/TrackPointExtension/v2">
              <trk><name>Morning Run</name><type>running</type><trkseg>
                <trkpt lat="45.0" lon="7.0"><ele>200.0</ele><time>2026-05-03T07:30:00.000Z</time>
                  <extensions><ns3:TrackPointExtension><ns3:atemp>26.0</ns3:atemp><ns3:hr>140</ns3:hr><ns3:cad>80</ns3:cad></ns3:TrackPointExtension></extensions></trkpt>
                <trkpt lat="45.001" lon="7.0"><ele>201.0</ele><time>2026-05-03T07:30:40Z</time>
                  <extensions><ns3:TrackPointExtension><ns3:atemp>28.0</ns3:atemp><ns3:hr>150</ns3:hr><ns3:cad>90</ns3:cad></ns3:TrackPointExtension></extensions></trkpt>
              </trkseg></trk>
            </gpx>
            """;

        Activity run = ActivityReader.Read(Encoding.UTF8.GetBytes(gpx), "garmin.gpx").Activities[0];

        Assert.Equal(111.2, run.DistanceMeters!.Value, 1);
        Assert.Equal(TimeSpan.FromSeconds(40), run.MovingTime);
        Assert.Equal(145, run.AverageHeartRate);
        Assert.Equal(170, run.AverageCadenceSpm);
        Assert.Equal(27, run.AverageTemperatureC);
        Assert.Equal("Garmin Connect", run.Device);
    }

    [Fact]
    public void Read_GpxWithOnlyARoute_IsNotAnActivity()
    {
        const string gpx = """<gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><rte><rtept lat="1" lon="2"/></rte></gpx>""";

        ReadOutcome outcome = ActivityReader.Read(Encoding.UTF8.GetBytes(gpx), "route.gpx");

        Assert.Equal(ReadStatus.NotAnActivity, outcome.Status);
    }

    [Fact]
    public void Read_GpxWithDoctype_IsRejectedWithoutProcessingIt()
    {
        const string gpx = """<?xml version="1.0"?><!DOCTYPE gpx [<!ENTITY x "boom">]><gpx version="1.1"><trk><type>&x;</type></trk></gpx>""";

        ReadOutcome outcome = ActivityReader.Read(Encoding.UTF8.GetBytes(gpx), "dtd.gpx");

        Assert.Equal(ReadStatus.Error, outcome.Status);
        Assert.StartsWith("dtd.gpx: not valid XML", outcome.Message, StringComparison.Ordinal);
    }
}

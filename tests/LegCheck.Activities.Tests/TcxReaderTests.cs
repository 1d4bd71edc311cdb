using System.Text;
using LegCheck.Activities.Writing;

namespace LegCheck.Activities.Tests;

public class TcxReaderTests
{
    [Fact]
    public void Read_GeneratedTcx_GivesTheRunWithRunCadence()
    {
        ReadOutcome outcome = ActivityReader.Read(TcxWriter.Write(Fixtures.Run()), "run.tcx");

        Assert.Equal(ReadStatus.Ok, outcome.Status);
        Activity run = Assert.Single(outcome.Activities);
        Assert.Equal(ActivitySport.Running, run.Sport);
        Assert.Equal(Fixtures.Start, run.StartUtc);
        Assert.Equal(1800, run.DistanceMeters);
        Assert.Equal(TimeSpan.FromMinutes(10), run.MovingTime);
        Assert.Equal(150, run.AverageHeartRate);
        Assert.Equal(170, run.AverageCadenceSpm);
        Assert.Equal(0, run.ElevationGainMeters);
        Assert.Equal("LegCheck writer", run.Device);
        Assert.Equal($"tcx:running:{Fixtures.Start.ToUnixTimeSeconds()}:1800", run.Key);
    }

    [Fact]
    public void Read_TcxBiking_IsNotARunAndHasNoStepCadence()
    {
        ReadOutcome outcome = ActivityReader.Read(TcxWriter.Write(Fixtures.Run(sport: "cycling")), "ride.tcx");

        Assert.Equal(ReadStatus.NotARun, outcome.Status);
        Assert.Equal(ActivitySport.Cycling, outcome.Activities[0].Sport);
        Assert.Null(outcome.Activities[0].AverageCadenceSpm);
    }

    [Fact]
    public void Read_HandWrittenTcx_UsesLapDistanceAndTrackpointExtensions()
    {
        const string tcx = """
            <?xml version="1.0" encoding="UTF-8"?>
            <TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
              <Activities>
                <Activity Sport="Running">
                  <Id>2026-05-03T07:30:00Z</Id>
                  <Lap StartTime="2026-05-03T07:30:00Z">
                    <TotalTimeSeconds>60</TotalTimeSeconds><DistanceMeters>250.5</DistanceMeters>
                    <Track>
                      <Trackpoint><Time>2026-05-03T07:30:00Z</Time><DistanceMeters>0</DistanceMeters><HeartRateBpm><Value>120</Value></HeartRateBpm>
                        <Extensions><TPX xmlns="http://www.garmin.com/xmlschemas/ActivityExtension/v2"><Speed>4.1</Speed><RunCadence>84</RunCadence></TPX></Extensions></Trackpoint>
                      <Trackpoint><Time>2026-05-03T07:31:00Z</Time><DistanceMeters>250</DistanceMeters><HeartRateBpm><Value>130</Value></HeartRateBpm>
                        <Extensions><TPX xmlns="http://www.garmin.com/xmlschemas/ActivityExtension/v2"><Speed>4.2</Speed><RunCadence>86</RunCadence></TPX></Extensions></Trackpoint>
                    </Track>
                  </Lap>
                  <Creator><Name>Forerunner 245</Name></Creator>
                </Activity>
              </Activities>
            </TrainingCenterDatabase>
            """;

        Activity run = Assert.Single(ActivityReader.Read(Encoding.UTF8.GetBytes(tcx), "garmin.tcx").Activities);

        Assert.Equal(250.5, run.DistanceMeters);
        Assert.Equal(TimeSpan.FromSeconds(60), run.MovingTime);
        Assert.Equal(125, run.AverageHeartRate);
        Assert.Equal(170, run.AverageCadenceSpm);
        Assert.Equal("Forerunner 245", run.Device);
    }

    [Fact]
    public void Read_TcxWithLapsButNoTrackpoints_UsesTheLapTotals()
    {
        const string tcx = """
            <TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"><Activities>
              <Activity Sport="Running"><Id>2026-05-03T07:30:00Z</Id>
                <Lap StartTime="2026-05-03T07:30:00Z"><TotalTimeSeconds>600</TotalTimeSeconds><DistanceMeters>2000</DistanceMeters></Lap>
                <Lap StartTime="2026-05-03T07:40:00Z"><TotalTimeSeconds>300</TotalTimeSeconds><DistanceMeters>1000</DistanceMeters></Lap>
              </Activity></Activities></TrainingCenterDatabase>
            """;

        Activity run = Assert.Single(ActivityReader.Read(Encoding.UTF8.GetBytes(tcx), "laps.tcx").Activities);

        Assert.Equal(3000, run.DistanceMeters);
        Assert.Equal(TimeSpan.FromSeconds(900), run.MovingTime);
        Assert.Equal(300, run.PaceSecondsPerKm);
    }

    [Fact]
    public void Read_TcxCourse_IsNotAnActivity()
    {
        const string tcx = """<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"><Courses><Course><Name>x</Name></Course></Courses></TrainingCenterDatabase>""";

        Assert.Equal(ReadStatus.NotAnActivity, ActivityReader.Read(Encoding.UTF8.GetBytes(tcx), "course.tcx").Status);
    }
}

using LegCheck.Activities.Fit;
using LegCheck.Activities.Track;
using LegCheck.Activities.Writing;

namespace LegCheck.Activities.Tests;

/// <summary>A triathlon-like FIT file: a ride then a run, sessions without heart rate or temperature.</summary>
public class MultisportTests
{
    private static readonly DateTimeOffset Start = Fixtures.Start;

    [Fact]
    public void Read_MultisportFile_EachLegTakesHeartRateAndTemperatureFromItsOwnRecords()
    {
        ReadOutcome outcome = ActivityReader.Read(Brick(), "brick.fit");

        Assert.Equal(ReadStatus.Ok, outcome.Status);
        Activity ride = outcome.Activities.Single(a => a.Sport == ActivitySport.Cycling);
        Activity run = outcome.Activities.Single(a => a.IsRun);
        Assert.Equal(130, ride.AverageHeartRate);
        Assert.Equal(10, ride.AverageTemperatureC);
        Assert.Equal(160, run.AverageHeartRate);
        Assert.Equal(20, run.AverageTemperatureC);
        Assert.Equal(165, run.MaxHeartRate);
    }

    /// <summary>30 minutes of cycling records (HR 130, 10 °C), then 20 minutes of running (HR 155-165, 20 °C), then two sessions.</summary>
    private static byte[] Brick()
    {
        var w = Fixtures.FileWithFileId();
        w.WriteDefinition(1, FitMessages.Record,
        [
            new(RecordFields.Timestamp, FitBaseType.UInt32), new(RecordFields.Distance, FitBaseType.UInt32),
            new(RecordFields.HeartRate, FitBaseType.UInt8), new(RecordFields.Temperature, FitBaseType.SInt8),
        ]);
        uint t0 = Fixtures.FitSeconds(Start);
        for (uint s = 0; s <= 1800; s += 10)
        {
            w.WriteData(1, t0 + s, s * 8.0 * 100, 130, 10);
        }

        uint t1 = t0 + 1810;
        for (uint s = 0; s < 1200; s += 10)
        {
            w.WriteData(1, t1 + s, ((1800 * 8.0) + (s * 3.0)) * 100, s % 20 == 0 ? 155 : 165, 20);
        }

        w.WriteDefinition(2, FitMessages.Session,
        [
            new(SessionFields.Timestamp, FitBaseType.UInt32), new(SessionFields.StartTime, FitBaseType.UInt32),
            new(SessionFields.Sport, FitBaseType.Enum), new(SessionFields.TotalElapsedTime, FitBaseType.UInt32),
            new(SessionFields.TotalTimerTime, FitBaseType.UInt32), new(SessionFields.TotalDistance, FitBaseType.UInt32),
        ]);
        w.WriteData(2, t0 + 1800, t0, FitNames.SportNumber("cycling"), 1800_000.0, 1800_000.0, 1800 * 8.0 * 100);
        w.WriteData(2, t1 + 1200, t1, FitNames.SportNumber("running"), 1200_000.0, 1200_000.0, 1200 * 3.0 * 100);
        w.EndFile();
        return w.ToArray();
    }
}

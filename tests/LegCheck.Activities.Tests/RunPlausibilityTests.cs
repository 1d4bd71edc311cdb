using LegCheck.Activities.Track;
using LegCheck.Activities.Writing;

namespace LegCheck.Activities.Tests;

/// <summary>Activities recorded as running that cannot be runs are named, by speed and by distance.</summary>
public class RunPlausibilityTests
{
    [Fact]
    public void Read_SixtyKmPerHourWithoutType_IsNotARunButARide()
    {
        var fast = TrackGenerator.Track(new SyntheticActivity { Start = Fixtures.Start, Duration = TimeSpan.FromMinutes(30), SpeedMps = 60 / 3.6 });

        ReadOutcome outcome = ActivityReader.Read(GpxWriter.Write(fast, new GpxWriteOptions { WriteType = false }), "commute.gpx");

        Assert.Equal(ReadStatus.NotARun, outcome.Status);
        Assert.Equal("commute.gpx: not a run: 60 km/h is a ride", outcome.Message);
        Assert.False(outcome.Activities[0].IsRun);
    }

    [Fact]
    public void Read_FiveMetreRun_IsTooShort()
    {
        var tiny = TrackGenerator.Track(new SyntheticActivity { Start = Fixtures.Start, Duration = TimeSpan.FromSeconds(5), SpeedMps = 1 });

        ReadOutcome outcome = ActivityReader.Read(FitActivityWriter.Write(tiny), "oops.fit");

        Assert.Equal("oops.fit: not a run: 5 m is too short to be a run", outcome.Message);
    }

    [Fact]
    public void Problem_FourteenThousandKilometres_IsLongerThanAnyRun()
    {
        var activity = new Activity { Sport = ActivitySport.Running, StartUtc = Fixtures.Start, DistanceMeters = 14_500_000, MovingTime = TimeSpan.FromDays(30), Key = "k" };

        Assert.Equal("14500 km is longer than any run", RunPlausibility.Problem(activity));
    }

    [Fact]
    public void Problem_LongStopsInAnUltra_JudgesByElapsedTime()
    {
        // 24 h moving at a world-best pace is implausible, but the same distance over 40 h with sleep stops is not.
        var activity = new Activity
        {
            Sport = ActivitySport.Running, StartUtc = Fixtures.Start, DistanceMeters = 380_000, MovingTime = TimeSpan.FromHours(24),
            ElapsedTime = TimeSpan.FromHours(40), Key = "k",
        };

        Assert.Null(RunPlausibility.Problem(activity));
    }

    [Theory]
    [InlineData(42_195, 2 * 3600 + 60, null)]
    [InlineData(1609, 225, null)]
    [InlineData(100, 20, null)]
    [InlineData(10_000, 1200, "30 km/h is a ride")]
    [InlineData(99, 60, "99 m is too short to be a run")]
    [InlineData(100_000, 7 * 3600, null)]
    [InlineData(165_000, 30 * 3600, null)]
    [InlineData(300_000, 24 * 3600, null)]
    [InlineData(400_000, 24 * 3600, "400 km in 24 h is beyond the world best for that time")]
    [InlineData(576_000, 53 * 3600, "576 km in 53 h is beyond the world best for that time")]
    [InlineData(900_000, 84 * 3600, "900 km in 84 h is beyond the world best for that time")]
    [InlineData(900_000, 140 * 3600, null)]
    public void Problem_DistanceAndTime_JudgesPlausibility(double meters, double seconds, string? problem)
    {
        var activity = new Activity { Sport = ActivitySport.Running, StartUtc = Fixtures.Start, DistanceMeters = meters, MovingTime = TimeSpan.FromSeconds(seconds), Key = "k" };

        Assert.Equal(problem, RunPlausibility.Problem(activity));
    }

    [Fact]
    public void Read_FileWithARunAndAGlitch_KeepsTheRunAndWarnsAboutTheGlitch()
    {
        var writer = new FitWriter();
        FitActivityWriter.Write(writer, Fixtures.Run());
        FitActivityWriter.Write(writer, TrackGenerator.Track(new SyntheticActivity { Start = Fixtures.Start.AddHours(3), Duration = TimeSpan.FromSeconds(4), SpeedMps = 1 }));

        ReadOutcome outcome = ActivityReader.Read(writer.ToArray(), "two.fit");

        Assert.Equal(ReadStatus.Ok, outcome.Status);
        Assert.Single(outcome.Activities, a => a.IsRun);
        Assert.Contains("an activity recorded as running was left out: 4 m is too short to be a run", outcome.Warnings);
    }
}

using LegCheck.Activities.Fit;
using LegCheck.Activities.Track;
using LegCheck.Activities.Writing;

namespace LegCheck.Activities.Tests;

/// <summary>Fixture activities made with the project's own writers.</summary>
internal static class Fixtures
{
    public static readonly DateTimeOffset Start = new(2026, 5, 3, 7, 30, 0, TimeSpan.Zero);

    /// <summary>A 10-minute run at 3 m/s, 1 s samples, HR 150, 170 steps/min, 18 degrees.</summary>
    public static ActivityTrack Run(TimeSpan? duration = null, string sport = "running") =>
        TrackGenerator.Track(new SyntheticActivity { Start = Start, Duration = duration ?? TimeSpan.FromMinutes(10) }, sport) with
        {
            UtcOffset = TimeSpan.FromHours(2),
        };

    public static byte[] RunFit(FitActivityOptions? options = null) => FitActivityWriter.Write(Run(), options);

    /// <summary>A writer holding a file_id message (an activity unless told otherwise), to add messages to.</summary>
    public static FitWriter FileWithFileId(FitWriterOptions? options = null, byte fileType = FitFileTypes.Activity)
    {
        var w = new FitWriter(options);
        w.WriteDefinition(0, FitMessages.FileId,
        [
            new(FileIdFields.Type, FitBaseType.Enum), new(FileIdFields.Manufacturer, FitBaseType.UInt16),
            new(FileIdFields.Product, FitBaseType.UInt16), new(FileIdFields.SerialNumber, FitBaseType.UInt32z),
        ]);
        w.WriteData(0, fileType, 1, 2697, 1234u);
        return w;
    }

    public static FitMessage Single(FitFile file, ushort global) => Assert.Single(file.MessagesOf(global));

    public static uint FitSeconds(DateTimeOffset t) => FitTime.FromDateTime(t);

    public static IEnumerable<TrackPoint> Points(int count, Func<int, TrackPoint> make) => Enumerable.Range(0, count).Select(make);
}

using LegCheck.Activities.Fit;
using LegCheck.Activities.Writing;

namespace LegCheck.Activities.Tests;

public class FitTimestampTests
{
    [Fact]
    public void CompressedTimestamps_RollOverFromTheLastFullTimestamp()
    {
        uint full = 1_000_000_000 + 30; // low five bits: 30
        FitWriter w = Fixtures.FileWithFileId();
        w.WriteDefinition(0, FitMessages.Record, [new(RecordFields.Timestamp, FitBaseType.UInt32), new(RecordFields.HeartRate, FitBaseType.UInt8)]);
        w.WriteDefinition(1, FitMessages.Record, [new(RecordFields.HeartRate, FitBaseType.UInt8)]);
        w.WriteData(0, full, 100);
        w.WriteCompressedTimestampData(1, full + 1, 101); // offset 31
        w.WriteCompressedTimestampData(1, full + 2, 102); // offset 0: rolled over
        w.WriteCompressedTimestampData(1, full + 20, 103);
        w.WriteCompressedTimestampData(1, full + 51, 104); // 31 s after the previous compressed one

        FitMessage[] records = [.. FitDecoder.Decode(w.ToArray()).MessagesOf(FitMessages.Record)];

        Assert.Equal([full, full + 1, full + 2, full + 20, full + 51], records.Select(r => r.Timestamp!.Value));
        Assert.Equal([false, true, true, true, true], records.Select(r => r.HasCompressedTimestamp));
        Assert.Equal(104L, records[^1].GetInteger(RecordFields.HeartRate));
    }

    [Fact]
    public void CompressedTimestamps_FollowAFullTimestampInAnyMessage()
    {
        FitWriter w = Fixtures.FileWithFileId();
        w.WriteDefinition(2, FitMessages.Event, [new(253, FitBaseType.UInt32), new(0, FitBaseType.Enum)]);
        w.WriteDefinition(1, FitMessages.Record, [new(RecordFields.HeartRate, FitBaseType.UInt8)]);
        w.WriteData(2, 1_000_000_005u, 0);
        w.WriteCompressedTimestampData(1, 1_000_000_007u, 120);

        FitMessage record = Fixtures.Single(FitDecoder.Decode(w.ToArray()), FitMessages.Record);

        Assert.Equal(1_000_000_007u, record.Timestamp);
    }

    [Fact]
    public void CompressedTimestampFile_ReadsLikeTheNormalOne()
    {
        byte[] normal = Fixtures.RunFit();
        byte[] compressed = Fixtures.RunFit(new FitActivityOptions { CompressedTimestamps = true });

        Activity a = Assert.Single(ActivityReader.Read(normal, "a.fit").Activities);
        Activity b = Assert.Single(ActivityReader.Read(compressed, "b.fit").Activities);

        Assert.True(compressed.Length < normal.Length - 1000);
        Assert.Equal(a, b);
        Assert.Equal(600, FitDecoder.Decode(compressed).MessagesOf(FitMessages.Record).Count(r => r.HasCompressedTimestamp));
    }

    [Fact]
    public void Timestamp_InvalidValue_DoesNotMoveTheCompressedBase()
    {
        FitWriter w = Fixtures.FileWithFileId();
        w.WriteDefinition(0, FitMessages.Record, [new(RecordFields.Timestamp, FitBaseType.UInt32)]);
        w.WriteDefinition(1, FitMessages.Record, [new(RecordFields.HeartRate, FitBaseType.UInt8)]);
        w.WriteData(0, 1_000_000_000u);
        w.WriteData(0, [null]);
        w.WriteRaw([0x80 | (1 << 5) | 3, 99]); // compressed, local 1, offset 3

        FitMessage[] records = [.. FitDecoder.Decode(w.ToArray()).MessagesOf(FitMessages.Record)];

        Assert.Null(records[1].Timestamp);
        Assert.Equal(1_000_000_003u, records[2].Timestamp);
    }

    [Fact]
    public void FitTime_ConvertsFromTheFitEpoch()
    {
        Assert.Equal(new DateTimeOffset(1989, 12, 31, 0, 0, 0, TimeSpan.Zero), FitTime.ToDateTime(0));
        Assert.Equal(631065600, FitTime.Epoch.ToUnixTimeSeconds());
        Assert.Equal(1_000_000_000u, FitTime.FromDateTime(FitTime.ToDateTime(1_000_000_000)));
    }
}

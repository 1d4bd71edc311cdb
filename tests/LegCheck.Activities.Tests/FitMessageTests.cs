using LegCheck.Activities.Fit;
using LegCheck.Activities.Writing;

namespace LegCheck.Activities.Tests;

/// <summary>Byte order, invalid sentinels, developer fields and misaligned sizes, on files made with <see cref="FitWriter"/>.</summary>
public class FitMessageTests
{
    private static readonly FitFieldSpec[] AllTypes =
    [
        new(0, FitBaseType.Enum), new(1, FitBaseType.SInt8), new(2, FitBaseType.UInt8), new(3, FitBaseType.SInt16),
        new(4, FitBaseType.UInt16), new(5, FitBaseType.SInt32), new(6, FitBaseType.UInt32), new(7, FitBaseType.Float32),
        new(8, FitBaseType.Float64), new(9, FitBaseType.UInt8z), new(10, FitBaseType.UInt16z), new(11, FitBaseType.UInt32z),
        new(12, FitBaseType.SInt64), new(13, FitBaseType.UInt64), new(14, FitBaseType.UInt64z), new(15, FitBaseType.Byte),
        new(16, FitBaseType.String, 8),
    ];

    private static readonly object?[] Values =
    [
        3, -5, 200, -1234, 54321, -123456789, 3_000_000_000u, 1.5f, -2.25, 7, 65000, 4_000_000_000u, -9_000_000_000L, 9_000_000_000L, 12L,
        new byte[] { 0xAB }, "hello",
    ];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Decode_EveryBaseType_InEitherByteOrder(bool bigEndian)
    {
        FitWriter w = Fixtures.FileWithFileId(new FitWriterOptions { BigEndian = bigEndian });
        w.WriteDefinition(1, 65280, AllTypes);
        w.WriteData(1, Values);

        FitMessage m = Fixtures.Single(FitDecoder.Decode(w.ToArray()), 65280);

        Assert.Equal(bigEndian, m.Definition.BigEndian);
        Assert.Equal(3L, m.GetInteger(0));
        Assert.Equal(-5L, m.GetInteger(1));
        Assert.Equal(200L, m.GetInteger(2));
        Assert.Equal(-1234L, m.GetInteger(3));
        Assert.Equal(54321L, m.GetInteger(4));
        Assert.Equal(-123456789L, m.GetInteger(5));
        Assert.Equal(3_000_000_000L, m.GetInteger(6));
        Assert.Equal(1.5, m.GetDouble(7));
        Assert.Equal(-2.25, m.GetDouble(8));
        Assert.Equal(7L, m.GetInteger(9));
        Assert.Equal(65000L, m.GetInteger(10));
        Assert.Equal(4_000_000_000L, m.GetInteger(11));
        Assert.Equal(-9_000_000_000L, m.GetInteger(12));
        Assert.Equal(9_000_000_000L, m.GetInteger(13));
        Assert.Equal(12L, m.GetInteger(14));
        Assert.Equal(new byte[] { 0xAB }, m.GetValue(15));
        Assert.Equal("hello", m.GetString(16));
    }

    [Fact]
    public void Decode_BigEndianDefinition_ReadsTheGlobalNumberAndValuesBigEndian()
    {
        FitWriter w = Fixtures.FileWithFileId();
        w.WriteDefinition(1, FitMessages.Session, [new(SessionFields.TotalDistance, FitBaseType.UInt32), new(SessionFields.Sport, FitBaseType.Enum)], bigEndian: true);
        w.WriteData(1, 1_234_567, 1);
        byte[] data = w.ToArray();

        FitMessage session = Fixtures.Single(FitDecoder.Decode(data), FitMessages.Session);

        Assert.True(session.Definition.BigEndian);
        Assert.Equal(12345.67, session.GetDouble(SessionFields.TotalDistance, 100)!.Value, 2);
        int at = data.AsSpan().IndexOf(new byte[] { 0x00, 0x12, 0xD6, 0x87 });
        Assert.True(at > 0, "the distance is stored most significant byte first");
    }

    [Theory]
    [InlineData(FitBaseType.Enum)]
    [InlineData(FitBaseType.SInt8)]
    [InlineData(FitBaseType.UInt8)]
    [InlineData(FitBaseType.SInt16)]
    [InlineData(FitBaseType.UInt16)]
    [InlineData(FitBaseType.SInt32)]
    [InlineData(FitBaseType.UInt32)]
    [InlineData(FitBaseType.Float32)]
    [InlineData(FitBaseType.Float64)]
    [InlineData(FitBaseType.UInt8z)]
    [InlineData(FitBaseType.UInt16z)]
    [InlineData(FitBaseType.UInt32z)]
    [InlineData(FitBaseType.SInt64)]
    [InlineData(FitBaseType.UInt64)]
    [InlineData(FitBaseType.UInt64z)]
    [InlineData(FitBaseType.Byte)]
    [InlineData(FitBaseType.String)]
    public void Decode_InvalidSentinel_ReadsAsMissing(FitBaseType type)
    {
        foreach (bool big in new[] { false, true })
        {
            FitWriter w = Fixtures.FileWithFileId(new FitWriterOptions { BigEndian = big });
            w.WriteDefinition(1, 65280, [new(1, type, type == FitBaseType.String ? (byte)4 : (byte)0)]);
            w.WriteData(1, [null]);

            FitMessage m = Fixtures.Single(FitDecoder.Decode(w.ToArray()), 65280);

            Assert.Null(m.GetInteger(1));
            Assert.Null(m.GetDouble(1));
            Assert.Null(m.GetValue(1));
            Assert.True(m.HasField(1));
        }
    }

    [Theory]
    [InlineData(FitBaseType.UInt8, new byte[] { 0xFF })]
    [InlineData(FitBaseType.SInt8, new byte[] { 0x7F })]
    [InlineData(FitBaseType.UInt16, new byte[] { 0xFF, 0xFF })]
    [InlineData(FitBaseType.SInt16, new byte[] { 0xFF, 0x7F })]
    [InlineData(FitBaseType.UInt32, new byte[] { 0xFF, 0xFF, 0xFF, 0xFF })]
    [InlineData(FitBaseType.SInt32, new byte[] { 0xFF, 0xFF, 0xFF, 0x7F })]
    [InlineData(FitBaseType.UInt32z, new byte[] { 0, 0, 0, 0 })]
    public void Decode_SentinelBytes_AreMissingButNeighboursAreNot(FitBaseType type, byte[] sentinel)
    {
        FitWriter w = Fixtures.FileWithFileId();
        w.WriteDefinition(1, 65280, [new(1, type), new(2, type)]);
        w.WriteData(1, sentinel, 1);

        FitMessage m = Fixtures.Single(FitDecoder.Decode(w.ToArray()), 65280);

        Assert.Null(m.GetInteger(1));
        Assert.Equal(1L, m.GetInteger(2));
    }

    [Fact]
    public void Decode_ArrayField_GivesEveryValue_WithMissingOnesAsNull()
    {
        FitWriter w = Fixtures.FileWithFileId();
        w.WriteDefinition(1, 65280, [new(1, FitBaseType.UInt16, 6)]);
        w.WriteData(1, [new long[] { 1, 0xFFFF, 3 }]);

        FitMessage m = Fixtures.Single(FitDecoder.Decode(w.ToArray()), 65280);

        Assert.Equal(new object?[] { 1L, null, 3L }, (object?[])m.GetValue(1)!);
        Assert.Equal(1L, m.GetInteger(1));
    }

    [Fact]
    public void Decode_DeveloperFields_AreSkippedSafely()
    {
        byte[] data = Fixtures.RunFit(new FitActivityOptions { DeveloperFields = true });

        FitFile file = FitDecoder.Decode(data);
        ReadOutcome outcome = ActivityReader.Read(data, "dev.fit");

        FitMessage record = file.MessagesOf(FitMessages.Record).First();
        Assert.Equal(2, record.Definition.DeveloperFields.Single().Size);
        Assert.Equal(record.Definition.Fields.Sum(f => f.Size) + 2, record.Definition.DataSize);
        Assert.Equal(150L, record.GetInteger(RecordFields.HeartRate));
        Assert.Single(file.MessagesOf(FitMessages.FieldDescription));
        Assert.Equal(ReadStatus.Ok, outcome.Status);
        Assert.Equal(1800, outcome.Activities[0].DistanceMeters!.Value, 1);
    }

    [Fact]
    public void Decode_DeveloperFieldWithoutDescription_IsStillSkipped()
    {
        FitWriter w = Fixtures.FileWithFileId();
        w.WriteDefinition(1, FitMessages.Record, [new(RecordFields.HeartRate, FitBaseType.UInt8)], [new FitDeveloperFieldSpec(7, 5, 3)]);
        w.WriteData(1, 140, new byte[] { 1, 2, 3, 4, 5 });
        w.WriteData(1, 141, new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF });

        FitMessage[] records = [.. FitDecoder.Decode(w.ToArray()).MessagesOf(FitMessages.Record)];

        Assert.Equal([140L, 141L], records.Select(r => r.GetInteger(RecordFields.HeartRate)));
    }

    [Fact]
    public void Decode_FieldSizeThatDoesNotFitItsType_FallsBackToRawBytes()
    {
        FitWriter w = Fixtures.FileWithFileId();
        w.WriteDefinition(1, FitMessages.Event, [new(3, FitBaseType.UInt32, 1), new(0, FitBaseType.UInt16, 3), new(1, FitBaseType.Enum)]);
        w.WriteData(1, new byte[] { 9 }, new byte[] { 1, 2, 3 }, 4);

        FitFile file = FitDecoder.Decode(w.ToArray());
        FitMessage m = Fixtures.Single(file, FitMessages.Event);

        Assert.Equal(new byte[] { 9 }, m.GetValue(3));
        Assert.Equal(new byte[] { 1, 2, 3 }, m.GetValue(0));
        Assert.Null(m.GetInteger(3));
        Assert.Equal(4L, m.GetInteger(1));
        Assert.Equal(2, file.Warnings.Count);
    }

    [Fact]
    public void Decode_ZeroSizeField_IsMissingNotACrash()
    {
        FitWriter w = Fixtures.FileWithFileId();
        // Definition, local 1, global 0xFF00: field 1 uint32 of size 0, field 2 uint8; then one data message.
        w.WriteRaw([0x41, 0x00, 0x00, 0x00, 0xFF, 0x02, 0x01, 0x00, 0x86, 0x02, 0x01, 0x02, 0x01, 0x05]);

        FitMessage m = Fixtures.Single(FitDecoder.Decode(w.ToArray()), 65280);

        Assert.Null(m.GetInteger(1));
        Assert.Null(m.GetValue(1));
        Assert.Equal(5L, m.GetInteger(2));
    }

    [Fact]
    public void Decode_UndefinedLocalType_IsNamedCorruption()
    {
        FitWriter w = Fixtures.FileWithFileId();
        w.WriteRaw([0x05, 0x00]);

        FitException ex = Assert.Throws<FitException>(() => FitDecoder.Decode(w.ToArray()));

        Assert.Equal(FitErrorKind.Corrupt, ex.Kind);
        Assert.Contains("undefined local message type 5", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_KeepMessage_FiltersButStillCountsAndCallsBack()
    {
        int seen = 0;
        FitFile file = FitDecoder.Decode(Fixtures.RunFit(), new FitOptions { KeepMessage = g => g != FitMessages.Record }, _ => seen++);

        Assert.Equal(605, file.MessageCount);
        Assert.Equal(605, seen);
        Assert.Equal(4, file.Messages.Count);
    }
}

using System.Buffers.Binary;
using LegCheck.Activities.Fit;
using LegCheck.Activities.Writing;

namespace LegCheck.Activities.Tests;

/// <summary>Chained files, CRC errors and truncation, on files made with the project's writer.</summary>
public class FitChainAndIntegrityTests
{
    private static byte[] ChainedRunAndSettings()
    {
        var w = new FitWriter(new FitWriterOptions { HeaderSize = 12 });
        FitActivityWriter.Write(w, Fixtures.Run());
        w.WriteDefinition(0, FitMessages.FileId, [new(FileIdFields.Type, FitBaseType.Enum)]);
        w.WriteData(0, FitFileTypes.Settings);
        w.EndFile();
        FitActivityWriter.Write(w, Fixtures.Run() with { Points = [.. Fixtures.Run().Points.Select(p => p with { Time = p.Time.AddDays(1) })] });
        return w.ToArray();
    }

    [Fact]
    public void Decode_ChainedFiles_DecodesEachInTurn()
    {
        byte[] data = ChainedRunAndSettings();

        FitFile file = FitDecoder.Decode(data);
        ReadOutcome outcome = ActivityReader.Read(data, "chain.fit");

        Assert.Equal(3, file.Headers.Count);
        Assert.Equal([0, 1, 2], file.Messages.Select(m => m.FileIndex).Distinct());
        Assert.Equal(605 + 1 + 605, file.MessageCount);
        Assert.Equal(ReadStatus.Ok, outcome.Status);
        Assert.Equal(2, outcome.Activities.Count);
        Assert.NotEqual(outcome.Activities[0].Key, outcome.Activities[1].Key);
    }

    [Fact]
    public void Decode_ChainedFiles_ResetLocalDefinitions()
    {
        var w = new FitWriter();
        w.WriteDefinition(0, FitMessages.FileId, [new(FileIdFields.Type, FitBaseType.Enum)]);
        w.WriteData(0, FitFileTypes.Activity);
        w.EndFile();
        w.WriteRaw([0x00, 0x04]); // data for local 0, which only the first file defined

        FitException ex = Assert.Throws<FitException>(() => FitDecoder.Decode(w.ToArray()));

        Assert.Equal(FitErrorKind.Corrupt, ex.Kind);
        Assert.EndsWith("in chained file 2", ex.Message, StringComparison.Ordinal);
        Assert.Equal(2, ex.ChainedFile);
    }

    [Fact]
    public void Read_WrongFileCrc_IsACrcErrorNamingTheFile()
    {
        byte[] data = Fixtures.RunFit();
        ushort good = BinaryPrimitives.ReadUInt16LittleEndian(data.AsSpan(data.Length - 2));
        BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(data.Length - 2), (ushort)(good ^ 0x1000));

        ReadOutcome outcome = ActivityReader.Read(data, "activity-filecrc.fit");

        Assert.Equal(ReadStatus.Error, outcome.Status);
        Assert.Equal($"activity-filecrc.fit: FIT file CRC mismatch (expected 0x{good:X4}, found 0x{good ^ 0x1000:X4})", outcome.Message);
        Assert.Equal(ReadStatus.Ok, ActivityReader.Read(data, "x.fit", new FitOptions { CheckCrc = false }).Status);
    }

    [Fact]
    public void Read_FlippedDataByte_IsACrcError()
    {
        byte[] data = Fixtures.RunFit();
        int hr = Array.LastIndexOf(data, (byte)150, data.Length - 40);
        data[hr] = 151;

        Assert.Contains("FIT file CRC mismatch", ActivityReader.Read(data, "x.fit").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SecondChainedFileWithWrongCrc_SaysWhichFile()
    {
        byte[] data = ChainedRunAndSettings();
        data[^1] ^= 0xFF;

        FitException ex = Assert.Throws<FitException>(() => FitDecoder.Decode(data));

        Assert.Equal(FitErrorKind.Crc, ex.Kind);
        Assert.Equal(3, ex.ChainedFile);
        Assert.EndsWith("in chained file 3", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CorruptSecondHeader_IsAHeaderError()
    {
        byte[] run = Fixtures.RunFit();
        byte[] data = [.. run, .. run];
        data[run.Length + 8] = (byte)'G';

        FitException ex = Assert.Throws<FitException>(() => FitDecoder.Decode(data));

        Assert.Equal(FitErrorKind.Header, ex.Kind);
        Assert.Equal($"corrupt header at byte {run.Length} (no .FIT signature) in chained file 2", ex.Message);
    }

    [Fact]
    public void Read_TruncatedFile_IsAnEndOfFileErrorAtThatByte()
    {
        byte[] data = Fixtures.RunFit()[..^40];

        ReadOutcome outcome = ActivityReader.Read(data, "cut.fit");

        Assert.Equal(ReadStatus.Error, outcome.Status);
        Assert.StartsWith($"cut.fit: unexpected end of file at byte {data.Length}", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingCrcOnly_IsAnEndOfFileError_ButRelaxedReadsIt()
    {
        byte[] data = Fixtures.RunFit()[..^2];

        ReadOutcome strict = ActivityReader.Read(data, "nocrc.fit");
        ReadOutcome relaxed = ActivityReader.Read(data, "nocrc.fit", new FitOptions { CheckCrc = false });

        Assert.Equal($"nocrc.fit: unexpected end of file at byte {data.Length}: the file CRC is missing", strict.Message);
        Assert.Equal(ReadStatus.Ok, relaxed.Status);
        Assert.Contains("no file CRC", relaxed.Warnings);
    }

    [Fact]
    public void Read_TruncatedInsideTheLastMessage_RelaxedDropsIt()
    {
        byte[] full = Fixtures.RunFit();
        byte[] data = full[..^5];

        FitFile relaxed = FitDecoder.Decode(data, new FitOptions { CheckCrc = false });

        Assert.Equal(FitDecoder.Decode(full).MessageCount - 1, relaxed.MessageCount);
        Assert.Contains(relaxed.Warnings, w => w.Contains("was dropped", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_SecondFileWithNoData_IsAnEndOfFileError()
    {
        byte[] run = Fixtures.RunFit();
        byte[] second = Fixtures.RunFit()[..30];

        FitException ex = Assert.Throws<FitException>(() => FitDecoder.Decode([.. run, .. second]));

        Assert.Equal(FitErrorKind.EndOfFile, ex.Kind);
        Assert.EndsWith("in chained file 2", ex.Message, StringComparison.Ordinal);
    }
}

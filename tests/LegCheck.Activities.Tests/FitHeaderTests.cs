using System.Buffers.Binary;
using LegCheck.Activities.Fit;
using LegCheck.Activities.Writing;

namespace LegCheck.Activities.Tests;

public class FitHeaderTests
{
    [Theory]
    [InlineData(12, false)]
    [InlineData(14, false)]
    [InlineData(14, true)]
    public void Decode_12And14ByteHeaders_ReadTheSameMessages(int headerSize, bool headerCrc)
    {
        byte[] data = Fixtures.RunFit(new FitActivityOptions { Writer = new FitWriterOptions { HeaderSize = headerSize, HeaderCrc = headerCrc } });

        FitFile file = FitDecoder.Decode(data);

        FitHeader header = Assert.Single(file.Headers);
        Assert.Equal(headerSize, header.Size);
        Assert.Equal(data.Length - headerSize - 2, (int)header.DataSize);
        Assert.Equal(headerSize == 14 ? (headerCrc ? FitCrc.Compute(data.AsSpan(0, 12)) : (ushort)0) : null, header.HeaderCrc);
        Assert.Equal(601 + 4, file.MessageCount);
        Assert.Equal(ReadStatus.Ok, ActivityReader.Read(data, "run.fit").Status);
    }

    [Fact]
    public void Decode_WrongHeaderCrc_IsACrcError_UnlessCrcCheckingIsRelaxed()
    {
        byte[] data = Fixtures.RunFit();
        data[12] ^= 0x01;

        FitException ex = Assert.Throws<FitException>(() => FitDecoder.Decode(data));
        FitFile relaxed = FitDecoder.Decode(data, new FitOptions { CheckCrc = false });

        Assert.Equal(FitErrorKind.Crc, ex.Kind);
        Assert.StartsWith("FIT header CRC mismatch (expected 0x", ex.Message, StringComparison.Ordinal);
        Assert.Equal(605, relaxed.MessageCount);
    }

    [Fact]
    public void Decode_ZeroHeaderCrc_MeansNotComputed()
    {
        byte[] data = Fixtures.RunFit(new FitActivityOptions { Writer = new FitWriterOptions { HeaderCrc = false } });

        Assert.Equal(0, BinaryPrimitives.ReadUInt16LittleEndian(data.AsSpan(12)));
        Assert.Equal(605, FitDecoder.Decode(data).MessageCount);
    }

    [Fact]
    public void Decode_NoSignature_IsAHeaderError()
    {
        byte[] data = Fixtures.RunFit();
        data[9] = (byte)'X';

        FitException ex = Assert.Throws<FitException>(() => FitDecoder.Decode(data));

        Assert.Equal(FitErrorKind.Header, ex.Kind);
        Assert.False(FitDecoder.HasSignature(data));
    }

    [Fact]
    public void Decode_HeaderSizeBelow12_IsAHeaderError()
    {
        byte[] data = Fixtures.RunFit();
        data[0] = 11;

        Assert.Equal(FitErrorKind.Header, Assert.Throws<FitException>(() => FitDecoder.Decode(data)).Kind);
    }

    [Fact]
    public void Decode_LargerHeader_SkipsTheExtraBytes()
    {
        byte[] run = Fixtures.RunFit(new FitActivityOptions { Writer = new FitWriterOptions { HeaderSize = 14 } });
        byte[] records = run[14..^2];
        byte[] data = new byte[16 + records.Length + 2];
        run.AsSpan(0, 14).CopyTo(data);
        data[0] = 16;
        BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(12), FitCrc.Compute(data.AsSpan(0, 12)));
        records.CopyTo(data, 16);
        BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(data.Length - 2), FitCrc.Compute(data.AsSpan(0, data.Length - 2)));

        Assert.Equal(605, FitDecoder.Decode(data).MessageCount);
    }

    [Fact]
    public void Crc_MatchesTheProtocolsCheckValue()
    {
        // CRC-16/ARC of "123456789" is 0xBB3D; the FIT CRC is that same polynomial, computed by nibbles.
        Assert.Equal(0xBB3D, FitCrc.Compute("123456789"u8));
        Assert.Equal(0, FitCrc.Compute([]));
        Assert.Equal(0xBB3D, FitCrc.UpdateByNibbles(0, "123456789"u8));
    }

    [Fact]
    public void Crc_ByteTable_AgreesWithTheNibbleAlgorithm()
    {
        byte[] data = new byte[4096];
        new Random(3).NextBytes(data);

        Assert.Equal(FitCrc.UpdateByNibbles(0x1234, data), FitCrc.Update(0x1234, data));
    }
}

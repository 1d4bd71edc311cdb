namespace LegCheck.Activities.Fit;

/// <summary>The FIT CRC-16 (the protocol's 16-entry nibble table, unrolled into a byte table for speed).</summary>
public static class FitCrc
{
    private static readonly ushort[] Table =
    [
        0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
        0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400,
    ];

    /// <summary>The same CRC a byte at a time: entry i is the nibble algorithm run on register i with a zero byte.</summary>
    private static readonly ushort[] ByteTable = BuildByteTable();

    /// <summary>Continues <paramref name="crc"/> over <paramref name="data"/>.</summary>
    public static ushort Update(ushort crc, ReadOnlySpan<byte> data)
    {
        ushort[] table = ByteTable;
        uint c = crc;
        foreach (byte b in data)
        {
            c = (c >> 8) ^ table[(c ^ b) & 0xFF];
        }

        return (ushort)c;
    }

    /// <summary>The protocol's reference algorithm, two nibbles per byte.</summary>
    public static ushort UpdateByNibbles(ushort crc, ReadOnlySpan<byte> data)
    {
        ushort[] table = Table;
        uint c = crc;
        foreach (byte b in data)
        {
            uint tmp = table[c & 0xF];
            c = ((c >> 4) & 0x0FFF) ^ tmp ^ table[b & 0xF];
            tmp = table[c & 0xF];
            c = ((c >> 4) & 0x0FFF) ^ tmp ^ table[(b >> 4) & 0xF];
        }

        return (ushort)c;
    }

    public static ushort Compute(ReadOnlySpan<byte> data) => Update(0, data);

    private static ushort[] BuildByteTable()
    {
        var table = new ushort[256];
        for (int i = 0; i < 256; i++)
        {
            table[i] = UpdateByNibbles((ushort)i, [0]);
        }

        return table;
    }
}

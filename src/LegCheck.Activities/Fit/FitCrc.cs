namespace LegCheck.Activities.Fit;

/// <summary>The FIT CRC-16, computed with the protocol's 16-entry nibble table.</summary>
public static class FitCrc
{
    private static readonly ushort[] Table =
    [
        0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
        0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400,
    ];

    /// <summary>Continues <paramref name="crc"/> over <paramref name="data"/>.</summary>
    public static ushort Update(ushort crc, ReadOnlySpan<byte> data)
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
}

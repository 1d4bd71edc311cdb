namespace LegCheck.Activities.Fit;

/// <summary>The header of one FIT file in a (possibly chained) input.</summary>
/// <param name="Offset">Where the header starts in the whole input.</param>
/// <param name="Size">Header size: 12, or 14 with a header CRC (larger sizes are allowed and skipped).</param>
/// <param name="ProtocolVersion">Protocol version byte (major in the high nibble).</param>
/// <param name="ProfileVersion">Profile version times 100.</param>
/// <param name="DataSize">Bytes of records declared by the header.</param>
/// <param name="HeaderCrc">The header CRC when the header has one (0 means "not computed").</param>
[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Auto)]
public readonly record struct FitHeader(long Offset, int Size, byte ProtocolVersion, ushort ProfileVersion, uint DataSize, ushort? HeaderCrc);

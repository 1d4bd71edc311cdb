using LegCheck.Activities.Fit;

namespace LegCheck.Activities.Writing;

/// <summary>A field of a definition that <see cref="FitWriter"/> writes.</summary>
/// <param name="Number">Field definition number.</param>
/// <param name="Type">Base type.</param>
/// <param name="Size">Bytes per data message; 0 means one value of <paramref name="Type"/>. May be any size, even one
/// that does not fit the type, to make test files like the COROS one.</param>
[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Auto)]
public readonly record struct FitFieldSpec(byte Number, FitBaseType Type, byte Size = 0)
{
    public int ByteSize => Size == 0 ? FitBaseTypes.Size(Type) : Size;
}

/// <summary>A developer field of a definition: its number, size and developer data index.</summary>
[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Auto)]
public readonly record struct FitDeveloperFieldSpec(byte Number, byte Size, byte DeveloperDataIndex);

/// <summary>How <see cref="FitWriter"/> lays out its files.</summary>
public sealed record FitWriterOptions
{
    /// <summary>Write definitions with architecture 1 and big-endian values.</summary>
    public bool BigEndian { get; init; }

    /// <summary>12 (no header CRC) or 14.</summary>
    public int HeaderSize { get; init; } = 14;

    /// <summary>With a 14-byte header: write the header CRC (true) or 0, which means "not computed".</summary>
    public bool HeaderCrc { get; init; } = true;

    public byte ProtocolVersion { get; init; } = 0x20;

    public ushort ProfileVersion { get; init; } = 2132;
}

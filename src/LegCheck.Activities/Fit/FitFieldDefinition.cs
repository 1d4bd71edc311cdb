namespace LegCheck.Activities.Fit;

/// <summary>
/// One field of a definition message. <see cref="BaseType"/> is what the decoder reads: it falls back to
/// <see cref="FitBaseType.Byte"/> when <see cref="Size"/> is not a multiple of the declared type's size.
/// </summary>
/// <param name="Number">Field definition number in the global message's profile.</param>
/// <param name="Size">Size in bytes in each data message.</param>
/// <param name="DeclaredType">Base type as written in the definition.</param>
/// <param name="BaseType">Base type used for decoding.</param>
/// <param name="Offset">Offset of the field in the data message's content (after its header byte).</param>
[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Auto)]
public readonly record struct FitFieldDefinition(byte Number, byte Size, FitBaseType DeclaredType, FitBaseType BaseType, int Offset)
{
    /// <summary>True when the size did not fit the declared type, so the field is read as raw bytes.</summary>
    public bool IsMisaligned => DeclaredType != BaseType;
}

/// <summary>One developer field of a definition message; its bytes are skipped.</summary>
[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Auto)]
public readonly record struct FitDeveloperFieldDefinition(byte Number, byte Size, byte DeveloperDataIndex, int Offset);

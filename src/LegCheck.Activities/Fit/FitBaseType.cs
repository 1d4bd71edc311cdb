using System.Buffers.Binary;

namespace LegCheck.Activities.Fit;

/// <summary>FIT base types by their base type number (bits 0-4 of the wire byte).</summary>
public enum FitBaseType : byte
{
    Enum = 0,
    SInt8 = 1,
    UInt8 = 2,
    SInt16 = 3,
    UInt16 = 4,
    SInt32 = 5,
    UInt32 = 6,
    String = 7,
    Float32 = 8,
    Float64 = 9,
    UInt8z = 10,
    UInt16z = 11,
    UInt32z = 12,
    Byte = 13,
    SInt64 = 14,
    UInt64 = 15,
    UInt64z = 16,
}

/// <summary>Sizes, wire bytes and invalid-value sentinels of the FIT base types.</summary>
public static class FitBaseTypes
{
    /// <summary>The base type for a wire byte such as 0x84; unknown numbers fall back to <see cref="FitBaseType.Byte"/>.</summary>
    public static FitBaseType FromWire(byte wire)
    {
        int number = wire & 0x1F;
        return number <= (int)FitBaseType.UInt64z ? (FitBaseType)number : FitBaseType.Byte;
    }

    /// <summary>The wire byte: the base type number, with bit 7 set for multi-byte (endian-sensitive) types.</summary>
    public static byte ToWire(FitBaseType type) => (byte)((byte)type | (Size(type) > 1 ? 0x80 : 0));

    /// <summary>Size in bytes of one value.</summary>
    public static int Size(FitBaseType type) => type switch
    {
        FitBaseType.SInt16 or FitBaseType.UInt16 or FitBaseType.UInt16z => 2,
        FitBaseType.SInt32 or FitBaseType.UInt32 or FitBaseType.UInt32z or FitBaseType.Float32 => 4,
        FitBaseType.Float64 or FitBaseType.SInt64 or FitBaseType.UInt64 or FitBaseType.UInt64z => 8,
        _ => 1,
    };

    public static bool IsSigned(FitBaseType type) =>
        type is FitBaseType.SInt8 or FitBaseType.SInt16 or FitBaseType.SInt32 or FitBaseType.SInt64;

    public static bool IsFloat(FitBaseType type) => type is FitBaseType.Float32 or FitBaseType.Float64;

    /// <summary>The invalid ("no value") sentinel of an integer type, as the raw unsigned bit pattern.</summary>
    public static ulong InvalidBits(FitBaseType type) => type switch
    {
        FitBaseType.SInt8 => 0x7F,
        FitBaseType.SInt16 => 0x7FFF,
        FitBaseType.SInt32 => 0x7FFF_FFFF,
        FitBaseType.SInt64 => 0x7FFF_FFFF_FFFF_FFFF,
        FitBaseType.UInt16 => 0xFFFF,
        FitBaseType.UInt32 or FitBaseType.Float32 => 0xFFFF_FFFF,
        FitBaseType.UInt64 or FitBaseType.Float64 => 0xFFFF_FFFF_FFFF_FFFF,
        FitBaseType.UInt8z or FitBaseType.UInt16z or FitBaseType.UInt32z or FitBaseType.UInt64z or FitBaseType.String => 0,
        _ => 0xFF, // enum, uint8, byte
    };

    /// <summary>Reads one value of <paramref name="type"/> as raw unsigned bits (sign not extended).</summary>
    internal static ulong ReadBits(ReadOnlySpan<byte> bytes, FitBaseType type, bool bigEndian) => Size(type) switch
    {
        1 => bytes[0],
        2 => bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(bytes) : BinaryPrimitives.ReadUInt16LittleEndian(bytes),
        4 => bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(bytes) : BinaryPrimitives.ReadUInt32LittleEndian(bytes),
        _ => bigEndian ? BinaryPrimitives.ReadUInt64BigEndian(bytes) : BinaryPrimitives.ReadUInt64LittleEndian(bytes),
    };

    /// <summary>Reads one integer value; null when it is the type's invalid sentinel.</summary>
    internal static long? ReadInteger(ReadOnlySpan<byte> bytes, FitBaseType type, bool bigEndian)
    {
        ulong bits = ReadBits(bytes, type, bigEndian);
        if (bits == InvalidBits(type))
        {
            return null;
        }

        return type switch
        {
            FitBaseType.SInt8 => (sbyte)bits,
            FitBaseType.SInt16 => (short)bits,
            FitBaseType.SInt32 => (int)bits,
            FitBaseType.SInt64 => (long)bits,
            _ => bits > long.MaxValue ? null : (long)bits,
        };
    }

    /// <summary>Reads one numeric value (integer or float); null when invalid, NaN or infinite.</summary>
    internal static double? ReadNumber(ReadOnlySpan<byte> bytes, FitBaseType type, bool bigEndian)
    {
        if (type == FitBaseType.Float32)
        {
            ulong bits = ReadBits(bytes, type, bigEndian);
            float f = BitConverter.UInt32BitsToSingle((uint)bits);
            return bits == 0xFFFF_FFFF || !float.IsFinite(f) ? null : f;
        }

        if (type == FitBaseType.Float64)
        {
            ulong bits = ReadBits(bytes, type, bigEndian);
            double d = BitConverter.UInt64BitsToDouble(bits);
            return bits == ulong.MaxValue || !double.IsFinite(d) ? null : d;
        }

        return ReadInteger(bytes, type, bigEndian);
    }
}

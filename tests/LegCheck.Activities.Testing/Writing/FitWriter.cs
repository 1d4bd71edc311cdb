using System.Buffers.Binary;
using System.Text;
using LegCheck.Activities.Fit;

namespace LegCheck.Activities.Writing;

/// <summary>
/// Writes FIT files message by message, for test fixtures and benchmarks: definitions in either byte order,
/// data messages with normal or compressed-timestamp headers, developer fields, correct header and file CRCs,
/// and chained files (<see cref="EndFile"/> then keep writing). Values are given in field order: integers,
/// doubles, strings or byte arrays, with null for the type's invalid sentinel.
/// </summary>
public sealed class FitWriter
{
    private const byte TimestampField = 253;
    private readonly FitWriterOptions _options;
    private readonly List<byte> _done = [];
    private readonly List<byte> _records = [];
    private readonly Definition?[] _definitions = new Definition?[16];
    private uint? _lastTimestamp;

    public FitWriter(FitWriterOptions? options = null)
    {
        _options = options ?? new FitWriterOptions();
        if (_options.HeaderSize is not (12 or 14))
        {
            throw new ArgumentException("The header size must be 12 or 14.", nameof(options));
        }
    }

    /// <summary>Writes a definition message for <paramref name="localType"/> (0-15).</summary>
    public void WriteDefinition(
        byte localType,
        ushort globalNumber,
        IReadOnlyList<FitFieldSpec> fields,
        IReadOnlyList<FitDeveloperFieldSpec>? developerFields = null,
        bool? bigEndian = null)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(localType, (byte)15);
        bool big = bigEndian ?? _options.BigEndian;
        bool dev = developerFields is { Count: > 0 };
        _records.Add((byte)(0x40 | (dev ? 0x20 : 0) | localType));
        _records.Add(0);
        _records.Add(big ? (byte)1 : (byte)0);
        Span<byte> g = stackalloc byte[2];
        if (big)
        {
            BinaryPrimitives.WriteUInt16BigEndian(g, globalNumber);
        }
        else
        {
            BinaryPrimitives.WriteUInt16LittleEndian(g, globalNumber);
        }

        _records.AddRange(g);
        _records.Add((byte)fields.Count);
        foreach (FitFieldSpec f in fields)
        {
            _records.Add(f.Number);
            _records.Add((byte)f.ByteSize);
            _records.Add(FitBaseTypes.ToWire(f.Type));
        }

        if (dev)
        {
            _records.Add((byte)developerFields!.Count);
            foreach (FitDeveloperFieldSpec d in developerFields)
            {
                _records.Add(d.Number);
                _records.Add(d.Size);
                _records.Add(d.DeveloperDataIndex);
            }
        }

        _definitions[localType] = new Definition(globalNumber, big, [.. fields], developerFields is null ? [] : [.. developerFields]);
    }

    /// <summary>Writes a data message with a normal header. Values follow the fields, then the developer fields (byte[]).</summary>
    public void WriteData(byte localType, params object?[] values)
    {
        Definition definition = DefinitionFor(localType);
        _records.Add(localType);
        WriteValues(definition, values);
    }

    /// <summary>
    /// Writes a data message with a compressed-timestamp header: the low 5 bits of <paramref name="timestamp"/>
    /// in the header, which readers roll over from the last full timestamp. The local type must be 0-3, and the
    /// timestamp no more than 31 s after the last one written.
    /// </summary>
    public void WriteCompressedTimestampData(byte localType, uint timestamp, params object?[] values)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(localType, (byte)3);
        Definition definition = DefinitionFor(localType);
        if (_lastTimestamp is not { } last || timestamp < last || timestamp - last > 31)
        {
            throw new InvalidOperationException("A compressed timestamp must follow a full timestamp by 0 to 31 seconds.");
        }

        _records.Add((byte)(0x80 | (localType << 5) | (int)(timestamp & 0x1F)));
        WriteValues(definition, values);
        _lastTimestamp = timestamp;
    }

    /// <summary>Writes bytes as they are into the records, to build malformed files.</summary>
    public void WriteRaw(ReadOnlySpan<byte> bytes) => _records.AddRange(bytes);

    /// <summary>Closes the current file (header, records, CRC); what is written next starts a chained file.</summary>
    public void EndFile()
    {
        byte[] records = _records.ToArray();
        _records.Clear();
        Array.Clear(_definitions);
        _lastTimestamp = null;
        byte[] file = new byte[_options.HeaderSize + records.Length + 2];
        file[0] = (byte)_options.HeaderSize;
        file[1] = _options.ProtocolVersion;
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(2), _options.ProfileVersion);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(4), (uint)records.Length);
        ".FIT"u8.CopyTo(file.AsSpan(8));
        if (_options.HeaderSize == 14 && _options.HeaderCrc)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(12), FitCrc.Compute(file.AsSpan(0, 12)));
        }

        records.CopyTo(file, _options.HeaderSize);
        ushort crc = FitCrc.Compute(file.AsSpan(0, file.Length - 2));
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(file.Length - 2), crc);
        _done.AddRange(file);
    }

    /// <summary>Every file written, chained; closes the current file first when it has records.</summary>
    public byte[] ToArray()
    {
        if (_records.Count > 0 || _done.Count == 0)
        {
            EndFile();
        }

        return _done.ToArray();
    }

    private Definition DefinitionFor(byte localType) =>
        localType < 16 && _definitions[localType] is { } d
            ? d
            : throw new InvalidOperationException($"Local message type {localType} has no definition.");

    private void WriteValues(Definition definition, object?[] values)
    {
        int expected = definition.Fields.Length + definition.DeveloperFields.Length;
        if (values.Length != expected)
        {
            throw new ArgumentException($"Expected {expected} values, got {values.Length}.", nameof(values));
        }

        for (int i = 0; i < definition.Fields.Length; i++)
        {
            FitFieldSpec f = definition.Fields[i];
            byte[] bytes = Encode(f, values[i], definition.BigEndian);
            _records.AddRange(bytes);
            if (f.Number == TimestampField && values[i] is not null)
            {
                _lastTimestamp = Convert.ToUInt32(values[i], System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        for (int i = 0; i < definition.DeveloperFields.Length; i++)
        {
            FitDeveloperFieldSpec d = definition.DeveloperFields[i];
            byte[] bytes = new byte[d.Size];
            if (values[definition.Fields.Length + i] is byte[] given)
            {
                given.AsSpan(0, Math.Min(given.Length, bytes.Length)).CopyTo(bytes);
            }

            _records.AddRange(bytes);
        }
    }

    private static byte[] Encode(FitFieldSpec f, object? value, bool big)
    {
        byte[] bytes = new byte[f.ByteSize];
        int size = FitBaseTypes.Size(f.Type);
        switch (value)
        {
            case null:
                for (int i = 0; i + size <= bytes.Length; i += size)
                {
                    WriteBits(bytes.AsSpan(i, size), FitBaseTypes.InvalidBits(f.Type), big);
                }

                if (f.Type is FitBaseType.Byte or FitBaseType.Enum or FitBaseType.UInt8 || bytes.Length % size != 0)
                {
                    bytes.AsSpan().Fill(0xFF);
                }

                break;
            case byte[] raw:
                raw.AsSpan(0, Math.Min(raw.Length, bytes.Length)).CopyTo(bytes);
                break;
            case string text:
                byte[] utf8 = Encoding.UTF8.GetBytes(text);
                utf8.AsSpan(0, Math.Min(utf8.Length, bytes.Length - 1)).CopyTo(bytes);
                break;
            case Array array:
                for (int i = 0; i < array.Length && (i + 1) * size <= bytes.Length; i++)
                {
                    WriteBits(bytes.AsSpan(i * size, size), Bits(f.Type, array.GetValue(i)), big);
                }

                break;
            default:
                WriteBits(bytes.AsSpan(0, Math.Min(size, bytes.Length)), Bits(f.Type, value), big);
                break;
        }

        return bytes;
    }

    private static ulong Bits(FitBaseType type, object? value)
    {
        if (value is null)
        {
            return FitBaseTypes.InvalidBits(type);
        }

        var culture = System.Globalization.CultureInfo.InvariantCulture;
        return type switch
        {
            FitBaseType.Float32 => BitConverter.SingleToUInt32Bits(Convert.ToSingle(value, culture)),
            FitBaseType.Float64 => BitConverter.DoubleToUInt64Bits(Convert.ToDouble(value, culture)),
            _ => value is double or float or decimal
                ? unchecked((ulong)(long)Math.Round(Convert.ToDouble(value, culture)))
                : value is ulong u ? u : unchecked((ulong)Convert.ToInt64(value, culture)),
        };
    }

    private static void WriteBits(Span<byte> span, ulong bits, bool big)
    {
        switch (span.Length)
        {
            case 1:
                span[0] = (byte)bits;
                break;
            case 2 when big:
                BinaryPrimitives.WriteUInt16BigEndian(span, (ushort)bits);
                break;
            case 2:
                BinaryPrimitives.WriteUInt16LittleEndian(span, (ushort)bits);
                break;
            case 4 when big:
                BinaryPrimitives.WriteUInt32BigEndian(span, (uint)bits);
                break;
            case 4:
                BinaryPrimitives.WriteUInt32LittleEndian(span, (uint)bits);
                break;
            case 8 when big:
                BinaryPrimitives.WriteUInt64BigEndian(span, bits);
                break;
            case 8:
                BinaryPrimitives.WriteUInt64LittleEndian(span, bits);
                break;
        }
    }

    private sealed record Definition(ushort Global, bool BigEndian, FitFieldSpec[] Fields, FitDeveloperFieldSpec[] DeveloperFields);
}

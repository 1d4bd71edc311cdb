using System.Text;

namespace LegCheck.Activities.Fit;

/// <summary>
/// One data message. Field values are read on demand from the decoded input, so a message costs one small
/// object however many fields it has. Invalid-value sentinels read as null.
/// </summary>
public sealed class FitMessage
{
    private readonly byte[] _buffer;
    private readonly int _offset;
    private (byte Number, double Raw)[]? _components;

    internal FitMessage(FitMessageDefinition definition, byte[] buffer, int offset, int fileIndex, long recordOffset)
    {
        Definition = definition;
        _buffer = buffer;
        _offset = offset;
        FileIndex = fileIndex;
        RecordOffset = recordOffset;
    }

    public ushort GlobalNumber => Definition.GlobalNumber;

    public FitMessageDefinition Definition { get; }

    /// <summary>0-based index of the chained file this message belongs to.</summary>
    public int FileIndex { get; }

    /// <summary>Offset of the record header byte in the input.</summary>
    public long RecordOffset { get; }

    /// <summary>The message's timestamp (field 253, or one derived from a compressed-timestamp header), in FIT seconds.</summary>
    public uint? Timestamp { get; internal set; }

    /// <summary>True when <see cref="Timestamp"/> came from a compressed-timestamp record header.</summary>
    public bool HasCompressedTimestamp { get; internal set; }

    /// <summary>The field's content bytes; empty when the message has no such field.</summary>
    public ReadOnlySpan<byte> GetBytes(byte number) =>
        Definition.TryGetField(number, out FitFieldDefinition f) ? _buffer.AsSpan(_offset + f.Offset, f.Size) : default;

    public bool HasField(byte number) => Definition.TryGetField(number, out _) || FindComponent(number) is not null;

    /// <summary>The field's first value as an integer; null when absent, invalid, raw bytes or a float.</summary>
    public long? GetInteger(byte number)
    {
        if (!Definition.TryGetField(number, out FitFieldDefinition f) || !IsScalarInteger(f))
        {
            return null;
        }

        return FitBaseTypes.ReadInteger(_buffer.AsSpan(_offset + f.Offset, f.Size), f.BaseType, Definition.BigEndian);
    }

    /// <summary>The field's first value, scaled as the profile says: value / scale - offset. Null when absent or invalid.</summary>
    public double? GetDouble(byte number, double scale = 1, double offset = 0)
    {
        double? raw = null;
        if (Definition.TryGetField(number, out FitFieldDefinition f))
        {
            if (f.BaseType is not (FitBaseType.String or FitBaseType.Byte))
            {
                raw = FitBaseTypes.ReadNumber(_buffer.AsSpan(_offset + f.Offset, f.Size), f.BaseType, Definition.BigEndian);
            }
        }
        else
        {
            raw = FindComponent(number);
        }

        return raw is { } r ? (r / scale) - offset : null;
    }

    /// <summary>A string field up to its first NUL; null when absent, empty or not a string.</summary>
    public string? GetString(byte number)
    {
        if (!Definition.TryGetField(number, out FitFieldDefinition f) || f.BaseType != FitBaseType.String)
        {
            return null;
        }

        ReadOnlySpan<byte> bytes = _buffer.AsSpan(_offset + f.Offset, f.Size);
        int end = bytes.IndexOf((byte)0);
        if (end >= 0)
        {
            bytes = bytes[..end];
        }

        return bytes.IsEmpty ? null : Encoding.UTF8.GetString(bytes);
    }

    /// <summary>
    /// The field as a plain value: null (absent or invalid), long, double, string, or an array of those for
    /// array fields; byte fields and fields whose size did not fit their type come back as byte[].
    /// </summary>
    public object? GetValue(byte number)
    {
        if (!Definition.TryGetField(number, out FitFieldDefinition f))
        {
            return FindComponent(number);
        }

        ReadOnlySpan<byte> bytes = _buffer.AsSpan(_offset + f.Offset, f.Size);
        switch (f.BaseType)
        {
            case FitBaseType.String:
                return GetString(number);
            case FitBaseType.Byte:
                return bytes.IndexOfAnyExcept((byte)0xFF) < 0 ? null : bytes.ToArray();
        }

        int size = FitBaseTypes.Size(f.BaseType);
        int count = f.Size / size;
        if (count == 1)
        {
            return ReadOne(bytes, f.BaseType);
        }

        var values = new object?[count];
        bool any = false;
        for (int i = 0; i < count; i++)
        {
            ReadOnlySpan<byte> one = bytes.Slice(i * size, size);
            values[i] = ReadOne(one, f.BaseType);
            any |= values[i] is not null;
        }

        return any ? values : null;
    }

    /// <summary>Adds a value expanded from a component field (such as compressed speed/distance), in the target field's raw units.</summary>
    internal void AddComponent(byte number, double raw)
    {
        _components = _components is null ? [(number, raw)] : [.. _components, (number, raw)];
    }

    /// <summary>A boxed long for integer types, a boxed double for floats; null when invalid.</summary>
    private object? ReadOne(ReadOnlySpan<byte> bytes, FitBaseType type)
    {
        if (FitBaseTypes.IsFloat(type))
        {
            return FitBaseTypes.ReadNumber(bytes, type, Definition.BigEndian);
        }

        return FitBaseTypes.ReadInteger(bytes, type, Definition.BigEndian);
    }

    private static bool IsScalarInteger(FitFieldDefinition f) =>
        f.BaseType is not (FitBaseType.String or FitBaseType.Byte or FitBaseType.Float32 or FitBaseType.Float64);

    private double? FindComponent(byte number)
    {
        if (_components is null)
        {
            return null;
        }

        foreach ((byte n, double raw) in _components)
        {
            if (n == number)
            {
                return raw;
            }
        }

        return null;
    }

    public override string ToString() => $"message {GlobalNumber} at byte {RecordOffset}";
}

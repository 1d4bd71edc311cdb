using System.Buffers.Binary;

namespace LegCheck.Activities.Fit;

/// <summary>The state of one decode: a cursor over the input, the local message definitions, and accumulators.</summary>
internal sealed class FitDecoding
{
    private const int MaxWarnings = 20;
    private const byte TimestampField = 253;

    private readonly byte[] _data;
    private readonly FitOptions _options;
    private readonly Action<FitMessage>? _onMessage;
    private readonly List<FitHeader> _headers = [];
    private readonly List<FitMessage> _messages = [];
    private readonly List<string> _warnings = [];
    private readonly HashSet<(ushort, byte)> _misalignedSeen = [];
    private readonly FitMessageDefinition?[] _locals = new FitMessageDefinition?[16];
    private int _fileIndex;
    private int _messageCount;
    private int _definitionCount;
    private uint _lastTimestamp;
    private uint _distanceAccumulator;
    private bool _stopped;
    private long _dataEnd;

    public FitDecoding(byte[] data, FitOptions options, Action<FitMessage>? onMessage)
    {
        _data = data;
        _options = options;
        _onMessage = onMessage;
    }

    public FitFile Run()
    {
        int pos = 0;
        try
        {
            while (!_stopped)
            {
                pos = ReadOneFile(pos);
                if (pos >= _data.Length)
                {
                    break;
                }

                _fileIndex++;
            }
        }
        catch (FitException ex) when (_options.KeepDecodedOnCorruptData && ex.Kind == FitErrorKind.Corrupt && _messageCount > 0)
        {
            return new FitFile(_headers, _messages, _messageCount, _definitionCount, _warnings, ex);
        }

        return new FitFile(_headers, _messages, _messageCount, _definitionCount, _warnings);
    }

    private string Where => _fileIndex == 0 ? "" : $" in chained file {_fileIndex + 1}";

    private FitException Error(FitErrorKind kind, long offset, string problem) =>
        new(kind, offset, problem + Where) { ChainedFile = _fileIndex + 1 };

    private int ReadOneFile(int start)
    {
        FitHeader header = ReadHeader(start);
        _headers.Add(header);
        Array.Clear(_locals);
        _lastTimestamp = 0;
        _distanceAccumulator = 0;

        long dataEnd = _dataEnd = start + header.Size + (long)header.DataSize;
        int pos = start + header.Size;
        while (pos < dataEnd && !_stopped)
        {
            if (pos >= _data.Length)
            {
                if (!_options.CheckCrc)
                {
                    Warn($"the file ends at byte {_data.Length}, before the {header.DataSize} data bytes its header declares{Where}");
                    _stopped = true;
                    break;
                }

                throw Error(FitErrorKind.EndOfFile, pos, $"unexpected end of file at byte {pos} (the header declares {header.DataSize} data bytes)");
            }

            byte recordHeader = _data[pos];
            pos = (recordHeader & 0xC0) == 0x40 ? ReadDefinition(pos, recordHeader) : ReadData(pos, recordHeader);
        }

        return _stopped ? _data.Length : ReadFileCrc(start, pos);
    }

    private FitHeader ReadHeader(int start)
    {
        int remaining = _data.Length - start;
        if (remaining < 12)
        {
            if (_fileIndex == 0)
            {
                throw Error(FitErrorKind.Header, start, $"not a FIT file: {remaining} bytes is too short for a FIT header");
            }

            throw Error(FitErrorKind.EndOfFile, _data.Length, $"unexpected end of file at byte {_data.Length}: the header is incomplete");
        }

        int size = _data[start];
        bool signature = FitDecoder.HasSignature(_data.AsSpan(start));
        if (!signature || size < 12)
        {
            string problem = !signature ? "no .FIT signature" : $"header size {size}";
            throw _fileIndex == 0 && !signature
                ? Error(FitErrorKind.Header, start, "not a FIT file: no .FIT signature at bytes 8-11")
                : Error(FitErrorKind.Header, start, $"corrupt header at byte {start} ({problem})");
        }

        if (remaining < size)
        {
            throw Error(FitErrorKind.EndOfFile, _data.Length, $"unexpected end of file at byte {_data.Length}: the header is incomplete");
        }

        ushort? headerCrc = null;
        if (size >= 14)
        {
            headerCrc = BinaryPrimitives.ReadUInt16LittleEndian(_data.AsSpan(start + 12));
            ushort computed = FitCrc.Compute(_data.AsSpan(start, 12));
            if (_options.CheckCrc && headerCrc != 0 && headerCrc != computed)
            {
                throw Error(FitErrorKind.Crc, start + 12, $"FIT header CRC mismatch (expected 0x{computed:X4}, found 0x{headerCrc:X4})");
            }
        }

        return new FitHeader(
            start,
            size,
            _data[start + 1],
            BinaryPrimitives.ReadUInt16LittleEndian(_data.AsSpan(start + 2)),
            BinaryPrimitives.ReadUInt32LittleEndian(_data.AsSpan(start + 4)),
            headerCrc);
    }

    private int ReadFileCrc(int start, int pos)
    {
        int remaining = _data.Length - pos;
        if (!_options.CheckCrc)
        {
            if (remaining < 2)
            {
                Warn($"no file CRC{Where}");
                return _data.Length;
            }

            // Without CRC checking, a file that has no CRC may be followed directly by the next file's header.
            return FitDecoder.HasSignature(_data.AsSpan(pos)) && _data[pos] >= 12 ? pos : pos + 2;
        }

        if (remaining < 2)
        {
            throw Error(FitErrorKind.EndOfFile, _data.Length, $"unexpected end of file at byte {_data.Length}: the file CRC is missing");
        }

        ushort stored = BinaryPrimitives.ReadUInt16LittleEndian(_data.AsSpan(pos));
        ushort computed = FitCrc.Compute(_data.AsSpan(start, pos - start));
        if (stored != computed)
        {
            throw Error(FitErrorKind.Crc, pos, $"FIT file CRC mismatch (expected 0x{computed:X4}, found 0x{stored:X4})");
        }

        return pos + 2;
    }

    private int ReadDefinition(int pos, byte recordHeader)
    {
        int p = pos + 1;
        if (IsCut(pos, p + 5L))
        {
            return _data.Length;
        }

        byte architecture = _data[p + 1];
        if (architecture > 1)
        {
            throw Error(FitErrorKind.Corrupt, pos, $"corrupt definition message at byte {pos} (architecture byte {architecture})");
        }

        bool bigEndian = architecture == 1;
        ReadOnlySpan<byte> g = _data.AsSpan(p + 2, 2);
        ushort global = bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(g) : BinaryPrimitives.ReadUInt16LittleEndian(g);
        int fieldCount = _data[p + 4];
        p += 5;
        if (IsCut(pos, p + (3L * fieldCount)))
        {
            return _data.Length;
        }

        var fields = ReadFieldDefinitions(p, fieldCount, global, out int offset);
        p += 3 * fieldCount;

        FitDeveloperFieldDefinition[] developerFields = [];
        if ((recordHeader & 0x20) != 0)
        {
            if (IsCut(pos, p + 1L) || IsCut(pos, p + 1L + (3L * _data[p])))
            {
                return _data.Length;
            }

            int devCount = _data[p++];
            developerFields = new FitDeveloperFieldDefinition[devCount];
            for (int i = 0; i < devCount; i++, p += 3)
            {
                developerFields[i] = new FitDeveloperFieldDefinition(_data[p], _data[p + 1], _data[p + 2], offset);
                offset += _data[p + 1];
            }
        }

        if (global == FitMessages.Record && Array.Exists(fields, f => f.Number == RecordFields.CompressedSpeedDistance))
        {
            _distanceAccumulator = 0;
        }

        _locals[recordHeader & 0x0F] = new FitMessageDefinition((byte)(recordHeader & 0x0F), global, bigEndian, fields, developerFields);
        _definitionCount++;
        return p;
    }

    /// <summary>A definition's fields from <paramref name="p"/> on, three bytes each; a size that does not fit its type is read as raw bytes.</summary>
    private FitFieldDefinition[] ReadFieldDefinitions(int p, int fieldCount, ushort global, out int offset)
    {
        var fields = new FitFieldDefinition[fieldCount];
        offset = 0;
        for (int i = 0; i < fieldCount; i++, p += 3)
        {
            byte number = _data[p];
            byte size = _data[p + 1];
            FitBaseType declared = FitBaseTypes.FromWire(_data[p + 2]);
            FitBaseType used = declared;
            int typeSize = FitBaseTypes.Size(declared);
            if (size == 0 || size % typeSize != 0)
            {
                used = FitBaseType.Byte;
                if (_misalignedSeen.Add((global, number)))
                {
                    Warn($"message {global} field {number}: size {size} does not fit {declared.ToString().ToLowerInvariant()}; read as raw bytes");
                }
            }

            fields[i] = new FitFieldDefinition(number, size, declared, used, offset);
            offset += size;
        }

        return fields;
    }

    private int ReadData(int pos, byte recordHeader)
    {
        bool compressed = (recordHeader & 0x80) != 0;
        int local = compressed ? (recordHeader >> 5) & 0x03 : recordHeader & 0x0F;
        FitMessageDefinition definition = _locals[local]
            ?? throw Error(FitErrorKind.Corrupt, pos, $"corrupt data at byte {pos}: a data message uses undefined local message type {local}{Shortfall()}");

        int contentStart = pos + 1;
        if (IsCut(pos, (long)contentStart + definition.DataSize))
        {
            return _data.Length;
        }

        var message = new FitMessage(definition, _data, contentStart, _fileIndex, pos);
        if (definition.TryGetField(TimestampField, out _) && message.GetInteger(TimestampField) is { } ts and >= 0 and <= uint.MaxValue)
        {
            _lastTimestamp = (uint)ts;
            message.Timestamp = (uint)ts;
        }

        if (compressed)
        {
            uint offset = (uint)(recordHeader & 0x1F);
            uint timestamp = (_lastTimestamp & ~0x1Fu) + offset;
            if (offset < (_lastTimestamp & 0x1F))
            {
                timestamp += 0x20;
            }

            _lastTimestamp = timestamp;
            message.Timestamp = timestamp;
            message.HasCompressedTimestamp = true;
        }

        if (definition.GlobalNumber == FitMessages.Record)
        {
            ExpandCompressedSpeedDistance(message);
        }

        _messageCount++;
        if (_options.KeepMessage?.Invoke(definition.GlobalNumber) ?? true)
        {
            _messages.Add(message);
        }

        _onMessage?.Invoke(message);
        return contentStart + definition.DataSize;
    }

    /// <summary>record.compressed_speed_distance: 12 bits of speed (1/100 m/s) and 12 bits of accumulated distance (1/16 m).</summary>
    private void ExpandCompressedSpeedDistance(FitMessage message)
    {
        ReadOnlySpan<byte> b = message.GetBytes(RecordFields.CompressedSpeedDistance);
        if (b.Length < 3 || b.IndexOfAnyExcept((byte)0xFF) < 0)
        {
            return;
        }

        int speed = b[0] | ((b[1] & 0x0F) << 8);
        uint distance = (uint)((b[1] >> 4) | (b[2] << 4));
        uint accumulated = distance + (_distanceAccumulator & ~0xFFFu);
        if (distance < (_distanceAccumulator & 0xFFF))
        {
            accumulated += 0x1000;
        }

        _distanceAccumulator = accumulated;
        message.AddComponent(RecordFields.Speed, speed * 10.0);
        message.AddComponent(RecordFields.Distance, accumulated * 100.0 / 16.0);
    }

    /// <summary>A hint for corrupt data: bytes missing compared with the header's declared size (plus the CRC).</summary>
    private string Shortfall()
    {
        long missing = _dataEnd + 2 - _data.Length;
        return missing > 0 && _fileIndex == 0 ? $" (the file is {missing} bytes shorter than its header declares)" : "";
    }

    /// <summary>True (after a warning) when a cut message ends a relaxed decode; throws when CRCs are checked.</summary>
    private bool IsCut(int messageStart, long end)
    {
        if (end <= _data.Length)
        {
            return false;
        }

        if (!_options.CheckCrc)
        {
            Warn($"the last message (at byte {messageStart}) is cut off by the end of the file and was dropped{Where}");
            _stopped = true;
            return true;
        }

        throw Error(FitErrorKind.EndOfFile, _data.Length, $"unexpected end of file at byte {_data.Length} (inside the message at byte {messageStart})");
    }

    private void Warn(string warning)
    {
        if (_warnings.Count < MaxWarnings)
        {
            _warnings.Add(warning);
        }
    }
}

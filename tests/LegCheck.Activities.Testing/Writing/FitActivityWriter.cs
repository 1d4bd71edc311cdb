using LegCheck.Activities.Fit;
using LegCheck.Activities.Track;

namespace LegCheck.Activities.Writing;

/// <summary>What <see cref="FitActivityWriter"/> puts in the file.</summary>
public sealed record FitActivityOptions
{
    public FitWriterOptions Writer { get; init; } = new();

    /// <summary>Write records within 31 s of the last full timestamp with compressed-timestamp headers.</summary>
    public bool CompressedTimestamps { get; init; }

    /// <summary>Add developer_data_id, field_description and a 2-byte developer field to every record.</summary>
    public bool DeveloperFields { get; init; }

    public bool WriteSession { get; init; } = true;

    /// <summary>file_id.type; 4 is an activity.</summary>
    public byte FileType { get; init; } = FitFileTypes.Activity;
}

/// <summary>Writes an <see cref="ActivityTrack"/> as a FIT activity: file_id, records, lap, session, activity.</summary>
public static class FitActivityWriter
{
    private const byte FileIdLocal = 0;
    private const byte DeveloperLocal = 1;
    private const byte RecordLocal = 2;
    private const byte CompressedRecordLocal = 3;
    private const byte LapLocal = 4;
    private const byte SessionLocal = 5;
    private const byte ActivityLocal = 6;

    private static readonly FitFieldSpec[] RecordFieldsWithoutTime =
    [
        new(RecordFields.PositionLat, FitBaseType.SInt32), new(RecordFields.PositionLong, FitBaseType.SInt32),
        new(RecordFields.Altitude, FitBaseType.UInt16), new(RecordFields.HeartRate, FitBaseType.UInt8),
        new(RecordFields.Cadence, FitBaseType.UInt8), new(RecordFields.Distance, FitBaseType.UInt32),
        new(RecordFields.Speed, FitBaseType.UInt16), new(RecordFields.Temperature, FitBaseType.SInt8),
        new(RecordFields.FractionalCadence, FitBaseType.UInt8),
    ];

    public static byte[] Write(ActivityTrack track, FitActivityOptions? options = null)
    {
        options ??= new FitActivityOptions();
        var writer = new FitWriter(options.Writer);
        Write(writer, track, options);
        return writer.ToArray();
    }

    /// <summary>Writes the activity as one file into <paramref name="writer"/> and ends that file, so several calls chain files.</summary>
    public static void Write(FitWriter writer, ActivityTrack track, FitActivityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(track);
        options ??= new FitActivityOptions();
        uint start = FitTime.FromDateTime(track.Start);
        writer.WriteDefinition(FileIdLocal, FitMessages.FileId,
        [
            new(FileIdFields.Type, FitBaseType.Enum), new(FileIdFields.Manufacturer, FitBaseType.UInt16),
            new(FileIdFields.Product, FitBaseType.UInt16), new(FileIdFields.SerialNumber, FitBaseType.UInt32z),
            new(FileIdFields.TimeCreated, FitBaseType.UInt32),
        ]);
        writer.WriteData(FileIdLocal, options.FileType, track.Manufacturer, track.Product, track.SerialNumber, start);
        if (options.DeveloperFields)
        {
            WriteDeveloperDescriptions(writer);
        }

        WriteRecords(writer, track, options);
        TrackSummary s = track.Summarize();
        uint end = FitTime.FromDateTime(s.End ?? track.Start);
        byte sport = FitNames.SportNumber(track.Sport);
        double elapsedMs = (s.ElapsedTime ?? TimeSpan.Zero).TotalMilliseconds;
        double timerMs = (s.MovingTime ?? s.ElapsedTime ?? TimeSpan.Zero).TotalMilliseconds;
        double? distanceCm = s.DistanceM * 100;
        double? cadence = s.AverageCadence;
        object? cadenceWhole = cadence is { } c ? Math.Floor(c) : null;
        object? cadenceFraction = cadence is { } c2 ? Math.Round((c2 - Math.Floor(c2)) * 128) : null;
        object? hr = s.AverageHeartRate is { } h ? Math.Round(h) : null;
        object? maxHr = s.MaxHeartRate;

        writer.WriteDefinition(LapLocal, FitMessages.Lap,
        [
            new(LapFields.Timestamp, FitBaseType.UInt32), new(LapFields.StartTime, FitBaseType.UInt32),
            new(LapFields.TotalElapsedTime, FitBaseType.UInt32), new(LapFields.TotalTimerTime, FitBaseType.UInt32),
            new(LapFields.TotalDistance, FitBaseType.UInt32), new(LapFields.Sport, FitBaseType.Enum),
        ]);
        writer.WriteData(LapLocal, end, start, elapsedMs, timerMs, distanceCm, sport);

        if (options.WriteSession)
        {
            double? speed = s.DistanceM is { } d && timerMs > 0 ? d / (timerMs / 1000) * 1000 : null;
            writer.WriteDefinition(SessionLocal, FitMessages.Session,
            [
                new(SessionFields.Timestamp, FitBaseType.UInt32), new(SessionFields.StartTime, FitBaseType.UInt32),
                new(SessionFields.Sport, FitBaseType.Enum), new(SessionFields.SubSport, FitBaseType.Enum),
                new(SessionFields.TotalElapsedTime, FitBaseType.UInt32), new(SessionFields.TotalTimerTime, FitBaseType.UInt32),
                new(SessionFields.TotalDistance, FitBaseType.UInt32), new(SessionFields.AvgSpeed, FitBaseType.UInt16),
                new(SessionFields.AvgHeartRate, FitBaseType.UInt8), new(SessionFields.MaxHeartRate, FitBaseType.UInt8),
                new(SessionFields.AvgCadence, FitBaseType.UInt8), new(SessionFields.TotalAscent, FitBaseType.UInt16),
                new(SessionFields.AvgTemperature, FitBaseType.SInt8), new(SessionFields.AvgFractionalCadence, FitBaseType.UInt8),
                new(SessionFields.EnhancedAvgSpeed, FitBaseType.UInt32),
            ]);
            writer.WriteData(SessionLocal, end, start, sport, 0, elapsedMs, timerMs, distanceCm, speed, hr, maxHr,
                cadenceWhole, s.ElevationGainM is { } g ? Math.Round(g) : null,
                s.AverageTemperatureC is { } t ? Math.Round(t) : null, cadenceFraction, speed);
        }

        writer.WriteDefinition(ActivityLocal, FitMessages.Activity,
        [
            new(ActivityFields.Timestamp, FitBaseType.UInt32), new(ActivityFields.TotalTimerTime, FitBaseType.UInt32),
            new(ActivityFields.NumSessions, FitBaseType.UInt16), new(ActivityFields.Type, FitBaseType.Enum),
            new(ActivityFields.Event, FitBaseType.Enum), new(ActivityFields.EventType, FitBaseType.Enum),
            new(ActivityFields.LocalTimestamp, FitBaseType.UInt32),
        ]);
        object? local = track.UtcOffset is { } offset ? (uint)(end + (long)offset.TotalSeconds) : null;
        writer.WriteData(ActivityLocal, end, timerMs, options.WriteSession ? 1 : 0, 0, 26, 1, local);
        writer.EndFile();
    }

    private static void WriteDeveloperDescriptions(FitWriter writer)
    {
        writer.WriteDefinition(DeveloperLocal, FitMessages.DeveloperDataId,
        [
            new(1, FitBaseType.Byte, 16), new(3, FitBaseType.UInt8),
        ]);
        writer.WriteData(DeveloperLocal, new byte[16], 0);
        writer.WriteDefinition(DeveloperLocal, FitMessages.FieldDescription,
        [
            new(0, FitBaseType.UInt8), new(1, FitBaseType.UInt8), new(2, FitBaseType.UInt8),
            new(3, FitBaseType.String, 16), new(8, FitBaseType.String, 8),
        ]);
        writer.WriteData(DeveloperLocal, 0, 0, 0x84, "form_power", "W");
    }

    private static void WriteRecords(FitWriter writer, ActivityTrack track, FitActivityOptions options)
    {
        FitDeveloperFieldSpec[]? dev = options.DeveloperFields ? [new FitDeveloperFieldSpec(0, 2, 0)] : null;
        writer.WriteDefinition(RecordLocal, FitMessages.Record, [new(RecordFields.Timestamp, FitBaseType.UInt32), .. RecordFieldsWithoutTime], dev);
        if (options.CompressedTimestamps)
        {
            writer.WriteDefinition(CompressedRecordLocal, FitMessages.Record, RecordFieldsWithoutTime, dev);
        }

        uint? lastFull = null;
        double distance = 0;
        TrackPoint? previous = null;
        foreach (TrackPoint p in track.Points)
        {
            if (p.DistanceM is { } d)
            {
                distance = d;
            }
            else if (previous is { HasPosition: true } prev && p.HasPosition)
            {
                distance += Geo.HaversineM(prev.Latitude!.Value, prev.Longitude!.Value, p.Latitude!.Value, p.Longitude!.Value);
            }

            previous = p;
            uint ts = FitTime.FromDateTime(p.Time);
            object?[] values =
            [
                p.Latitude is { } lat ? Geo.DegreesToSemicircles(lat) : null,
                p.Longitude is { } lon ? Geo.DegreesToSemicircles(lon) : null,
                p.ElevationM is { } e ? (e + 500) * 5 : null,
                p.HeartRate,
                p.Cadence is { } c ? Math.Floor(c) : null,
                distance * 100,
                p.SpeedMps is { } v ? v * 1000 : null,
                p.TemperatureC is { } t ? Math.Round(t) : null,
                p.Cadence is { } c2 ? Math.Round((c2 - Math.Floor(c2)) * 128) : null,
            ];
            if (dev is not null)
            {
                values = [.. values, new byte[] { 42, 0 }];
            }

            if (options.CompressedTimestamps && lastFull is { } last && ts >= last && ts - last <= 31)
            {
                writer.WriteCompressedTimestampData(CompressedRecordLocal, ts, values);
                lastFull = ts;
            }
            else
            {
                writer.WriteData(RecordLocal, [ts, .. values]);
                lastFull = ts;
            }
        }
    }
}

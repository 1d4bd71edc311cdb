namespace LegCheck.Activities.Fit;

/// <summary>Global message numbers from the FIT profile that LegCheck reads or writes.</summary>
public static class FitMessages
{
    public const ushort FileId = 0;
    public const ushort Sport = 12;
    public const ushort Session = 18;
    public const ushort Lap = 19;
    public const ushort Record = 20;
    public const ushort Event = 21;
    public const ushort DeviceInfo = 23;
    public const ushort Activity = 34;
    public const ushort FieldDescription = 206;
    public const ushort DeveloperDataId = 207;
}

/// <summary>file_id (0) fields.</summary>
public static class FileIdFields
{
    public const byte Type = 0;
    public const byte Manufacturer = 1;
    public const byte Product = 2;
    public const byte SerialNumber = 3;
    public const byte TimeCreated = 4;
    public const byte ProductName = 8;
}

/// <summary>session (18) fields; times in ms (scale 1000), distance in cm (scale 100), speed in mm/s (scale 1000).</summary>
public static class SessionFields
{
    public const byte Timestamp = 253;
    public const byte StartTime = 2;
    public const byte Sport = 5;
    public const byte SubSport = 6;
    public const byte TotalElapsedTime = 7;
    public const byte TotalTimerTime = 8;
    public const byte TotalDistance = 9;
    public const byte AvgSpeed = 14;
    public const byte MaxSpeed = 15;
    public const byte AvgHeartRate = 16;
    public const byte MaxHeartRate = 17;
    public const byte AvgCadence = 18;
    public const byte TotalAscent = 22;
    public const byte AvgTemperature = 57;
    public const byte AvgFractionalCadence = 92;
    public const byte EnhancedAvgSpeed = 124;
}

/// <summary>lap (19) fields, same units as the session's.</summary>
public static class LapFields
{
    public const byte Timestamp = 253;
    public const byte StartTime = 2;
    public const byte TotalElapsedTime = 7;
    public const byte TotalTimerTime = 8;
    public const byte TotalDistance = 9;
    public const byte AvgSpeed = 13;
    public const byte AvgHeartRate = 15;
    public const byte MaxHeartRate = 16;
    public const byte AvgCadence = 17;
    public const byte TotalAscent = 21;
    public const byte Sport = 25;
    public const byte AvgTemperature = 50;
    public const byte AvgFractionalCadence = 80;
    public const byte EnhancedAvgSpeed = 110;
}

/// <summary>record (20) fields: altitude is (raw / 5) - 500 m, distance cm, speed mm/s, positions in semicircles.</summary>
public static class RecordFields
{
    public const byte Timestamp = 253;
    public const byte PositionLat = 0;
    public const byte PositionLong = 1;
    public const byte Altitude = 2;
    public const byte HeartRate = 3;
    public const byte Cadence = 4;
    public const byte Distance = 5;
    public const byte Speed = 6;
    public const byte CompressedSpeedDistance = 8;
    public const byte Temperature = 13;
    public const byte FractionalCadence = 53;
    public const byte EnhancedSpeed = 73;
    public const byte EnhancedAltitude = 78;
}

/// <summary>activity (34) fields.</summary>
public static class ActivityFields
{
    public const byte Timestamp = 253;
    public const byte TotalTimerTime = 0;
    public const byte NumSessions = 1;
    public const byte Type = 2;
    public const byte Event = 3;
    public const byte EventType = 4;
    public const byte LocalTimestamp = 5;
}

/// <summary>sport (12) fields.</summary>
public static class SportFields
{
    public const byte Sport = 0;
    public const byte SubSport = 1;
    public const byte Name = 3;
}

/// <summary>device_info (23) fields.</summary>
public static class DeviceInfoFields
{
    public const byte Timestamp = 253;
    public const byte DeviceIndex = 0;
    public const byte Manufacturer = 2;
    public const byte SerialNumber = 3;
    public const byte Product = 4;
    public const byte ProductName = 27;
}

/// <summary>file_id.type values.</summary>
public static class FitFileTypes
{
    public const byte Device = 1;
    public const byte Settings = 2;
    public const byte Sport = 3;
    public const byte Activity = 4;
    public const byte Workout = 5;
    public const byte Course = 6;
    public const byte Schedules = 7;
    public const byte Weight = 9;
    public const byte Totals = 10;
    public const byte Goals = 11;
    public const byte BloodPressure = 14;
    public const byte MonitoringA = 15;
    public const byte ActivitySummary = 20;
    public const byte MonitoringDaily = 28;
    public const byte MonitoringB = 32;
    public const byte Segment = 34;
    public const byte SegmentList = 35;

    public static string Name(long? type) => type switch
    {
        null => "unknown",
        Device => "device",
        Settings => "settings",
        Sport => "sport",
        Activity => "activity",
        Workout => "workout",
        Course => "course",
        Schedules => "schedules",
        Weight => "weight",
        Totals => "totals",
        Goals => "goals",
        BloodPressure => "blood pressure",
        MonitoringA or MonitoringB or MonitoringDaily => "monitoring",
        ActivitySummary => "activity summary",
        Segment => "segment",
        SegmentList => "segment list",
        _ => $"type {type}",
    };
}

/// <summary>Converts FIT date_time values (seconds since 1989-12-31T00:00:00Z).</summary>
public static class FitTime
{
    /// <summary>1989-12-31T00:00:00Z.</summary>
    public static readonly DateTimeOffset Epoch = new(1989, 12, 31, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Values below this are seconds of device time since power-up, not dates.</summary>
    public const uint MinAbsolute = 0x10000000;

    public static bool IsAbsolute(long value) => value >= MinAbsolute;

    public static DateTimeOffset ToDateTime(long value) => Epoch.AddSeconds(value);

    public static uint FromDateTime(DateTimeOffset time) => (uint)Math.Round((time - Epoch).TotalSeconds);
}

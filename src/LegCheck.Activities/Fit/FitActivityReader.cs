using System.Globalization;
using LegCheck.Activities.Track;

namespace LegCheck.Activities.Fit;

/// <summary>
/// Reads FIT bytes into activities. Only summary messages are kept (file_id, sport, session, lap, device_info,
/// activity); records are streamed into a <see cref="TrackAccumulator"/> per chained file, which fills values a
/// session lacks and stands in for a missing session.
/// A multisport file gives one activity per session; its running sessions count as runs (the running leg of
/// a triathlon loads the legs like any run), so the file reads as Ok when any session is running.
/// </summary>
internal static class FitActivityReader
{
    public static ReadOutcome Read(byte[] data, string name, FitOptions options)
    {
        var records = new Dictionary<int, TrackAccumulator>();
        void OnMessage(FitMessage m)
        {
            if (m.GlobalNumber == FitMessages.Record && FitRecordReader.TryRead(m, out TrackPoint p))
            {
                if (!records.TryGetValue(m.FileIndex, out TrackAccumulator? acc))
                {
                    records[m.FileIndex] = acc = new TrackAccumulator();
                }

                acc.Add(p);
            }
        }

        FitOptions summaryOnly = options with { KeepMessage = IsSummaryMessage, KeepDecodedOnCorruptData = true };
        FitFile fit;
        try
        {
            fit = FitDecoder.Decode(data, summaryOnly, OnMessage);
        }
        catch (FitException ex)
        {
            return ReadOutcomes.Error(name, ex.Message);
        }

        Dictionary<FitMessage, TrackSummary> legs = fit.Messages.Count(m => m.GlobalNumber == FitMessages.Session) > 1
            ? FitLegs.Summarize(data, summaryOnly, fit)
            : [];
        return Build(fit, records, legs, name);
    }

    private static bool IsSummaryMessage(ushort global) => global is FitMessages.FileId or FitMessages.Sport
        or FitMessages.Session or FitMessages.Lap or FitMessages.DeviceInfo or FitMessages.Activity;

    private static ReadOutcome Build(FitFile fit, Dictionary<int, TrackAccumulator> records, Dictionary<FitMessage, TrackSummary> legs, string name)
    {
        var warnings = new List<string>(fit.Warnings);
        var activities = new List<Activity>();
        var otherTypes = new List<string>();
        ILookup<int, FitMessage> byFile = fit.Messages.ToLookup(m => m.FileIndex);
        for (int i = 0; i < fit.Headers.Count; i++)
        {
            List<FitMessage> messages = [.. byFile[i]];
            bool damaged = fit.Damage is not null && i == fit.Headers.Count - 1;
            TrackSummary? track = records.TryGetValue(i, out TrackAccumulator? acc) ? acc.Summarize() : null;
            FitMessage? fileId = messages.Find(m => m.GlobalNumber == FitMessages.FileId);
            long? type = fileId?.GetInteger(FileIdFields.Type);
            bool hasSession = messages.Exists(m => m.GlobalNumber == FitMessages.Session);
            if (damaged && !hasSession)
            {
                // Without its session the damaged file's summary is unknown; records alone could be any part of it.
                continue;
            }

            if (type != FitFileTypes.Activity)
            {
                bool looksLikeActivity = hasSession || track is { PointCount: > 0 };
                if (type is not null || !looksLikeActivity)
                {
                    otherTypes.Add(FitFileTypes.Name(type));
                    continue;
                }

                warnings.Add("file_id gives no file type; read as an activity because it holds sessions or records");
            }

            var file = new FitActivityFile(fileId, messages, track, legs, warnings);
            activities.AddRange(file.Activities());
        }

        if (fit.Damage is { } damage)
        {
            return Recovered(name, damage, activities, warnings);
        }

        if (activities.Count > 0)
        {
            return ReadOutcomes.FromActivities(name, activities, warnings);
        }

        string what = otherTypes.Count > 0
            ? string.Join(", ", otherTypes.Distinct(StringComparer.Ordinal)) + " file"
            : "activity file without a session or timed records";
        return ReadOutcomes.NotAnActivity(name, what, warnings);
    }

    /// <summary>
    /// A file whose data turns corrupt after at least one complete session keeps the sessions decoded before the
    /// damage, each marked partly recovered (as Garmin's SDK recovers them); corrupt before any session is an error.
    /// </summary>
    private static ReadOutcome Recovered(string name, FitException damage, List<Activity> activities, List<string> warnings)
    {
        if (activities.Count == 0)
        {
            return ReadOutcomes.Error(name, damage.Message, warnings);
        }

        string problem = $"damaged after its summary ({damage.Message}); kept the run summary recorded before the damage";
        warnings.Add(problem);
        List<Activity> kept = [.. activities.Select(a => a with { PartlyRecovered = true })];
        return ReadOutcomes.FromActivities(name, kept, warnings) with { Message = $"{name}: partly recovered: {problem}" };
    }
}

/// <summary>One activity file of a chain: its summary messages and the summary of its records.</summary>
internal sealed class FitActivityFile(
    FitMessage? fileId,
    List<FitMessage> messages,
    TrackSummary? track,
    Dictionary<FitMessage, TrackSummary> legs,
    List<string> warnings)
{
    public IEnumerable<Activity> Activities()
    {
        List<FitMessage> sessions = messages.FindAll(m => m.GlobalNumber == FitMessages.Session);
        if (sessions.Count == 0)
        {
            if (track is not { PointCount: > 0 })
            {
                warnings.Add("activity file has no session and no timed records");
                yield break;
            }

            warnings.Add("no session message: the summary is computed from the records");
            yield return FromRecords(track);
            yield break;
        }

        foreach (FitMessage session in sessions)
        {
            // A multisport leg fills what its session lacks from its own records, not the whole file's.
            yield return FromSession(session, sessions.Count == 1 ? track : legs.GetValueOrDefault(session));
        }
    }

    private ActivitySport FileSport()
    {
        FitMessage? sport = messages.Find(m => m.GlobalNumber == FitMessages.Sport);
        return FitNames.Sport(sport?.GetInteger(SportFields.Sport));
    }

    private Activity FromSession(FitMessage s, TrackSummary? fill)
    {
        long? sportNumber = s.GetInteger(SessionFields.Sport);
        ActivitySport sport = sportNumber is null ? FileSport() : FitNames.Sport(sportNumber);
        TimeSpan? elapsed = Seconds(s.GetDouble(SessionFields.TotalElapsedTime, 1000)) ?? fill?.ElapsedTime;
        TimeSpan? timer = Seconds(s.GetDouble(SessionFields.TotalTimerTime, 1000));
        DateTimeOffset start = StartOf(s, elapsed, fill);
        double? cadence = s.GetDouble(SessionFields.AvgCadence);
        if (cadence is { } c && s.GetDouble(SessionFields.AvgFractionalCadence, 128) is { } fraction)
        {
            cadence = c + fraction;
        }

        double? distance = s.GetDouble(SessionFields.TotalDistance, 100) ?? fill?.DistanceM;
        return new Activity
        {
            Sport = sport,
            StartUtc = start,
            UtcOffset = UtcOffset(),
            DistanceMeters = distance,
            MovingTime = timer ?? fill?.MovingTime ?? elapsed,
            ElapsedTime = elapsed,
            ElevationGainMeters = s.GetDouble(SessionFields.TotalAscent) ?? fill?.ElevationGainM,
            AverageHeartRate = Positive(s.GetDouble(SessionFields.AvgHeartRate)) ?? fill?.AverageHeartRate,
            MaxHeartRate = Positive(s.GetDouble(SessionFields.MaxHeartRate)) ?? fill?.MaxHeartRate,
            AverageCadenceSpm = SportRules.ToStepsPerMinute(sport, cadence ?? fill?.AverageCadence),
            AverageTemperatureC = s.GetDouble(SessionFields.AvgTemperature) ?? fill?.AverageTemperatureC,
            Device = Device(),
            Key = Key(start),
        };
    }

    private Activity FromRecords(TrackSummary t)
    {
        ActivitySport sport = FileSport();
        if (sport == ActivitySport.Other)
        {
            FitMessage? lap = messages.Find(m => m.GlobalNumber == FitMessages.Lap);
            sport = FitNames.Sport(lap?.GetInteger(LapFields.Sport));
        }

        DateTimeOffset start = Absolute(t.Start ?? FileCreated() ?? FitTime.Epoch);
        return new Activity
        {
            Sport = sport,
            StartUtc = start,
            UtcOffset = UtcOffset(),
            DistanceMeters = t.DistanceM,
            MovingTime = t.MovingTime ?? t.ElapsedTime,
            ElapsedTime = t.ElapsedTime,
            ElevationGainMeters = t.ElevationGainM,
            AverageHeartRate = t.AverageHeartRate,
            MaxHeartRate = t.MaxHeartRate,
            AverageCadenceSpm = SportRules.ToStepsPerMinute(sport, t.AverageCadence),
            AverageTemperatureC = t.AverageTemperatureC,
            Device = Device(),
            Key = Key(start),
        };
    }

    private DateTimeOffset StartOf(FitMessage session, TimeSpan? elapsed, TrackSummary? fill)
    {
        DateTimeOffset? start = null;
        if (session.GetInteger(SessionFields.StartTime) is { } st)
        {
            start = FitTime.ToDateTime(st);
        }
        else if (session.Timestamp is { } end && elapsed is { } e)
        {
            start = FitTime.ToDateTime(end) - e;
        }

        start ??= fill?.Start ?? FileCreated();
        if (start is null)
        {
            warnings.Add("no start time in the session, the records or file_id");
            return FitTime.Epoch;
        }

        return Absolute(start.Value);
    }

    /// <summary>
    /// Some older devices (FR60, FR70) record seconds since power-up instead of dates. Their activity message's
    /// local_timestamp is a real local clock time, so the start is placed on that clock (time zone unknown).
    /// </summary>
    private DateTimeOffset Absolute(DateTimeOffset start)
    {
        if (start >= FitTime.ToDateTime(FitTime.MinAbsolute))
        {
            return start;
        }

        FitMessage? activity = messages.Find(m => m.GlobalNumber == FitMessages.Activity);
        if (activity?.Timestamp is { } end && !FitTime.IsAbsolute(end)
            && activity.GetInteger(ActivityFields.LocalTimestamp) is { } local && FitTime.IsAbsolute(local))
        {
            warnings.Add("the device recorded relative times; the start is its local clock time, time zone unknown");
            return FitTime.ToDateTime(local) - (FitTime.ToDateTime(end) - start);
        }

        warnings.Add("times are device-relative (seconds since power-up), so the start date is not real");
        return start;
    }

    private DateTimeOffset? FileCreated() =>
        fileId?.GetInteger(FileIdFields.TimeCreated) is { } t ? FitTime.ToDateTime(t) : null;

    /// <summary>activity.local_timestamp minus its timestamp, to the nearest quarter hour, when plausible.</summary>
    private TimeSpan? UtcOffset()
    {
        FitMessage? activity = messages.Find(m => m.GlobalNumber == FitMessages.Activity);
        if (activity?.Timestamp is not { } utc || activity.GetInteger(ActivityFields.LocalTimestamp) is not { } local
            || !FitTime.IsAbsolute(utc) || !FitTime.IsAbsolute(local))
        {
            return null;
        }

        double quarters = Math.Round((local - (long)utc) / 900.0);
        return Math.Abs(quarters) <= 14 * 4 ? TimeSpan.FromMinutes(quarters * 15) : null;
    }

    private string? Device()
    {
        long? manufacturer = fileId?.GetInteger(FileIdFields.Manufacturer);
        long? product = fileId?.GetInteger(FileIdFields.Product);
        string? productName = fileId?.GetString(FileIdFields.ProductName);
        FitMessage? creator = messages.Find(m => m.GlobalNumber == FitMessages.DeviceInfo && m.GetInteger(DeviceInfoFields.DeviceIndex) == 0);
        if (creator is not null && productName is null)
        {
            // The creator device (index 0) often names itself where file_id only has a product number.
            long? creatorMaker = creator.GetInteger(DeviceInfoFields.Manufacturer);
            if (manufacturer is null || creatorMaker is null || creatorMaker == manufacturer)
            {
                manufacturer ??= creatorMaker;
                product ??= creator.GetInteger(DeviceInfoFields.Product);
                productName = creator.GetString(DeviceInfoFields.ProductName);
            }
        }

        return manufacturer is null && product is null && productName is null
            ? null
            : FitNames.Device(manufacturer, product, productName);
    }

    /// <summary>"fit:{serial}:{start unix seconds}", or with "{manufacturer}-{product}" when there is no serial number.</summary>
    private string Key(DateTimeOffset start)
    {
        long? serial = fileId?.GetInteger(FileIdFields.SerialNumber);
        string device = serial is { } sn
            ? sn.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{fileId?.GetInteger(FileIdFields.Manufacturer)}-{fileId?.GetInteger(FileIdFields.Product)}");
        return string.Create(CultureInfo.InvariantCulture, $"fit:{device}:{start.ToUnixTimeSeconds()}");
    }

    /// <summary>Some apps write 0 for "no heart rate"; a heart rate of 0 is missing.</summary>
    private static double? Positive(double? v) => v is > 0 ? v : null;

    private static TimeSpan? Seconds(double? s) => s is { } v && double.IsFinite(v) && v >= 0 && v < 1e8 ? TimeSpan.FromSeconds(v) : null;
}

using LegCheck.Activities.Track;

namespace LegCheck.Activities.Fit;

/// <summary>
/// The records of each session of a multisport file (a triathlon's swim, bike and run legs), summarised per leg so
/// a leg's heart rate and temperature come from its own records. Sessions are only known at the end of the file,
/// so this is a second decode, done only for files with more than one session; records are streamed, never kept.
/// </summary>
internal static class FitLegs
{
    public static Dictionary<FitMessage, TrackSummary> Summarize(byte[] data, FitOptions options, FitFile first)
    {
        var legs = first.Messages
            .Where(m => m.GlobalNumber == FitMessages.Session)
            .Select(Leg)
            .OfType<Leg>()
            .ToList();
        if (legs.Count == 0)
        {
            return [];
        }

        void OnMessage(FitMessage m)
        {
            if (m.GlobalNumber != FitMessages.Record || !FitRecordReader.TryRead(m, out TrackPoint p))
            {
                return;
            }

            foreach (Leg leg in legs)
            {
                if (leg.FileIndex == m.FileIndex && p.Time >= leg.Start && p.Time <= leg.End)
                {
                    leg.Records.Add(p);
                    return;
                }
            }
        }

        try
        {
            FitDecoder.Decode(data, options with { KeepMessage = static _ => false }, OnMessage);
        }
        catch (FitException)
        {
            // The first decode already read this far; whatever was routed before the problem is used.
        }

        return legs.Where(l => l.Records.PointCount > 0).ToDictionary(l => l.Session, l => l.Records.Summarize());
    }

    private static Leg? Leg(FitMessage session)
    {
        if (session.GetInteger(SessionFields.StartTime) is not { } start)
        {
            return null;
        }

        DateTimeOffset from = FitTime.ToDateTime(start);
        DateTimeOffset? to = session.GetDouble(SessionFields.TotalElapsedTime, 1000) is { } seconds and >= 0 and < 1e8
            ? from + TimeSpan.FromSeconds(seconds)
            : session.Timestamp is { } end ? FitTime.ToDateTime(end) : null;
        return to is { } until && until >= from ? new Leg(session, session.FileIndex, from, until) : null;
    }
}

/// <summary>One session's time span and the summary of the records inside it.</summary>
internal sealed record Leg(FitMessage Session, int FileIndex, DateTimeOffset Start, DateTimeOffset End)
{
    public TrackAccumulator Records { get; } = new();
}

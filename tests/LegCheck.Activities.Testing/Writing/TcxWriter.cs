using System.Xml;
using LegCheck.Activities.Track;

namespace LegCheck.Activities.Writing;

/// <summary>
/// Writes TCX (TrainingCenterDatabase v2) with one activity and one lap, and Garmin's ActivityExtension v2:
/// Speed and, for foot sports, RunCadence (strides per minute) per trackpoint; other sports get &lt;Cadence&gt;.
/// </summary>
public static class TcxWriter
{
    public const string TcxNamespace = "http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2";
    public const string ActivityExtensionNamespace = "http://www.garmin.com/xmlschemas/ActivityExtension/v2";

    public static byte[] Write(ActivityTrack track) => XmlTrackWriting.ToBytes(s => Write(track, s));

    public static void Write(ActivityTrack track, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(track);
        TrackSummary s = track.Summarize();
        bool foot = SportRules.IsFootSport(SportIds.Parse(track.Sport));
        string sport = track.Sport switch { "running" => "Running", "cycling" => "Biking", _ => "Other" };
        using XmlWriter w = XmlTrackWriting.Create(stream);
        w.WriteStartDocument();
        w.WriteStartElement("TrainingCenterDatabase", TcxNamespace);
        w.WriteAttributeString("xmlns", "ns3", null, ActivityExtensionNamespace);
        w.WriteStartElement("Activities", TcxNamespace);
        w.WriteStartElement("Activity", TcxNamespace);
        w.WriteAttributeString("Sport", sport);
        w.WriteElementString("Id", TcxNamespace, XmlTrackWriting.Time(track.Start));
        w.WriteStartElement("Lap", TcxNamespace);
        w.WriteAttributeString("StartTime", XmlTrackWriting.Time(track.Start));
        w.WriteElementString("TotalTimeSeconds", TcxNamespace, XmlTrackWriting.Number((s.MovingTime ?? TimeSpan.Zero).TotalSeconds));
        w.WriteElementString("DistanceMeters", TcxNamespace, XmlTrackWriting.Number(s.DistanceM ?? 0));
        w.WriteElementString("Calories", TcxNamespace, "0");
        if (s.AverageHeartRate is { } avg)
        {
            WriteValue(w, "AverageHeartRateBpm", Math.Round(avg));
        }

        if (s.MaxHeartRate is { } max)
        {
            WriteValue(w, "MaximumHeartRateBpm", max);
        }

        w.WriteElementString("Intensity", TcxNamespace, "Active");
        w.WriteElementString("TriggerMethod", TcxNamespace, "Manual");
        w.WriteStartElement("Track", TcxNamespace);
        foreach (TrackPoint p in track.Points)
        {
            WritePoint(w, p, foot);
        }

        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteStartElement("Creator", TcxNamespace);
        w.WriteAttributeString("xsi", "type", "http://www.w3.org/2001/XMLSchema-instance", "Device_t");
        w.WriteElementString("Name", TcxNamespace, track.Creator);
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    private static void WriteValue(XmlWriter w, string element, double value)
    {
        w.WriteStartElement(element, TcxNamespace);
        w.WriteElementString("Value", TcxNamespace, XmlTrackWriting.Number(value));
        w.WriteEndElement();
    }

    private static void WritePoint(XmlWriter w, TrackPoint p, bool foot)
    {
        w.WriteStartElement("Trackpoint", TcxNamespace);
        w.WriteElementString("Time", TcxNamespace, XmlTrackWriting.Time(p.Time));
        if (p.HasPosition)
        {
            w.WriteStartElement("Position", TcxNamespace);
            w.WriteElementString("LatitudeDegrees", TcxNamespace, XmlTrackWriting.Number(p.Latitude!.Value));
            w.WriteElementString("LongitudeDegrees", TcxNamespace, XmlTrackWriting.Number(p.Longitude!.Value));
            w.WriteEndElement();
        }

        if (p.ElevationM is { } e)
        {
            w.WriteElementString("AltitudeMeters", TcxNamespace, XmlTrackWriting.Number(e));
        }

        if (p.DistanceM is { } d)
        {
            w.WriteElementString("DistanceMeters", TcxNamespace, XmlTrackWriting.Number(d));
        }

        if (p.HeartRate is { } hr)
        {
            WriteValue(w, "HeartRateBpm", hr);
        }

        if (!foot && p.Cadence is { } bikeCadence)
        {
            w.WriteElementString("Cadence", TcxNamespace, XmlTrackWriting.Number(Math.Round(bikeCadence)));
        }

        if (p.SpeedMps is not null || (foot && p.Cadence is not null))
        {
            w.WriteStartElement("Extensions", TcxNamespace);
            w.WriteStartElement("ns3", "TPX", ActivityExtensionNamespace);
            if (p.SpeedMps is { } v)
            {
                w.WriteElementString("ns3", "Speed", ActivityExtensionNamespace, XmlTrackWriting.Number(v));
            }

            if (foot && p.Cadence is { } c)
            {
                w.WriteElementString("ns3", "RunCadence", ActivityExtensionNamespace, XmlTrackWriting.Number(Math.Round(c)));
            }

            w.WriteEndElement();
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }
}

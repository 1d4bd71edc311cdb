using System.Xml;
using LegCheck.Activities.Track;

namespace LegCheck.Activities.Writing;

/// <summary>Options for <see cref="GpxWriter"/>.</summary>
public sealed record GpxWriteOptions
{
    /// <summary>Write the track's &lt;type&gt; (the sport); without it readers must guess.</summary>
    public bool WriteType { get; init; } = true;

    /// <summary>Start a new &lt;trkseg&gt; at these point indices (besides 0).</summary>
    public IReadOnlyList<int> SegmentStarts { get; init; } = [];
}

/// <summary>Writes GPX 1.1 with Garmin's TrackPointExtension v1 (hr, cad in strides per minute, atemp).</summary>
public static class GpxWriter
{
    public const string GpxNamespace = "http://www.topografix.com/GPX/1/1";
    public const string TrackPointExtensionNamespace = "http://www.garmin.com/xmlschemas/TrackPointExtension/v1";

    public static byte[] Write(ActivityTrack track, GpxWriteOptions? options = null) =>
        XmlTrackWriting.ToBytes(s => Write(track, s, options));

    public static void Write(ActivityTrack track, Stream stream, GpxWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(track);
        options ??= new GpxWriteOptions();
        using XmlWriter w = XmlTrackWriting.Create(stream);
        w.WriteStartDocument();
        w.WriteStartElement("gpx", GpxNamespace);
        w.WriteAttributeString("version", "1.1");
        w.WriteAttributeString("creator", track.Creator);
        w.WriteAttributeString("xmlns", "gpxtpx", null, TrackPointExtensionNamespace);
        w.WriteStartElement("metadata", GpxNamespace);
        w.WriteElementString("time", GpxNamespace, XmlTrackWriting.Time(track.Start));
        w.WriteEndElement();
        w.WriteStartElement("trk", GpxNamespace);
        w.WriteElementString("name", GpxNamespace, $"{track.Sport} {XmlTrackWriting.Time(track.Start)}");
        if (options.WriteType)
        {
            w.WriteElementString("type", GpxNamespace, track.Sport);
        }

        w.WriteStartElement("trkseg", GpxNamespace);
        for (int i = 0; i < track.Points.Count; i++)
        {
            if (i > 0 && options.SegmentStarts.Contains(i))
            {
                w.WriteEndElement();
                w.WriteStartElement("trkseg", GpxNamespace);
            }

            WritePoint(w, track.Points[i]);
        }

        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    private static void WritePoint(XmlWriter w, TrackPoint p)
    {
        w.WriteStartElement("trkpt", GpxNamespace);
        w.WriteAttributeString("lat", XmlTrackWriting.Number(p.Latitude ?? 0));
        w.WriteAttributeString("lon", XmlTrackWriting.Number(p.Longitude ?? 0));
        if (p.ElevationM is { } e)
        {
            w.WriteElementString("ele", GpxNamespace, XmlTrackWriting.Number(e));
        }

        w.WriteElementString("time", GpxNamespace, XmlTrackWriting.Time(p.Time));
        if (p.HeartRate is not null || p.Cadence is not null || p.TemperatureC is not null)
        {
            w.WriteStartElement("extensions", GpxNamespace);
            w.WriteStartElement("gpxtpx", "TrackPointExtension", TrackPointExtensionNamespace);
            if (p.TemperatureC is { } t)
            {
                w.WriteElementString("gpxtpx", "atemp", TrackPointExtensionNamespace, XmlTrackWriting.Number(t));
            }

            if (p.HeartRate is { } hr)
            {
                w.WriteElementString("gpxtpx", "hr", TrackPointExtensionNamespace, XmlTrackWriting.Number(hr));
            }

            if (p.Cadence is { } c)
            {
                w.WriteElementString("gpxtpx", "cad", TrackPointExtensionNamespace, XmlTrackWriting.Number(Math.Round(c)));
            }

            w.WriteEndElement();
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }
}

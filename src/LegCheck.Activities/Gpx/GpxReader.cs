using System.Xml;
using LegCheck.Activities.Track;
using LegCheck.Activities.Xml;

namespace LegCheck.Activities.Gpx;

/// <summary>
/// Reads GPX 1.1 tracks: one activity per &lt;trk&gt; with timed points. Reads ele, time and Garmin's
/// TrackPointExtension (hr, cad, atemp; cad is strides per minute). The sport comes from the track's
/// &lt;type&gt;; without one the track is assumed to be a run, and a warning says so. Distance is the haversine
/// sum within each &lt;trkseg&gt;; moving time and elevation gain follow <see cref="TrackAccumulator"/>'s rules.
/// </summary>
public static class GpxReader
{
    public static ReadOutcome Read(Stream stream, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using XmlReader reader = XmlReader.Create(stream, XmlSettings.Reader());
        var walk = new GpxWalk(reader);
        XmlPathWalker.Walk(reader, walk.Path, walk.Start, walk.Text, walk.EndElement);

        if (walk.Activities.Count == 0)
        {
            return ReadOutcomes.NotAnActivity(name, "GPX file without a track of timed points", walk.Warnings);
        }

        return ReadOutcomes.FromActivities(name, walk.Activities, walk.Warnings);
    }

    /// <summary>What the walk over one file has read so far: the track and point it is inside, and the finished activities.</summary>
    private sealed class GpxWalk(XmlReader reader)
    {
        private string? creator;
        private TrackState? track;
        private PointState? point;

        public List<string> Path { get; } = new(8);

        public List<string> Warnings { get; } = [];

        public List<Activity> Activities { get; } = [];

        public void Start(string local)
        {
            switch (local)
            {
                case "gpx" when Path.Count == 0:
                    creator = reader.GetAttribute("creator");
                    break;
                case "trk":
                    track = new TrackState();
                    break;
                case "trkseg":
                    track?.Points.BreakSegment();
                    break;
                case "trkpt" when track is not null:
                    point = new PointState
                    {
                        Lat = XmlSettings.ParseDouble(reader.GetAttribute("lat") ?? ""),
                        Lon = XmlSettings.ParseDouble(reader.GetAttribute("lon") ?? ""),
                    };
                    break;
            }
        }

        public void Text(string value)
        {
            string current = Path.Count > 0 ? Path[^1] : "";
            string parent = Path.Count > 1 ? Path[^2] : "";
            if (point is not null)
            {
                switch (current)
                {
                    case "ele" when parent == "trkpt":
                        point.Ele = XmlSettings.ParseDouble(value);
                        break;
                    case "time" when parent == "trkpt":
                        point.Time = XmlSettings.ParseTime(value);
                        break;
                    case "hr" or "heartrate":
                        point.Hr = XmlSettings.ParseDouble(value);
                        break;
                    case "cad" or "cadence":
                        point.Cad = XmlSettings.ParseDouble(value);
                        break;
                    case "atemp" or "temp":
                        point.Temp = XmlSettings.ParseDouble(value);
                        break;
                }
            }
            else if (track is not null && parent == "trk")
            {
                if (current == "type")
                {
                    track.Type = value;
                }
                else if (current == "name")
                {
                    track.Name = value.Trim();
                }
            }
        }

        public void EndElement(string local)
        {
            if (local == "trkpt" && point is not null && track is not null)
            {
                if (point.Time is { } time)
                {
                    int? hr = point.Hr is { } h and > 0 and < 300 ? (int)Math.Round(h) : null;
                    track.Points.Add(new TrackPoint(time, point.Lat, point.Lon, point.Ele, null, null, hr, point.Cad, point.Temp));
                }

                point = null;
            }
            else if (local == "trk" && track is not null)
            {
                Finish(track);
                track = null;
            }
        }

        private void Finish(TrackState t)
        {
            TrackSummary summary = t.Points.Summarize();
            if (summary.Start is not { } start)
            {
                return;
            }

            ActivitySport sport;
            if (string.IsNullOrWhiteSpace(t.Type))
            {
                sport = ActivitySport.Running;
                Warnings.Add("the track has no <type>; assumed to be a run");
            }
            else
            {
                sport = SportRules.FromText(t.Type);
                if (sport == ActivitySport.Other)
                {
                    Warnings.Add($"track <type> \"{t.Type.Trim()}\" is not a sport LegCheck knows; read as \"other\"");
                }
            }

            Activities.Add(XmlActivityBuilder.FromTrack("gpx", sport, summary, start, creator) with
            {
                Name = string.IsNullOrEmpty(t.Name) ? null : t.Name,
            });
        }
    }

    private sealed class TrackState
    {
        public TrackAccumulator Points { get; } = new();

        public string? Type { get; set; }

        public string? Name { get; set; }
    }

    private sealed class PointState
    {
        public double? Lat { get; init; }

        public double? Lon { get; init; }

        public double? Ele { get; set; }

        public DateTimeOffset? Time { get; set; }

        public double? Hr { get; set; }

        public double? Cad { get; set; }

        public double? Temp { get; set; }
    }
}

using System.Xml;
using LegCheck.Activities.Track;
using LegCheck.Activities.Xml;

namespace LegCheck.Activities.Tcx;

/// <summary>
/// Reads TCX activities: one activity per &lt;Activity&gt;, its sport from the Sport attribute. Distance is the
/// laps' DistanceMeters (else the trackpoints' largest DistanceMeters, else haversine); moving time comes from
/// the trackpoints by <see cref="TrackAccumulator"/>'s pause rule, else the laps' TotalTimeSeconds. Heart rate
/// from HeartRateBpm; cadence from the ActivityExtension's RunCadence or Cadence (strides per minute for foot
/// sports); speed from the extension's Speed.
/// </summary>
public static class TcxReader
{
    public static ReadOutcome Read(Stream stream, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using XmlReader reader = XmlReader.Create(stream, XmlSettings.Reader());
        var walk = new TcxWalk(reader);
        XmlPathWalker.Walk(reader, walk.Path, walk.Start, walk.Text, walk.EndElement);

        if (walk.Activities.Count == 0)
        {
            return ReadOutcomes.NotAnActivity(name, "TCX file without an activity (a course or workout?)", walk.Warnings);
        }

        return ReadOutcomes.FromActivities(name, walk.Activities, walk.Warnings);
    }

    /// <summary>One value inside a &lt;Trackpoint&gt;.</summary>
    private static void ReadPointText(PointState point, string current, string parent, string value)
    {
        switch (current)
        {
            case "Time" when parent == "Trackpoint":
                point.Time = XmlSettings.ParseTime(value);
                break;
            case "LatitudeDegrees":
                point.Lat = XmlSettings.ParseDouble(value);
                break;
            case "LongitudeDegrees":
                point.Lon = XmlSettings.ParseDouble(value);
                break;
            case "AltitudeMeters":
                point.Ele = XmlSettings.ParseDouble(value);
                break;
            case "DistanceMeters" when parent == "Trackpoint":
                point.Distance = XmlSettings.ParseDouble(value);
                break;
            case "Value" when parent == "HeartRateBpm":
                point.Hr = XmlSettings.ParseDouble(value);
                break;
            case "Cadence" when parent == "Trackpoint":
                point.Cad ??= XmlSettings.ParseDouble(value);
                break;
            case "RunCadence":
                point.Cad = XmlSettings.ParseDouble(value);
                break;
            case "Speed":
                point.Speed = XmlSettings.ParseDouble(value);
                break;
        }
    }

    /// <summary>What the walk over one file has read so far: the activity and trackpoint it is inside, and the finished activities.</summary>
    private sealed class TcxWalk(XmlReader reader)
    {
        private ActivityState? activity;
        private PointState? point;

        public List<string> Path { get; } = new(12);

        public List<string> Warnings { get; } = [];

        public List<Activity> Activities { get; } = [];

        public void Start(string local)
        {
            if (local == "Activity" && Path.Count > 0 && Path[^1] == "Activities")
            {
                activity = new ActivityState { Sport = reader.GetAttribute("Sport") };
            }
            else if (local == "Lap" && activity is not null)
            {
                activity.LapStart ??= XmlSettings.ParseTime(reader.GetAttribute("StartTime") ?? "");
            }
            else if (local == "Trackpoint" && activity is not null)
            {
                point = new PointState();
            }
        }

        public void Text(string value)
        {
            if (activity is null)
            {
                return;
            }

            string current = Path[^1];
            string parent = Path.Count > 1 ? Path[^2] : "";
            string grand = Path.Count > 2 ? Path[^3] : "";
            if (point is not null)
            {
                ReadPointText(point, current, parent, value);
                return;
            }

            switch (current)
            {
                case "Id" when parent == "Activity":
                    activity.Id = XmlSettings.ParseTime(value);
                    break;
                case "TotalTimeSeconds" when parent == "Lap":
                    activity.LapSeconds = (activity.LapSeconds ?? 0) + (XmlSettings.ParseDouble(value) ?? 0);
                    break;
                case "DistanceMeters" when parent == "Lap":
                    activity.LapDistance = (activity.LapDistance ?? 0) + (XmlSettings.ParseDouble(value) ?? 0);
                    break;
                case "Name" when parent == "Creator" && grand == "Activity":
                    activity.Device = value;
                    break;
            }
        }

        public void EndElement(string local)
        {
            if (local == "Trackpoint" && point is not null && activity is not null)
            {
                if (point.Time is { } time)
                {
                    int? hr = point.Hr is { } h and > 0 and < 300 ? (int)Math.Round(h) : null;
                    activity.Points.Add(new TrackPoint(time, point.Lat, point.Lon, point.Ele, point.Distance, point.Speed, hr, point.Cad));
                }

                point = null;
            }
            else if (local == "Activity" && activity is not null)
            {
                Finish(activity);
                activity = null;
            }
        }

        private void Finish(ActivityState a)
        {
            TrackSummary t = a.Points.Summarize();
            if ((a.Id ?? a.LapStart ?? t.Start) is not { } start)
            {
                Warnings.Add("an <Activity> without Id, lap start or timed trackpoints was skipped");
                return;
            }

            ActivitySport sport = string.IsNullOrWhiteSpace(a.Sport) ? ActivitySport.Other : SportRules.FromText(a.Sport);
            TimeSpan? lapTime = a.LapSeconds is { } s and > 0 ? TimeSpan.FromSeconds(s) : null;
            t = t with
            {
                DistanceM = a.LapDistance is { } d and > 0 ? d : t.DistanceM,
                MovingTime = t.MovingTime ?? lapTime,
                ElapsedTime = t.ElapsedTime is { Ticks: > 0 } e ? e : lapTime,
            };
            Activities.Add(XmlActivityBuilder.FromTrack("tcx", sport, t, start, a.Device));
        }
    }

    private sealed class ActivityState
    {
        public TrackAccumulator Points { get; } = new();

        public string? Sport { get; init; }

        public DateTimeOffset? Id { get; set; }

        public DateTimeOffset? LapStart { get; set; }

        public double? LapSeconds { get; set; }

        public double? LapDistance { get; set; }

        public string? Device { get; set; }
    }

    private sealed class PointState
    {
        public DateTimeOffset? Time { get; set; }

        public double? Lat { get; set; }

        public double? Lon { get; set; }

        public double? Ele { get; set; }

        public double? Distance { get; set; }

        public double? Speed { get; set; }

        public double? Hr { get; set; }

        public double? Cad { get; set; }
    }
}

namespace LegCheck.Activities.Track;

/// <summary>
/// Derives distance, moving time, elevation gain and averages from samples streamed in time order, without
/// keeping them. The rules, documented here because the analysis depends on them:
/// <list type="bullet">
/// <item>Distance: the largest recorded cumulative distance when samples carry one (FIT, TCX); otherwise the
/// haversine sum between consecutive positions within a segment (GPX).</item>
/// <item>Moving time: the sum of the gaps between consecutive samples of a segment, leaving out pauses. A pause
/// is a stretch longer than <see cref="PauseSeconds"/> (one long gap, or several short ones in a row) during
/// which the speed stayed below <see cref="StationarySpeedMps"/>; shorter stops count as moving. With no position
/// or distance to judge by, a gap longer than <see cref="GapSeconds"/> is a pause. Gaps between segments (GPX
/// trkseg) never count.</item>
/// <item>Elevation gain: hysteresis of <see cref="ElevationThresholdM"/>. The direction changes only when the
/// elevation moves that far from the last extreme; while climbing, every new high adds to the gain. GPS and
/// barometer noise smaller than the threshold adds nothing.</item>
/// <item>Averages: plain means of the samples that have the value; cadence ignores zeros (standing still).</item>
/// </list>
/// </summary>
public sealed class TrackAccumulator
{
    public const double PauseSeconds = 10;
    public const double StationarySpeedMps = 0.5;
    public const double GapSeconds = 60;
    public const double ElevationThresholdM = 3;

    private TrackPoint? _last;
    private DateTimeOffset? _start;
    private DateTimeOffset? _end;
    private double _haversine;
    private double? _maxDistance;
    private double _movingSeconds;
    private double _stationarySeconds;
    private bool _hasMovingTime;
    private double? _elevationRef;
    private double _gain;
    private bool? _climbing;
    private bool _hasElevation;
    private double _hrSum;
    private int _hrCount;
    private int? _hrMax;
    private double _cadSum;
    private int _cadCount;
    private double _tempSum;
    private int _tempCount;

    public int PointCount { get; private set; }

    /// <summary>Starts a new segment: the gap to the next sample is not moving time and adds no distance.</summary>
    public void BreakSegment()
    {
        FlushStationary();
        _last = null;
    }

    public void Add(in TrackPoint p)
    {
        PointCount++;
        if (_start is null || p.Time < _start)
        {
            _start = p.Time;
        }

        if (_end is null || p.Time > _end)
        {
            _end = p.Time;
        }

        if (p.DistanceM is { } d && double.IsFinite(d))
        {
            _maxDistance = _maxDistance is { } m ? Math.Max(m, d) : d;
        }

        if (_last is { } prev)
        {
            AddStep(prev, p);
        }

        if (p.ElevationM is { } e && double.IsFinite(e))
        {
            AddElevation(e);
        }

        if (p.HeartRate is { } hr and > 0)
        {
            _hrSum += hr;
            _hrCount++;
            _hrMax = _hrMax is { } max ? Math.Max(max, hr) : hr;
        }

        if (p.Cadence is { } cad and > 0 && double.IsFinite(cad))
        {
            _cadSum += cad;
            _cadCount++;
        }

        if (p.TemperatureC is { } t && double.IsFinite(t))
        {
            _tempSum += t;
            _tempCount++;
        }

        _last = p;
    }

    public TrackSummary Summarize()
    {
        FlushStationary();
        double? distance = _maxDistance ?? (_haversine > 0 ? _haversine : null);
        return new TrackSummary(
            PointCount,
            _start,
            _end,
            distance,
            _hasMovingTime ? TimeSpan.FromSeconds(Math.Round(_movingSeconds, 3)) : null,
            _start is { } s && _end is { } e ? e - s : null,
            _hasElevation ? _gain : null,
            _hrCount > 0 ? _hrSum / _hrCount : null,
            _hrMax,
            _cadCount > 0 ? _cadSum / _cadCount : null,
            _tempCount > 0 ? _tempSum / _tempCount : null);
    }

    private void AddStep(TrackPoint prev, TrackPoint p)
    {
        double dt = (p.Time - prev.Time).TotalSeconds;
        double? moved = null;
        if (prev.DistanceM is { } d0 && p.DistanceM is { } d1)
        {
            moved = Math.Abs(d1 - d0);
        }

        if (prev.HasPosition && p.HasPosition)
        {
            double step = Geo.HaversineM(prev.Latitude!.Value, prev.Longitude!.Value, p.Latitude!.Value, p.Longitude!.Value);
            if (double.IsFinite(step))
            {
                _haversine += step;
                moved ??= step;
            }
        }

        if (dt <= 0 || !double.IsFinite(dt))
        {
            return;
        }

        _hasMovingTime = true;
        if (moved is not { } m)
        {
            FlushStationary();
            _movingSeconds += dt > GapSeconds ? 0 : dt;
        }
        else if (m / dt < StationarySpeedMps)
        {
            _stationarySeconds += dt;
        }
        else
        {
            FlushStationary();
            _movingSeconds += dt;
        }
    }

    /// <summary>A stationary stretch counts as moving time only when it is short (a stop at a crossing).</summary>
    private void FlushStationary()
    {
        if (_stationarySeconds <= PauseSeconds)
        {
            _movingSeconds += _stationarySeconds;
        }

        _stationarySeconds = 0;
    }

    private void AddElevation(double e)
    {
        _hasElevation = true;
        if (_elevationRef is not { } reference)
        {
            _elevationRef = e;
            return;
        }

        if (e > reference && (_climbing == true || e - reference >= ElevationThresholdM))
        {
            _gain += e - reference;
            _elevationRef = e;
            _climbing = true;
        }
        else if (e < reference && (_climbing == false || reference - e >= ElevationThresholdM))
        {
            _elevationRef = e;
            _climbing = false;
        }
    }
}

using LegCheck.Activities.Writing;

namespace LegCheck.Cli.Tests.Diary;

/// <summary>Activity files written with the project's own FIT, GPX and TCX writers.</summary>
internal static class Fixtures
{
    /// <summary>A steady run: 3 m/s, 170 steps/min, samples every <paramref name="intervalSeconds"/>.</summary>
    public static ActivityTrack Track(DateTimeOffset start, double minutes = 30, string sport = "running", int intervalSeconds = 10, double temperature = 18) =>
        TrackGenerator.Track(
            new SyntheticActivity
            {
                Start = start,
                Duration = TimeSpan.FromMinutes(minutes),
                IntervalSeconds = intervalSeconds,
                TemperatureC = temperature,
            },
            sport);

    public static string Gpx(string folder, string name, ActivityTrack track) => Save(folder, name, GpxWriter.Write(track));

    public static string Tcx(string folder, string name, ActivityTrack track) => Save(folder, name, TcxWriter.Write(track));

    public static string Fit(string folder, string name, ActivityTrack track) => Save(folder, name, FitActivityWriter.Write(track));

    /// <summary>Several activities chained in one FIT file.</summary>
    public static string ChainedFit(string folder, string name, params ActivityTrack[] tracks)
    {
        var writer = new FitWriter();
        foreach (var track in tracks)
        {
            FitActivityWriter.Write(writer, track);
        }

        return Save(folder, name, writer.ToArray());
    }

    public static string Save(string folder, string name, byte[] content)
    {
        var path = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    public static DateTimeOffset At(string utc) => DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture);
}

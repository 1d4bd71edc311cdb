using System.IO.Compression;
using System.Text;
using LegCheck.Activities.Writing;

namespace LegCheck.Diary.Tests;

/// <summary>Activity files and export archives built in memory from the project's own writers.</summary>
internal static class ArchiveFixtures
{
    public static readonly DateTimeOffset FirstStart = new(2026, 10, 5, 6, 30, 0, TimeSpan.Zero);

    /// <summary>A steady run of <paramref name="minutes"/> at 3 m/s, sampled every 10 s, on day <paramref name="day"/> after <see cref="FirstStart"/>.</summary>
    public static ActivityTrack Run(int day, double minutes = 30, string sport = "running", double speed = 3.0) =>
        TrackGenerator.Track(new SyntheticActivity { Start = FirstStart.AddDays(day), Duration = TimeSpan.FromMinutes(minutes), IntervalSeconds = 10, SpeedMps = speed }, sport);

    public static byte[] Fit(ActivityTrack track) => FitActivityWriter.Write(track);

    public static byte[] Gpx(ActivityTrack track, string? type = null)
    {
        var gpx = Encoding.UTF8.GetString(GpxWriter.Write(track));
        return type is null ? Encoding.UTF8.GetBytes(gpx) : Encoding.UTF8.GetBytes(gpx.Replace($"<type>{track.Sport}</type>", $"<type>{type}</type>", StringComparison.Ordinal));
    }

    public static byte[] Tcx(ActivityTrack track) => TcxWriter.Write(track);

    public static byte[] Gzip(byte[] data)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return buffer.ToArray();
    }

    /// <summary>A zip of the given entries; <paramref name="stored"/> writes them uncompressed.</summary>
    public static byte[] Zip(IEnumerable<(string Name, byte[] Content)> entries, bool stored = false, CompressionLevel level = CompressionLevel.Fastest)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                var entry = zip.CreateEntry(name, stored ? CompressionLevel.NoCompression : level);
                using var stream = entry.Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }

    public static string Save(string folder, string name, byte[] content)
    {
        var path = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>Strava's activities.csv: its real header (repeated column names included), one row per activity.</summary>
    public static byte[] StravaCsv(params (long Id, string Name, string Type, string Gear, string FileName)[] rows)
    {
        var csv = new StringBuilder("Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Max Heart Rate,Relative Effort,Commute,Activity Private Note,Activity Gear,Filename,Athlete Weight,Bike Weight,Elapsed Time,Moving Time,Distance\n");
        foreach (var (id, name, type, gear, file) in rows)
        {
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"{id},\"Oct 5, 2026, 6:30:00 AM\",\"{name}\",{type},\"A line, with a comma\nand a line break\",1800,5.4,,,false,,\"{gear}\",{file},,,1800,1800,5400\n");
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }
}

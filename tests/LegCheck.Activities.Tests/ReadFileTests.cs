using System.Text;
using LegCheck.Activities.Writing;

namespace LegCheck.Activities.Tests;

/// <summary>Reading from disk (GPX and TCX streamed, never held whole) gives what reading the same bytes gives.</summary>
public sealed class ReadFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("legcheck-readfile-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    public static TheoryData<string> Kinds => new() { "fit", "gpx", "tcx", "utf16.gpx", "broken.gpx", "other.xml", "text.txt", "empty.fit" };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void ReadFile_AnyContent_GivesTheSameOutcomeAsItsBytes(string kind)
    {
        byte[] data = Content(kind);
        string path = Path.Combine(folder, "x." + kind);
        File.WriteAllBytes(path, data);

        ReadOutcome fromDisk = ActivityReader.ReadFile(path, "x");
        ReadOutcome fromBytes = ActivityReader.Read(data, "x");

        Assert.Equal(fromBytes.Status, fromDisk.Status);
        Assert.Equal(fromBytes.Message, fromDisk.Message);
        Assert.Equal(fromBytes.Activities, fromDisk.Activities);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Read_SegmentOfALargerBuffer_GivesTheSameOutcomeAsTheBytesAlone(string kind)
    {
        // The importer reads files into pooled buffers, larger than the file and holding earlier files' bytes around it.
        byte[] data = Content(kind);
        byte[] buffer = [.. Enumerable.Repeat((byte)'<', 7), .. data, .. "<gpx><trk><trkseg>garbage"u8];

        ReadOutcome fromSegment = ActivityReader.Read(new ArraySegment<byte>(buffer, 7, data.Length), "x");
        ReadOutcome fromBytes = ActivityReader.Read(data, "x");

        Assert.Equal(fromBytes.Status, fromSegment.Status);
        Assert.Equal(fromBytes.Message, fromSegment.Message);
        Assert.Equal(fromBytes.Activities, fromSegment.Activities);
    }

    private static byte[] Content(string kind) =>
        kind switch
        {
            "fit" => Fixtures.RunFit(),
            "gpx" => GpxWriter.Write(Fixtures.Run()),
            "tcx" => TcxWriter.Write(Fixtures.Run()),
            "utf16.gpx" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(GpxWriter.Write(Fixtures.Run())).Replace("utf-8", "utf-16", StringComparison.OrdinalIgnoreCase))],
            "broken.gpx" => "<gpx><trk><trkseg>"u8.ToArray(),
            "other.xml" => "<kml/>"u8.ToArray(),
            "text.txt" => "hello"u8.ToArray(),
            _ => [],
        };
}

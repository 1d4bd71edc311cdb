using System.Text;
using LegCheck.Activities.Writing;

namespace LegCheck.Activities.Tests;

public class ActivityReaderTests
{
    [Fact]
    public void Detect_UsesContentNotExtension()
    {
        Assert.Equal(ActivityFormat.Fit, ActivityFormats.Detect(Fixtures.RunFit()));
        Assert.Equal(ActivityFormat.Gpx, ActivityFormats.Detect(GpxWriter.Write(Fixtures.Run())));
        Assert.Equal(ActivityFormat.Tcx, ActivityFormats.Detect(TcxWriter.Write(Fixtures.Run())));
        Assert.Equal(ActivityFormat.OtherXml, ActivityFormats.Detect("<kml/>"u8.ToArray()));
        Assert.Equal(ActivityFormat.Unknown, ActivityFormats.Detect("hello"u8.ToArray()));
    }

    [Fact]
    public void Read_FileWithMisleadingExtension_IsReadByContent()
    {
        string dir = Directory.CreateTempSubdirectory("legcheck-").FullName;
        try
        {
            string gpxNamedFit = Path.Combine(dir, "RUN.FIT");
            string fitNamedTxt = Path.Combine(dir, "run.txt");
            File.WriteAllBytes(gpxNamedFit, GpxWriter.Write(Fixtures.Run()));
            File.WriteAllBytes(fitNamedTxt, Fixtures.RunFit());

            Assert.Equal("gpx", ActivityReader.Read(gpxNamedFit).Activities[0].Key[..3]);
            Assert.Equal("fit", ActivityReader.Read(fitNamedTxt).Activities[0].Key[..3]);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Read_Stream_UsesTheDisplayName()
    {
        using var stream = new MemoryStream(Fixtures.RunFit()[..100]);

        ReadOutcome outcome = ActivityReader.Read(stream, "upload.fit");

        Assert.StartsWith("upload.fit: unexpected end of file", outcome.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "empty.gpx: empty file")]
    [InlineData("hello, world", "empty.gpx: not XML, and not a FIT file")]
    [InlineData("<kml></kml>", "empty.gpx: XML, but neither GPX nor TCX")]
    public void Read_NonActivityContent_IsAOneLineError(string content, string message)
    {
        ReadOutcome outcome = ActivityReader.Read(Encoding.UTF8.GetBytes(content), "empty.gpx");

        Assert.Equal(ReadStatus.Error, outcome.Status);
        Assert.Equal(message, outcome.Message);
    }

    [Fact]
    public void Read_BrokenXml_SaysNotValidXmlOnOneLine()
    {
        ReadOutcome outcome = ActivityReader.Read("<gpx><trk>\n<trkseg>"u8.ToArray(), "cut.gpx");

        Assert.Equal(ReadStatus.Error, outcome.Status);
        Assert.StartsWith("cut.gpx: not valid XML (", outcome.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', outcome.Message!);
    }

    [Fact]
    public void Read_TextFileNamedFit_SaysNoSignature()
    {
        Assert.Equal("x.fit: not a FIT file: no .FIT signature at bytes 8-11", ActivityReader.Read("not a fit file at all"u8.ToArray(), "x.fit").Message);
    }

    [Fact]
    public void Read_MissingFile_IsAnError()
    {
        ReadOutcome outcome = ActivityReader.Read(Path.Combine(Path.GetTempPath(), "no-such-legcheck-file.fit"));

        Assert.Equal(ReadStatus.Error, outcome.Status);
        Assert.Equal("no-such-legcheck-file.fit: no such file or folder", outcome.Message);
    }

    [Fact]
    public void Read_SameRunAsFitAndGpx_NeedNotCollide_ButEachIsStable()
    {
        string fit = ActivityReader.Read(Fixtures.RunFit(), "a.fit").Activities[0].Key;
        string gpx = ActivityReader.Read(GpxWriter.Write(Fixtures.Run()), "a.gpx").Activities[0].Key;

        Assert.NotEqual(fit, gpx);
        Assert.Equal(gpx, ActivityReader.Read(GpxWriter.Write(Fixtures.Run()), "b.gpx").Activities[0].Key);
    }
}

using System.Text;
using LegCheck.Activities.Writing;

namespace LegCheck.Activities.Tests;

/// <summary>GPX as real programs write it: Strava's numbered types, UTF-16, a DOCTYPE; and XML attacks that must stay harmless.</summary>
public class AwkwardXmlTests
{
    private static string Gpx(string type = "running") =>
        Encoding.UTF8.GetString(GpxWriter.Write(Fixtures.Run(sport: type)));

    [Fact]
    public void Read_StravaGpxTypeNine_IsARunWithTheTrackName()
    {
        string gpx = Gpx("9").Replace("<name>9 ", "<name>Morning Run ", StringComparison.Ordinal);

        ReadOutcome outcome = ActivityReader.Read(Encoding.UTF8.GetBytes(gpx), "strava.gpx");

        Assert.Equal(ReadStatus.Ok, outcome.Status);
        Assert.True(outcome.Activities[0].IsRun);
        Assert.StartsWith("Morning Run", outcome.Activities[0].Name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Read_Utf16Gpx_ReadsTheRun(bool bigEndian)
    {
        string gpx = Gpx().Replace("encoding=\"utf-8\"", "encoding=\"utf-16\"", StringComparison.OrdinalIgnoreCase);
        Encoding utf16 = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        byte[] data = [.. utf16.GetPreamble(), .. utf16.GetBytes(gpx)];

        ReadOutcome outcome = ActivityReader.Read(data, "windows.gpx");

        Assert.Equal(ReadStatus.Ok, outcome.Status);
        Assert.Equal(1800, outcome.Activities[0].DistanceMeters!.Value, 0);
    }

    [Fact]
    public void Read_GpxWithDoctype_ReadsTheRun()
    {
        string gpx = Gpx();
        int root = gpx.IndexOf("<gpx", StringComparison.Ordinal);
        gpx = gpx[..root] + "<!DOCTYPE gpx SYSTEM \"http://www.topografix.com/GPX/1/1/gpx.dtd\">\n" + gpx[root..];

        ReadOutcome outcome = ActivityReader.Read(Encoding.UTF8.GetBytes(gpx), "doctype.gpx");

        Assert.Equal(ReadStatus.Ok, outcome.Status);
    }

    [Fact]
    public void Read_ExternalEntity_IsNeverResolved()
    {
        string secret = Path.Combine(Path.GetTempPath(), "legcheck-xxe-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(secret, "SECRET-RUN-NAME");
        try
        {
            string gpx = Gpx();
            int root = gpx.IndexOf("<gpx", StringComparison.Ordinal);
            gpx = gpx[..root] + $"<!DOCTYPE gpx [<!ENTITY xxe SYSTEM \"file://{secret}\">]>\n" + gpx[root..];
            gpx = gpx.Replace("<name>running ", "<name>&xxe; ", StringComparison.Ordinal);

            ReadOutcome outcome = ActivityReader.Read(Encoding.UTF8.GetBytes(gpx), "xxe.gpx");

            Assert.Equal(ReadStatus.Error, outcome.Status);
            Assert.DoesNotContain("SECRET", outcome.Message, StringComparison.Ordinal);
            Assert.StartsWith("xxe.gpx: not valid XML (the XML uses an entity that is not defined", outcome.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void Read_EntityExpansionBomb_IsANamedErrorNotAHang()
    {
        var dtd = new StringBuilder("<!DOCTYPE gpx [<!ENTITY a0 \"lol\">");
        for (int i = 1; i < 10; i++)
        {
            dtd.Append(System.Globalization.CultureInfo.InvariantCulture, $"<!ENTITY a{i} \"&a{i - 1};&a{i - 1};&a{i - 1};&a{i - 1};&a{i - 1};&a{i - 1};&a{i - 1};&a{i - 1};&a{i - 1};&a{i - 1};\">");
        }

        string gpx = Gpx();
        int root = gpx.IndexOf("<gpx", StringComparison.Ordinal);
        gpx = gpx[..root] + dtd + "]>\n" + gpx[root..].Replace("<name>running ", "<name>&a9; ", StringComparison.Ordinal);

        ReadOutcome outcome = ActivityReader.Read(Encoding.UTF8.GetBytes(gpx), "bomb.gpx");

        Assert.Equal(ReadStatus.Error, outcome.Status);
        Assert.StartsWith("bomb.gpx: not valid XML", outcome.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<gpx><trk>", "cut.gpx: not valid XML (the XML stops before its end at line 1, column 11)")]
    [InlineData("<gpx><trk></gpx>", "bad.gpx: not valid XML (the XML is malformed at line 1, column 13)")]
    public void Read_BrokenXml_NamesTheProblemWithoutParserText(string xml, string message)
    {
        string name = message[..message.IndexOf(':', StringComparison.Ordinal)];

        ReadOutcome outcome = ActivityReader.Read(Encoding.UTF8.GetBytes(xml), name);

        Assert.Equal(message, outcome.Message);
    }
}

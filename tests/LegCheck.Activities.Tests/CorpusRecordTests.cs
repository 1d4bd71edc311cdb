using System.Globalization;
using LegCheck.Activities.Fit;
using LegCheck.Activities.Track;

namespace LegCheck.Activities.Tests;

/// <summary>Record values against the CSV dumps that ship with the corpus (made with the FIT SDK's tools).</summary>
public class CorpusRecordTests
{
    [Theory]
    [InlineData("garmin-fenix-5-run.fit", "garmin-fenix-5-run-records.csv")]
    [InlineData("garmin-fenix-5-walk.fit", "garmin-fenix-5-walk-records.csv")]
    [InlineData("garmin-fenix-5-bike.fit", "garmin-fenix-5-bike-records.csv")]
    [InlineData("garmin-edge-820-bike.fit", "garmin-edge-820-bike-records.csv")]
    [InlineData("garmin-edge-500-activity.fit", "garmin-edge-500-activity-records.csv")]
    public void Records_MatchTheCsvDump(string fit, string csv)
    {
        List<FitMessage> records = [.. FitDecoder.Decode(Corpus.Bytes(fit)).MessagesOf(FitMessages.Record)];
        string[] lines = File.ReadAllLines(Corpus.PathOf(csv));
        string[] header = lines[0].Split(',');
        Assert.Equal(lines.Length - 1, records.Count);

        for (int i = 0; i < records.Count; i++)
        {
            string[] row = lines[i + 1].Split(',');
            FitMessage r = records[i];
            Assert.True(FitRecordReader.TryRead(r, out TrackPoint p));
            for (int c = 0; c < header.Length; c++)
            {
                string v = row[c];
                string at = $"{fit} record {i} {header[c]}";
                switch (header[c])
                {
                    case "timestamp":
                        var pdt = DateTime.ParseExact(v.Replace(" PDT", "", StringComparison.Ordinal), "ddd MMM dd HH:mm:ss yyyy", CultureInfo.InvariantCulture);
                        Assert.True(new DateTimeOffset(pdt, TimeSpan.FromHours(-7)) == p.Time, at);
                        break;
                    case "heart_rate":
                        Assert.True(Nullable(v) == r.GetInteger(RecordFields.HeartRate), at);
                        break;
                    case "cadence":
                        // The SDK's dump tool writes 0 for an invalid cadence.
                        Assert.True(Nullable(v) is null or 0 ? r.GetInteger(RecordFields.Cadence) is null or 0 : Nullable(v) == r.GetInteger(RecordFields.Cadence), at);
                        break;
                    case "distance":
                        Near(v, p.DistanceM, at);
                        break;
                    case "speed":
                        Near(v, p.SpeedMps, at);
                        break;
                    case "altitude":
                        Near(v, p.ElevationM, at);
                        break;
                    case "temperature":
                        Assert.True(Nullable(v) == r.GetInteger(RecordFields.Temperature), at);
                        break;
                    case "position_lat":
                        Assert.True(v.Length == 0 || long.Parse(v, CultureInfo.InvariantCulture) == r.GetInteger(RecordFields.PositionLat) || r.GetInteger(RecordFields.PositionLat) is null, at);
                        break;
                    case "position_long":
                        Assert.True(v.Length == 0 || long.Parse(v, CultureInfo.InvariantCulture) == r.GetInteger(RecordFields.PositionLong) || r.GetInteger(RecordFields.PositionLong) is null, at);
                        break;
                }
            }
        }
    }

    [Fact]
    public void CompressedSpeedDistance_ExpandsWithAccumulatedDistance()
    {
        List<FitMessage> records = [.. FitDecoder.Decode(Corpus.Bytes("compressed-speed-distance.fit")).MessagesOf(FitMessages.Record)];
        string[] lines = File.ReadAllLines(Corpus.PathOf("compressed-speed-distance-records.csv"));

        Assert.Equal(17217864u, records[0].Timestamp); // an empty record that only sets the time
        Assert.Equal(lines.Length - 1, records.Count - 1);
        for (int i = 1; i < lines.Length; i++)
        {
            string[] row = lines[i].Split(',');
            FitMessage r = records[i];
            string at = $"record {i}";
            Assert.True(uint.Parse(row[0], CultureInfo.InvariantCulture) == r.Timestamp, at);
            Assert.True(long.Parse(row[1], CultureInfo.InvariantCulture) == r.GetInteger(RecordFields.HeartRate), at);
            Near(row[2], r.GetDouble(RecordFields.Speed, 1000), at);
            Near(row[3], r.GetDouble(RecordFields.Distance, 100), at);
            Assert.True((row[4] == "null" ? null : long.Parse(row[4], CultureInfo.InvariantCulture)) == r.GetInteger(RecordFields.Cadence), at);
        }
    }

    [Fact]
    public void EventTimestamp_ScaledComponentsDecode()
    {
        FitFile file = FitDecoder.Decode(Corpus.Bytes("event_timestamp.fit"));

        Assert.Equal(5, file.Headers.Count);
        Assert.All(file.MessagesOf(FitMessages.Record), r => Assert.NotNull(r.Timestamp));
    }

    private static long? Nullable(string v) => v.Length == 0 ? null : long.Parse(v, CultureInfo.InvariantCulture);

    private static void Near(string expected, double? actual, string at)
    {
        if (expected.Length == 0)
        {
            Assert.True(actual is null, at);
            return;
        }

        Assert.True(actual is { } a && Math.Abs(a - double.Parse(expected, CultureInfo.InvariantCulture)) < 1e-6, $"{at}: expected {expected}, got {actual}");
    }
}

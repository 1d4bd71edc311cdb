using LegCheck.Activities.Fit;
using LegCheck.Activities.Writing;

namespace LegCheck.Activities.Tests;

/// <summary>Cut and damaged inputs: the reader names a problem or reads what is there, and never throws.</summary>
public class RobustnessTests
{
    private static byte[] SmallRun(FitActivityOptions? options = null) =>
        FitActivityWriter.Write(Fixtures.Run(TimeSpan.FromSeconds(40)), options);

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public void Read_TruncatedAtEveryOffset_IsAnEndOfFileErrorAndNeverThrows(bool compressed, bool developer)
    {
        byte[] full = SmallRun(new FitActivityOptions { CompressedTimestamps = compressed, DeveloperFields = developer, Writer = new FitWriterOptions { BigEndian = compressed } });

        for (int length = 0; length < full.Length; length++)
        {
            byte[] cut = full[..length];
            ReadOutcome outcome = ActivityReader.Read(cut, "cut.fit");
            ReadOutcome relaxed = ActivityReader.Read(cut, "cut.fit", new FitOptions { CheckCrc = false });

            Assert.Equal(ReadStatus.Error, outcome.Status);
            Assert.DoesNotContain("could not be read", outcome.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("could not be read", relaxed.Message ?? "", StringComparison.Ordinal);
            if (length >= 14)
            {
                Assert.Contains("unexpected end of file", outcome.Message, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Read_RandomlyFlippedBytes_NeverThrow()
    {
        var random = new Random(20261122);
        byte[][] sources = [SmallRun(), SmallRun(new FitActivityOptions { CompressedTimestamps = true, DeveloperFields = true }), GpxWriter.Write(Fixtures.Run(TimeSpan.FromSeconds(20))), TcxWriter.Write(Fixtures.Run(TimeSpan.FromSeconds(20)))];
        int unexpected = 0;
        for (int round = 0; round < 3000; round++)
        {
            byte[] data = [.. sources[round % sources.Length]];
            int flips = 1 + random.Next(8);
            for (int i = 0; i < flips; i++)
            {
                data[random.Next(data.Length)] = (byte)random.Next(256);
            }

            ReadOutcome strict = ActivityReader.Read(data, "fuzz");
            ReadOutcome relaxed = ActivityReader.Read(data, "fuzz", new FitOptions { CheckCrc = false });
            if ((strict.Message ?? "").Contains("could not be read", StringComparison.Ordinal)
                || (relaxed.Message ?? "").Contains("could not be read", StringComparison.Ordinal))
            {
                unexpected++;
            }
        }

        Assert.Equal(0, unexpected);
    }

    [Fact]
    public void Decode_RandomBytesAfterAValidHeader_ThrowOnlyFitExceptions()
    {
        var random = new Random(7);
        for (int round = 0; round < 2000; round++)
        {
            byte[] body = new byte[random.Next(1, 200)];
            random.NextBytes(body);
            var w = new FitWriter();
            w.WriteRaw(body);
            byte[] data = w.ToArray();
            try
            {
                FitDecoder.Decode(data, new FitOptions { CheckCrc = round % 2 == 0 });
            }
            catch (FitException)
            {
                // A named problem is the expected outcome for noise.
            }
        }
    }
}

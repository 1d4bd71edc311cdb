using Xunit;
using LegCheck.Cli.Tests.Diary;
using static LegCheck.Cli.Tests.Assess.AssessCommandTests;

namespace LegCheck.Cli.Tests.Assess;

/// <summary>The number to call follows --region, else LEGCHECK_REGION, else the common numbers are listed.</summary>
public class RegionTests
{
    private static readonly string Clot = Repo("examples", "swollen-calf-after-flight.json");

    [Theory]
    [InlineData("uk", "999")]
    [InlineData("us", "911")]
    [InlineData("ca", "911")]
    [InlineData("eu", "112")]
    [InlineData("au", "000")]
    [InlineData("nz", "111")]
    public void Assess_RegionOption_NamesThatRegionsNumber(string region, string number)
    {
        var result = CliHarness.Run(["assess", "--case", Clot, "--region", region]);

        Assert.Equal(0, result.Exit);
        Assert.Contains(number, result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("999 in the UK, 911 in the US", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_RegionFromEnvironment_UsedWhenNoOption()
    {
        var result = CliHarness.Run(["assess", "--case", Clot, "--json"], new Dictionary<string, string?> { ["LEGCHECK_REGION"] = "au" });
        var plain = CliHarness.Run(["assess", "--case", Clot], new Dictionary<string, string?> { ["LEGCHECK_REGION"] = "au" });

        Assert.Equal(0, result.Exit);
        Assert.Contains("000", plain.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("999", plain.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_NoRegion_ListsTheCommonNumbers()
    {
        var result = CliHarness.Run(["assess", "--case", Clot], new Dictionary<string, string?>());

        Assert.Contains("999", result.Out, StringComparison.Ordinal);
        Assert.Contains("911", result.Out, StringComparison.Ordinal);
        Assert.Contains("112", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_UnknownRegion_IsAUsageErrorNamingTheOption()
    {
        var result = CliHarness.Run(["assess", "--case", Clot, "--region", "mars"]);

        Assert.Equal(2, result.Exit);
        Assert.Contains("--region", result.Err, StringComparison.Ordinal);
        Assert.Contains("mars", result.Err, StringComparison.Ordinal);
    }
}

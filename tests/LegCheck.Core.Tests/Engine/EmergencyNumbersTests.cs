using Xunit;
using LegCheck.Core.Cases;
using LegCheck.Core.Engine;
using LegCheck.Core.Model;

namespace LegCheck.Core.Tests.Engine;

public class EmergencyNumbersTests
{
    [Theory]
    [InlineData("uk", "999")]
    [InlineData("us", "911")]
    [InlineData("ca", "911")]
    [InlineData("eu", "112")]
    [InlineData("au", "000")]
    [InlineData("nz", "111")]
    [InlineData("GB", "999")]
    public void For_AmbulanceInRegion_NamesItsEmergencyNumber(string region, string number)
    {
        Assert.True(EmergencyNumbers.TryFind(region, out var r));
        var call = EmergencyNumbers.For(TriageLevel.EmergencyAmbulance, r);
        Assert.Contains(number, call.Text, StringComparison.Ordinal);
        Assert.Equal(number, call.Numbers.Single().Number);
    }

    [Fact]
    public void For_NoRegion_ListsTheCommonEmergencyNumbers()
    {
        var call = EmergencyNumbers.For(TriageLevel.EmergencyAmbulance, null);
        foreach (var n in new[] { "999", "911", "112", "000", "111" })
        {
            Assert.Contains(n, call.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void For_WithinADayInTheUk_NamesTheUrgentLine()
    {
        EmergencyNumbers.TryFind("uk", out var uk);
        var call = EmergencyNumbers.For(TriageLevel.Consultation24, uk);
        Assert.Contains("111", call.Text, StringComparison.Ordinal);
        Assert.Contains(call.Numbers, n => n.Number == "999");
    }

    [Fact]
    public void TryFind_UnknownRegion_IsRefused() => Assert.False(EmergencyNumbers.TryFind("mars", out _));

    [Fact]
    public void Assess_WithRegion_CarriesTheNumberToCall()
    {
        EmergencyNumbers.TryFind("au", out var au);
        var a = Assessor.Default.Assess(Evidence.Empty.With("chest_pain", FactValue.Yes), AssessOptions.Default with { ClosedWorld = true, Region = au });
        Assert.Equal("tel:000".Replace("tel:", "", StringComparison.Ordinal), a.Call.Numbers[0].Dial);
    }
}

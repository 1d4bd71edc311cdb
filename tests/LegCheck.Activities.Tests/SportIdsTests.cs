using LegCheck.Activities.Fit;
using Xunit;

namespace LegCheck.Activities.Tests;

public class SportIdsTests
{
    /// <summary>The diary stores these texts: they must stay the FIT profile's names the readers gave before.</summary>
    [Theory]
    [InlineData(1, "running")]
    [InlineData(4, "fitness_equipment")]
    [InlineData(12, "cross_country_skiing")]
    [InlineData(21, "e_biking")]
    [InlineData(37, "stand_up_paddleboarding")]
    [InlineData(62, "hiit")]
    [InlineData(999, "other")]
    public void Id_FitSport_IsTheProfileName(long number, string id)
    {
        Assert.Equal(id, SportIds.Id(FitNames.Sport(number)));
    }

    [Fact]
    public void Parse_EveryId_GivesItsSportBack()
    {
        Assert.All(Enum.GetValues<ActivitySport>(), s => Assert.Equal(s, SportIds.Parse(SportIds.Id(s))));
    }

    [Theory]
    [InlineData("parkour")]
    [InlineData("Running")]
    [InlineData("")]
    public void Parse_UnknownId_IsOther(string id)
    {
        Assert.Equal(ActivitySport.Other, SportIds.Parse(id));
    }
}

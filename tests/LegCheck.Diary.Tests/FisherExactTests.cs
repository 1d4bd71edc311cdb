using LegCheck.Diary.Triggers;
using Xunit;

namespace LegCheck.Diary.Tests;

public class FisherExactTests
{
    [Fact]
    public void TwoSidedP_LadyTastingTea_Is0Point4857() =>
        Assert.Equal(0.4857142857, FisherExact.TwoSidedP(3, 1, 1, 3), 9);

    [Fact]
    public void TwoSidedP_OneNineElevenThree_Is0Point002759() =>
        Assert.Equal(0.0027594562, FisherExact.TwoSidedP(1, 9, 11, 3), 9);

    [Fact]
    public void TwoSidedP_PerfectSeparationFiveFive_IsTwoOver252() =>
        Assert.Equal(2.0 / 252, FisherExact.TwoSidedP(0, 5, 5, 0), 12);

    [Fact]
    public void TwoSidedP_SixOfSevenAgainstNoneOfNine_Is0Point000874() =>
        Assert.Equal(0.000874125874, FisherExact.TwoSidedP(6, 1, 0, 9), 11);

    [Fact]
    public void TwoSidedP_TransposedOrSwappedRows_Unchanged()
    {
        var p = FisherExact.TwoSidedP(1, 9, 11, 3);
        Assert.Equal(p, FisherExact.TwoSidedP(1, 11, 9, 3), 12);
        Assert.Equal(p, FisherExact.TwoSidedP(11, 3, 1, 9), 12);
    }

    [Fact]
    public void TwoSidedP_NoInformation_IsOne()
    {
        Assert.Equal(1.0, FisherExact.TwoSidedP(0, 0, 0, 0), 12);
        Assert.Equal(1.0, FisherExact.TwoSidedP(2, 2, 2, 2), 12);
    }

    [Fact]
    public void TwoSidedP_LargeCounts_StaysAProbability()
    {
        var p = FisherExact.TwoSidedP(1800, 1850, 1700, 1900);
        Assert.InRange(p, 0.0, 1.0);
        Assert.True(FisherExact.TwoSidedP(900, 100, 100, 900) < 1e-100);
    }

    [Fact]
    public void TwoSidedP_NegativeCount_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => FisherExact.TwoSidedP(-1, 1, 1, 1));
}

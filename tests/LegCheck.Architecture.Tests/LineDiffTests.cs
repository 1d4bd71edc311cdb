using LegCheck.Architecture.Tests.PublicApi;
using Xunit;

namespace LegCheck.Architecture.Tests;

public sealed class LineDiffTests
{
    [Fact]
    public void Describe_OneLineChangedAmongOthers_ShowsOnlyItsRemovalAndAddition()
    {
        var diff = LineDiff.Describe("a\nb\nc\nd\n", "a\nb\nC\nd\n");

        Assert.Equal("- c\n+ C\n", diff);
    }

    [Fact]
    public void Describe_LinesAddedAndRemovedApart_KeepsTheCommonLinesOut()
    {
        var diff = LineDiff.Describe("a\nb\nc\nd\ne", "a\nx\nb\nc\ne");

        Assert.Equal("+ x\n- d\n", diff);
    }
}

using NetArchTest.Rules;
using Xunit;

namespace LegCheck.Architecture.Tests;

/// <summary>
/// The layering of issue #15, checked on the compiled assemblies: Core and Activities stand alone, the diary knows
/// nothing of its front ends, the front ends reach the local SQLite diary only where they are composed, and no
/// product ships test-support code.
/// </summary>
public sealed class LayeringTests
{
    [Fact]
    public void Core_References_NoOtherProjectOfOurs()
    {
        Assert.Empty(Products.OursReferencedBy(Products.Core));
    }

    [Fact]
    public void Core_Types_DependOnNoOtherNamespaceOfOurs()
    {
        var result = Types.InAssembly(Products.Load(Products.Core)).Should()
            .NotHaveDependencyOnAny(Others(Products.Core)).GetResult();

        AssertSuccess(result);
    }

    [Fact]
    public void Activities_References_NoOtherProjectOfOurs()
    {
        // Activities reads files into activities; the diary stores them, so the arrow points only from the diary here.
        Assert.Empty(Products.OursReferencedBy(Products.Activities));
    }

    [Fact]
    public void Diary_References_OnlyActivities()
    {
        Assert.Equal([Products.Activities], Products.OursReferencedBy(Products.Diary));
    }

    [Fact]
    public void Postgres_References_OnlyTheDiaryAndActivities()
    {
        Assert.Equal([Products.Activities, Products.Diary], Products.OursReferencedBy(Products.Postgres));
    }

    [Fact]
    public void Postgres_Types_DoNotUseTheSqliteDiary()
    {
        var result = Types.InAssembly(Products.Load(Products.Postgres)).Should()
            .NotHaveDependencyOnAny(Products.SqliteStorage, "Microsoft.Data.Sqlite").GetResult();

        AssertSuccess(result);
    }

    [Fact]
    public void Handoff_References_NeitherFrontEnd()
    {
        var ours = Products.OursReferencedBy(Products.Handoff);

        Assert.DoesNotContain(Products.Web, ours);
        Assert.DoesNotContain(Products.Cli, ours);
    }

    [Theory]
    [InlineData(Products.Core)]
    [InlineData(Products.Activities)]
    [InlineData(Products.Diary)]
    [InlineData(Products.Postgres)]
    [InlineData(Products.Handoff)]
    [InlineData(Products.Web)]
    [InlineData(Products.Cli)]
    public void Product_References_NoTestSupportAssembly(string product)
    {
        var ours = Products.OursReferencedBy(product);

        Assert.Empty(ours.Intersect(Products.TestSupport, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(Products.Core)]
    [InlineData(Products.Activities)]
    [InlineData(Products.Diary)]
    [InlineData(Products.Postgres)]
    [InlineData(Products.Handoff)]
    [InlineData(Products.Web)]
    [InlineData(Products.Cli)]
    public void Product_PublicTypes_AreNeitherActivityWritersNorScorers(string product)
    {
        // The activity writers, synthetic tracks and the case scorer serve tests and tools (LegCheck.Activities.Testing).
        var result = Types.InAssembly(Products.Load(product)).That().ArePublic().Should()
            .NotHaveNameEndingWith("Writer").And().NotHaveNameEndingWith("Scorer").And().NotHaveNameStartingWith("TrackGenerator").GetResult();

        AssertSuccess(result);
    }

    [Fact]
    public void Web_TypesButTheCompositionRoot_ReachTheDiaryOnlyThroughTheStoreSeam()
    {
        var result = Types.InAssembly(Products.Load(Products.Web))
            .That().DoNotResideInNamespaceMatching("^LegCheck\\.Web$").Or().DoNotHaveNameStartingWith("WebApp")
            .Should().NotHaveDependencyOnAny([.. Products.SqliteDiary, Products.Postgres]).GetResult();

        AssertSuccess(result);
    }

    [Fact]
    public void Cli_Types_DoNotUseTheSqliteStoreSeamImplementation()
    {
        var result = Types.InAssembly(Products.Load(Products.Cli)).Should()
            .NotHaveDependencyOnAny(Products.SqliteStorage, Products.Postgres).GetResult();

        AssertSuccess(result);
    }

    [Fact]
    public void Cli_Types_ReachTheDiaryOnlyThroughTheStoreSeam()
    {
        // The CLI opens the local file as ILocalDiary, an IDiaryStore like the web's; it still names SqliteException,
        // since a file it cannot read at all says so in SQLite's words.
        var result = Types.InAssembly(Products.Load(Products.Cli)).Should()
            .NotHaveDependencyOnAny([.. Products.SqliteDiary.Where(n => n != "Microsoft.Data.Sqlite"), Products.Postgres]).GetResult();

        AssertSuccess(result);
    }

    [Fact]
    public void Diary_Types_DoNotUseAFrontEnd()
    {
        var result = Types.InAssembly(Products.Load(Products.Diary)).Should()
            .NotHaveDependencyOnAny("LegCheck.Web", "LegCheck.Cli", "LegCheck.Handoff", "LegCheck.Core").GetResult();

        AssertSuccess(result);
    }

    private static string[] Others(string product) =>
        [.. new[] { "LegCheck.Activities", "LegCheck.Diary", "LegCheck.Handoff", "LegCheck.Web", "LegCheck.Cli", "LegCheck.Testing" }
            .Where(n => !n.Equals(product, StringComparison.Ordinal))];

    private static void AssertSuccess(TestResult result) =>
        Assert.True(result.IsSuccessful, "breaks the layering: " + string.Join(", ", result.FailingTypeNames ?? []));
}

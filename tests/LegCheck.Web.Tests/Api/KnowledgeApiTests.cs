using System.Net;
using Xunit;

namespace LegCheck.Web.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class KnowledgeApiTests(WebAppFixture web)
{
    [Fact]
    public async Task Conditions_Always_ListsAll36WithSourcedClaims()
    {
        var body = await ProblemAssert.JsonAsync(await web.Client.GetAsync("api/v1/knowledge/conditions"));

        var conditions = body.EnumerateArray().ToList();
        Assert.Equal(36, conditions.Count);
        Assert.All(conditions, c =>
        {
            Assert.NotEmpty(c.GetProperty("summary").GetProperty("sources").EnumerateArray());
            Assert.False(string.IsNullOrEmpty(c.GetProperty("see_whom").GetString()));
            Assert.False(string.IsNullOrEmpty(c.GetProperty("triage").GetString()));
        });
    }

    [Fact]
    public async Task Condition_KnownId_ReturnsIt()
    {
        var body = await ProblemAssert.JsonAsync(await web.Client.GetAsync("api/v1/knowledge/conditions/cauda_equina_syndrome"));

        Assert.Equal("emergency", body.GetProperty("triage").GetString());
    }

    [Theory]
    [InlineData("bone_stress_injury")]
    [InlineData("medial_tibial_stress_syndrome")]
    [InlineData("achilles_tendinopathy")]
    [InlineData("achilles_tendon_rupture")]
    [InlineData("plantar_fasciitis")]
    [InlineData("exertional_syncope")]
    [InlineData("lumbar_spinal_stenosis")]
    [InlineData("raynaud_phenomenon")]
    [InlineData("restless_legs_syndrome")]
    [InlineData("hypoglycemia")]
    public async Task Condition_Version2Id_HasALibraryEntryWithSourcedFeelsAndCauses(string id)
    {
        var body = await ProblemAssert.JsonAsync(await web.Client.GetAsync($"api/v1/knowledge/conditions/{id}"));

        foreach (var section in new[] { "feels", "causes" })
        {
            var claims = body.GetProperty(section).EnumerateArray().ToList();
            Assert.NotEmpty(claims);
            Assert.All(claims, c => Assert.NotEmpty(c.GetProperty("sources").EnumerateArray()));
        }
    }

    [Fact]
    public async Task Condition_UnknownId_Returns404Problem()
    {
        await ProblemAssert.IsProblemAsync(await web.Client.GetAsync("api/v1/knowledge/conditions/gout"), HttpStatusCode.NotFound, "id");
    }

    [Fact]
    public async Task Facts_Always_CoverTheContractVocabulary()
    {
        var body = await ProblemAssert.JsonAsync(await web.Client.GetAsync("api/v1/knowledge/facts"));

        var ids = body.EnumerateArray().Select(f => f.GetProperty("id").GetString()).ToHashSet();
        Assert.Superset(LegCheck.Core.Model.Contract.Facts.ToHashSet(), ids!);
        var runMinutes = body.EnumerateArray().First(f => f.GetProperty("id").GetString() == "run_minutes");
        Assert.Equal("number", runMinutes.GetProperty("type").GetString());
        Assert.Equal("minutes", runMinutes.GetProperty("unit").GetString());
    }

    [Fact]
    public async Task Questions_Always_CarryWhyAndSources()
    {
        var body = await ProblemAssert.JsonAsync(await web.Client.GetAsync("api/v1/knowledge/questions"));

        Assert.All(body.EnumerateArray(), q =>
        {
            Assert.False(string.IsNullOrEmpty(q.GetProperty("why").GetString()));
            Assert.NotEmpty(q.GetProperty("sources").EnumerateArray());
        });
        Assert.Contains(body.EnumerateArray(), q => q.GetProperty("input").GetString() == "body_map");
    }

    [Fact]
    public async Task Advice_Always_ListsEveryContractIdWithSources()
    {
        var body = await ProblemAssert.JsonAsync(await web.Client.GetAsync("api/v1/knowledge/advice"));

        var ids = body.EnumerateArray().Select(a => a.GetProperty("id").GetString()).ToHashSet();
        Assert.Superset(LegCheck.Core.Model.Contract.Advice.ToHashSet(), ids!);
        Assert.All(body.EnumerateArray(), a => Assert.NotEmpty(a.GetProperty("sources").EnumerateArray()));
    }

    [Fact]
    public async Task AdviceItem_UnknownId_Returns404Problem()
    {
        await ProblemAssert.IsProblemAsync(await web.Client.GetAsync("api/v1/knowledge/advice/dance"), HttpStatusCode.NotFound, "id");
    }

    [Fact]
    public async Task Sources_Always_ListArticlesAndGuidelines()
    {
        var body = await ProblemAssert.JsonAsync(await web.Client.GetAsync("api/v1/knowledge/sources"));

        var kinds = body.EnumerateArray().Select(s => s.GetProperty("kind").GetString()).ToHashSet();
        Assert.Contains("article", kinds);
        Assert.Contains("guideline", kinds);
    }

    [Fact]
    public async Task Knowledge_UnknownKind_Returns404Problem()
    {
        await ProblemAssert.IsProblemAsync(await web.Client.GetAsync("api/v1/knowledge/recipes"), HttpStatusCode.NotFound, "path");
    }
}

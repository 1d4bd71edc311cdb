using LegCheck.Core.Cases;
using LegCheck.Core.Engine;
using LegCheck.Core.FreeText;
using Xunit;

namespace LegCheck.Web.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class SearchApiTests(WebAppFixture web)
{
    [Fact]
    public async Task Search_Phrase_ReturnsFactsReadyForAssess()
    {
        var body = await ProblemAssert.JsonAsync(await web.Client.GetAsync("api/v1/search?phrase=" + Uri.EscapeDataString("my toes go numb, no swelling")));

        var facts = body.GetProperty("facts");
        Assert.Equal("yes", facts.GetProperty("numbness").GetString());
        Assert.Equal("no", facts.GetProperty("swelling").GetString());
        Assert.Contains(body.GetProperty("found").EnumerateArray(), f => f.GetProperty("fact").GetString() == "swelling" && f.GetProperty("negated").GetBoolean());
        Assert.NotEmpty(body.GetProperty("conditions").EnumerateArray());

        var assess = await web.PostJsonAsync("api/v1/assess", "{\"facts\":" + facts.GetRawText() + "}");
        Assert.True(assess.IsSuccessStatusCode);
    }

    [Fact]
    public async Task Search_AlarmPhrase_ListsTheSameCausesAsAResultWouldIncludingThoseBeingCheckedFor()
    {
        const string phrase = "my calf is swollen and hot and now I'm short of breath";
        var body = await ProblemAssert.JsonAsync(await web.Client.GetAsync("api/v1/search?phrase=" + Uri.EscapeDataString(phrase)));

        var evidence = PhraseParser.Apply(Evidence.Empty, PhraseParser.Parse(phrase));
        var listed = Assessor.Default.Assess(evidence).ListedCauses.Select(c => c.Condition.Id).ToList();
        Assert.Equal(listed, body.GetProperty("conditions").EnumerateArray().Select(c => c.GetProperty("id").GetString() ?? "").ToList());
        Assert.Contains("deep_vein_thrombosis", listed);
    }

    [Fact]
    public async Task Search_NothingRecognised_ReturnsEmptyLists()
    {
        var body = await ProblemAssert.JsonAsync(await web.Client.GetAsync("api/v1/search?phrase=hello"));

        Assert.Empty(body.GetProperty("found").EnumerateArray());
        Assert.Empty(body.GetProperty("conditions").EnumerateArray());
    }

    [Theory]
    [InlineData("api/v1/search")]
    [InlineData("api/v1/search?phrase=")]
    [InlineData("api/v1/search?phrase=%20%20")]
    public async Task Search_NoPhrase_Returns400Problem(string url)
    {
        await ProblemAssert.IsFieldErrorAsync(await web.Client.GetAsync(url), "phrase", "expected some text");
    }

    [Fact]
    public async Task Search_PhraseTooLong_Returns400Problem()
    {
        await ProblemAssert.IsFieldErrorAsync(await web.Client.GetAsync("api/v1/search?phrase=" + new string('a', 2500)), "phrase", "at most 2000");
    }
}

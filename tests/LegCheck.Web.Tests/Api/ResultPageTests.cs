using System.Net;
using System.Text.Json;
using Xunit;

namespace LegCheck.Web.Tests.Api;

/// <summary>
/// The result page and the API say the same as the CLI: the reason behind the urgency with its sources, the cause
/// being checked for named as such, "today" for a suspected clot, and no routine booking beside an urgent banner.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ResultPageTests(WebAppFixture web)
{
    // One calf swollen and tender after a long flight, still there at rest: a clot must be ruled out today.
    private const string ClotState = """{"age":52,"sex":"female","pain":"yes","swelling":"yes","location":["calf"],"side":"one","calf_tender":"yes","recent_long_travel":"yes","persists_at_rest":"yes"}""";

    private async Task<string> FinishAsync(string state)
    {
        using var content = new FormUrlEncodedContent([new("state", state), new("history", ""), new("action", "finish")]);
        using var response = await web.Client.PostAsync("/check", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Finish_SuspectedClot_BannerSaysTodayWithTheReasonAndItsSource()
    {
        var html = await FinishAsync(ClotState);

        Assert.Contains("See a doctor today", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Why:</strong>", html, StringComparison.Ordinal);
        var why = html[html.IndexOf("<strong>Why:</strong>", StringComparison.Ordinal)..];
        Assert.Contains("NG158", why[..why.IndexOf("</div>", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.Contains("This needs checking for Deep vein thrombosis", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Finish_UrgentBanner_ShowsNoRoutineBookingAndNoSoonerAtEmergency()
    {
        var clot = await FinishAsync(ClotState);
        var plan = clot[clot.IndexOf("id=\"plan-title\"", StringComparison.Ordinal)..];
        plan = plan[..plan.IndexOf("When to see whom:", StringComparison.Ordinal)];
        Assert.DoesNotContain("Book an appointment with a doctor", plan, StringComparison.Ordinal);

        var emergency = await FinishAsync("""{"cramp":"yes","location":["calf"],"dark_urine":"yes"}""");
        Assert.Contains("When to see whom:", emergency, StringComparison.Ordinal);
        Assert.DoesNotContain("see someone sooner", emergency, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assess_SuspectedClot_ExplanationCitesTheReasonAndEachStepReason()
    {
        var body = """{"facts":{"pain":"yes","swelling":"yes","location":["calf"],"side":"one","calf_tender":"yes","recent_long_travel":"yes","persists_at_rest":"yes"}}""";
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await web.Client.PostAsync("/api/v1/assess", content);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var triage = json.RootElement.GetProperty("explanation").GetProperty("triage");

        Assert.Equal("see a doctor today", triage.GetProperty("what_to_do").GetString());
        Assert.NotEqual(0, triage.GetProperty("reason").GetProperty("sources").GetArrayLength());
        Assert.Contains("deep_vein_thrombosis", triage.GetProperty("needs_checking").EnumerateArray().Select(e => e.GetString()));
        foreach (var step in json.RootElement.GetProperty("explanation").GetProperty("plan").EnumerateArray())
        {
            Assert.All(step.GetProperty("reasons").EnumerateArray(), r => Assert.NotEqual(0, r.GetProperty("sources").GetArrayLength()));
        }
    }

    [Theory]
    [InlineData("us", "tel:911")]
    [InlineData("uk", "tel:999")]
    [InlineData("au", "tel:000")]
    public async Task Assess_RegionQuery_GivesThatRegionsTapToCallNumber(string region, string tel)
    {
        using var content = new StringContent("""{"facts":{"cramp":"yes","location":["calf"],"dark_urine":"yes"}}""", System.Text.Encoding.UTF8, "application/json");
        using var response = await web.Client.PostAsync("/api/v1/assess?region=" + region, content);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var numbers = json.RootElement.GetProperty("call").GetProperty("numbers").EnumerateArray().Select(n => n.GetProperty("tel").GetString()).ToList();
        Assert.Contains(tel, numbers);
    }
}

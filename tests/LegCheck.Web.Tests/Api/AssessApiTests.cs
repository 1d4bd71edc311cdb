using System.Net;
using System.Text.Json;
using Xunit;

namespace LegCheck.Web.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class AssessApiTests(WebAppFixture web)
{
    private const string HotMarathonCramp =
        """{"age":34,"sex":"male","facts":{"cramp":"yes","location":["calf"],"side":"one","onset_during_run":"yes","late_in_run":"yes","run_minutes":200,"hot_humid_weather":"yes","electrolytes_taken":"no","relieved_by_stretching":"yes","visible_muscle_knot":"yes"}}""";

    [Fact]
    public async Task Assess_CalfCrampCase_ReturnsContractJsonWithExplanation()
    {
        var body = await ProblemAssert.JsonAsync(await web.PostJsonAsync("api/v1/assess", HotMarathonCramp));

        Assert.Equal("api", body.GetProperty("case").GetString());
        Assert.Equal("self_care", body.GetProperty("triage").GetString());
        var conditions = body.GetProperty("conditions").EnumerateArray().ToList();
        Assert.Equal("exercise_associated_muscle_cramp", conditions[0].GetProperty("id").GetString());
        Assert.InRange(conditions.Sum(c => c.GetProperty("probability").GetDouble()), 0, 1);
        Assert.Empty(body.GetProperty("red_flags").EnumerateArray());
        var advice = body.GetProperty("advice").EnumerateArray().Select(a => a.GetString()).ToList();
        Assert.Contains("stop_running", advice);
        Assert.Contains("stretch_calf", advice);
        Assert.False(body.TryGetProperty("questions_asked", out _));
        Assert.Contains("not a diagnosis", body.GetProperty("disclaimer").GetString(), StringComparison.Ordinal);

        var explanation = body.GetProperty("explanation");
        Assert.Equal("manage at home; see someone if it persists or worsens", explanation.GetProperty("triage").GetProperty("what_to_do").GetString());
        var top = explanation.GetProperty("conditions")[0];
        Assert.Equal("likely", top.GetProperty("band").GetString());
        Assert.Contains(top.GetProperty("raised").EnumerateArray(), r => r.GetProperty("fact").GetString() == "cramp");
        var plan = explanation.GetProperty("plan").EnumerateArray().ToList();
        Assert.Equal(advice, plan.Select(p => p.GetProperty("id").GetString()).ToList());
        Assert.All(plan, p => Assert.NotEmpty(p.GetProperty("sources").EnumerateArray()));
        var sources = explanation.GetProperty("sources");
        Assert.All(plan.SelectMany(p => p.GetProperty("sources").EnumerateArray()), citation =>
            Assert.False(string.IsNullOrEmpty(sources.GetProperty(citation.GetProperty("id").GetString()!).GetProperty("title").GetString())));
    }

    [Fact]
    public async Task Assess_ExplainFalse_ReturnsTheContractAlone()
    {
        var full = await ProblemAssert.JsonAsync(await web.PostJsonAsync("api/v1/assess", HotMarathonCramp));
        var bare = await ProblemAssert.JsonAsync(await web.PostJsonAsync("api/v1/assess?explain=false", HotMarathonCramp));

        Assert.False(bare.TryGetProperty("explanation", out _));
        Assert.Equal(full.GetProperty("conditions").GetRawText(), bare.GetProperty("conditions").GetRawText());
        Assert.Equal(full.GetProperty("advice").GetRawText(), bare.GetProperty("advice").GetRawText());
    }

    [Fact]
    public async Task Assess_ExplainNotABoolean_Returns400Problem()
    {
        await ProblemAssert.IsFieldErrorAsync(await web.PostJsonAsync("api/v1/assess?explain=maybe", HotMarathonCramp), "explain", "expected true or false");
    }

    [Fact]
    public async Task Assess_JsonBooleans_MeanYesAndNo()
    {
        var words = await ProblemAssert.JsonAsync(await web.PostJsonAsync("api/v1/assess", HotMarathonCramp));
        var booleans = await ProblemAssert.JsonAsync(await web.PostJsonAsync("api/v1/assess",
            HotMarathonCramp.Replace("\"yes\"", "true", StringComparison.Ordinal).Replace("\"no\"", "false", StringComparison.Ordinal)));

        Assert.Equal(words.GetProperty("conditions").GetRawText(), booleans.GetProperty("conditions").GetRawText());
        Assert.Equal(words.GetProperty("advice").GetRawText(), booleans.GetProperty("advice").GetRawText());
    }

    [Fact]
    public async Task Assess_SaddleNumbness_IsEmergencyWithRedFlags()
    {
        var json = """{"id":"ces","age":44,"sex":"male","facts":{"back_pain":"yes","numbness":"yes","saddle_numbness":"yes","bladder_or_bowel_change":"yes","location":["buttock_or_thigh","calf"],"side":"both"}}""";

        var body = await ProblemAssert.JsonAsync(await web.PostJsonAsync("api/v1/assess", json));

        Assert.Equal("ces", body.GetProperty("case").GetString());
        Assert.Equal("emergency", body.GetProperty("triage").GetString());
        Assert.Contains("saddle_numbness", body.GetProperty("red_flags").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal("go_to_emergency_department", body.GetProperty("advice")[0].GetString());
        var rules = body.GetProperty("explanation").GetProperty("triage").GetProperty("rules").EnumerateArray().ToList();
        Assert.Contains(rules, r => r.GetProperty("red_flag").GetBoolean() && r.GetProperty("sources").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Assess_UnlistedYesNoFacts_CountAsNoButUnknownStaysUnknown()
    {
        var closed = await ProblemAssert.JsonAsync(await web.PostJsonAsync("api/v1/assess", """{"facts":{"cramp":"yes","location":["calf"]}}"""));
        var open = await ProblemAssert.JsonAsync(await web.PostJsonAsync("api/v1/assess", """{"facts":{"cramp":"yes","location":["calf"],"onset_during_run":"unknown"}}"""));

        Assert.Contains("onset_during_run", LoweredFacts(closed));
        Assert.DoesNotContain("onset_during_run", LoweredFacts(open));
    }

    private static List<string?> LoweredFacts(JsonElement body) =>
        body.GetProperty("explanation").GetProperty("conditions")[0].GetProperty("lowered").EnumerateArray()
            .Select(c => c.GetProperty("fact").GetString()).ToList();

    [Fact]
    public async Task Assess_CaseFileAsJson_AcceptsIdSummaryAndExpected()
    {
        var json = """{"id":"x","summary":"one line","age":30,"sex":"female","facts":{"cramp":true},"expected":{"condition":"exercise_associated_muscle_cramp","triage":"self_care"}}""";

        var body = await ProblemAssert.JsonAsync(await web.PostJsonAsync("api/v1/assess", json));

        Assert.Equal("x", body.GetProperty("case").GetString());
    }

    [Theory]
    [InlineData("""{"facts":{"cramps":"yes"}}""", "facts.cramps", "unknown fact id")]
    [InlineData("""{"facts":{"cramp":"sometimes"}}""", "facts.cramp", "expected yes, no or unknown")]
    [InlineData("""{"facts":{"cramp":3}}""", "facts.cramp", "expected yes, no or unknown")]
    [InlineData("""{"facts":{"cramp":{"a":1}}}""", "facts.cramp", "got an object")]
    [InlineData("""{"facts":{"run_minutes":"long"}}""", "facts.run_minutes", "expected a number")]
    [InlineData("""{"facts":{"run_minutes":true}}""", "facts.run_minutes", "got true")]
    [InlineData("""{"facts":{"run_minutes":-5}}""", "facts.run_minutes", "expected a number from 0")]
    [InlineData("""{"facts":{"run_minutes":1e9}}""", "facts.run_minutes", "expected a number from 0")]
    [InlineData("""{"age":400}""", "age", "expected a number from")]
    [InlineData("""{"sex":"robot"}""", "sex", "expected one of female, male")]
    [InlineData("""{"sex":["female","male"]}""", "sex", "expected one of female, male")]
    [InlineData("""{"facts":{"location":["calf","moon"]}}""", "facts.location", "got 'moon'")]
    [InlineData("""{"facts":{"location":[1]}}""", "facts.location", "got a list holding a number")]
    [InlineData("""{"facts":["cramp"]}""", "facts", "expected an object of fact id to value")]
    [InlineData("""{"fact":{"cramp":"yes"}}""", "fact", "unknown field")]
    [InlineData("""{"id":7}""", "id", "expected a case id")]
    [InlineData("""[1,2]""", "(top level)", "expected an object")]
    [InlineData("""{"facts":{"cramp":"yes",}}""", "(top level)", "not valid JSON")]
    [InlineData("""{"facts":""", "(top level)", "not valid JSON")]
    [InlineData("""not json""", "(top level)", "not valid JSON")]
    [InlineData("", "(top level)", "not valid JSON")]
    public async Task Assess_BadInput_Returns400ProblemNamingTheField(string json, string field, string expected)
    {
        await ProblemAssert.IsFieldErrorAsync(await web.PostJsonAsync("api/v1/assess", json), field, expected);
    }

    [Fact]
    public async Task Assess_SeveralBadFields_ListsEachOne()
    {
        var body = await ProblemAssert.IsFieldErrorAsync(
            await web.PostJsonAsync("api/v1/assess", """{"age":"old","facts":{"nope":"yes","cramp":"maybe"}}"""), "age", "expected a number");

        var errors = body.GetProperty("errors");
        Assert.True(errors.TryGetProperty("facts.nope", out _));
        Assert.True(errors.TryGetProperty("facts.cramp", out _));
    }

    [Fact]
    public async Task Assess_BodyOver64KiB_Returns413Problem()
    {
        var json = "{\"summary\":\"" + new string('x', 70 * 1024) + "\"}";

        var response = await web.PostJsonAsync("api/v1/assess", json);

        var body = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "body");
        Assert.Contains("64 KiB", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assess_ChunkedBodyOver64KiB_Returns413Problem()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("{\"summary\":\"" + new string('x', 80 * 1024) + "\"}");
        using var content = new StreamContent(new MemoryStream(bytes));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/assess") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await web.Client.SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "body");
    }

    [Fact]
    public async Task Assess_BodyJustUnder64KiB_IsAccepted()
    {
        var json = "{\"summary\":\"" + new string('x', 60 * 1024) + "\",\"facts\":{\"cramp\":\"yes\"}}";

        var response = await web.PostJsonAsync("api/v1/assess", json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Assess_WrongContentType_Returns415Problem()
    {
        var response = await web.Client.PostAsync("api/v1/assess", new StringContent("cramp: yes", System.Text.Encoding.UTF8, "text/yaml"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "body");
    }

    [Fact]
    public async Task Assess_DeeplyNestedJson_Returns400NotServerError()
    {
        var json = "{\"facts\":{\"cramp\":" + new string('[', 200) + new string(']', 200) + "}}";

        await ProblemAssert.IsProblemAsync(await web.PostJsonAsync("api/v1/assess", json), HttpStatusCode.BadRequest, "facts.cramp[0][0][0][0][0][0]");
    }

    [Fact]
    public async Task Assess_GetWithTheCaseInTheQuery_AnswersAsThePostOfTheSameCase()
    {
        const string query = "age=34&sex=male&cramp=yes&location=calf&side=one&onset_during_run=yes&late_in_run=yes&run_minutes=200" +
            "&hot_humid_weather=yes&electrolytes_taken=no&relieved_by_stretching=yes&visible_muscle_knot=yes";

        var get = await ProblemAssert.JsonAsync(await web.Client.GetAsync("api/v1/assess?" + query));
        var post = await ProblemAssert.JsonAsync(await web.PostJsonAsync("api/v1/assess", HotMarathonCramp));

        Assert.Equal("self_care", get.GetProperty("triage").GetString());
        Assert.Equal(post.GetProperty("conditions").GetRawText(), get.GetProperty("conditions").GetRawText());
        Assert.Equal(post.GetProperty("advice").GetRawText(), get.GetProperty("advice").GetRawText());
    }

    [Theory]
    [InlineData("age=old", "age")]
    [InlineData("age=34&age=35", "age")]
    [InlineData("age=-3", "age")]
    [InlineData("sex=robot", "sex")]
    [InlineData("id=a&id=b", "id")]
    [InlineData("cramp=perhaps", "facts.cramp")]
    [InlineData("no_such_fact=yes", "facts.no_such_fact")]
    [InlineData("run_minutes=lots", "facts.run_minutes")]
    [InlineData("location=calf,elbow", "facts.location")]
    [InlineData("facts=yes", "facts.facts")]
    [InlineData("explain=maybe", "explain")]
    [InlineData("region=mars", "region")]
    [InlineData("format=xml", "format")]
    public async Task Assess_GetWithABadQueryParameter_Returns400ProblemNamingIt(string query, string field)
    {
        await ProblemAssert.IsProblemAsync(await web.Client.GetAsync("api/v1/assess?" + query), HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task Assess_GetSymptomsInTheQuery_AreNeverLogged()
    {
        await web.Client.GetAsync("api/v1/assess?saddle_numbness=yes&bladder_or_bowel_change=yes");
        await web.Client.GetAsync("api/v1/assess?format=fhir&saddle_numbness=yes");
        await web.Client.GetAsync("api/v1/assess?saddle_numbness=perhaps");

        Assert.DoesNotContain(web.Logs.Lines, l => l.Contains("saddle", StringComparison.OrdinalIgnoreCase) || l.Contains("bladder", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Assess_MethodOtherThanGetOrPost_Returns405Problem(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "api/v1/assess") { Content = new StringContent(HotMarathonCramp, System.Text.Encoding.UTF8, "application/json") };

        await ProblemAssert.IsProblemAsync(await web.Client.SendAsync(request), HttpStatusCode.MethodNotAllowed, "method");
    }

    [Fact]
    public async Task Assess_AnySymptoms_AreNeverLogged()
    {
        await web.PostJsonAsync("api/v1/assess", """{"facts":{"saddle_numbness":"yes","bladder_or_bowel_change":"yes"}}""");
        await web.PostJsonAsync("api/v1/assess", """{"facts":{"saddle_numbness":"perhaps"}}""");
        await web.PostJsonAsync("api/v1/assess", """{"facts":{"saddle_numbness":""");

        Assert.DoesNotContain(web.Logs.Lines, l => l.Contains("saddle", StringComparison.OrdinalIgnoreCase) || l.Contains("bladder", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Assess_ResponseJson_IsSnakeCase()
    {
        var text = await (await web.PostJsonAsync("api/v1/assess", HotMarathonCramp)).Content.ReadAsStringAsync();

        using var doc = JsonDocument.Parse(text);
        Assert.True(doc.RootElement.TryGetProperty("red_flags", out _));
        Assert.DoesNotContain("\"RedFlags\"", text, StringComparison.Ordinal);
    }
}

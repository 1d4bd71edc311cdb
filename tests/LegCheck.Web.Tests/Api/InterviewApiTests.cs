using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using LegCheck.Core.Cases;
using LegCheck.Core.Interview;
using LegCheck.Core.Loading;
using LegCheck.Core.Model;
using Xunit;

namespace LegCheck.Web.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class InterviewApiTests(WebAppFixture web)
{
    [Fact]
    public async Task Next_NoFacts_AsksTheFirstStartQuestion()
    {
        var body = await ProblemAssert.JsonAsync(await web.PostJsonAsync("api/v1/interview/next", "{}"));

        Assert.False(body.GetProperty("should_stop").GetBoolean());
        Assert.Equal(0, body.GetProperty("questions_asked").GetInt32());
        var question = body.GetProperty("question");
        Assert.Equal("q_feel", question.GetProperty("id").GetString());
        Assert.Equal("tick_list", question.GetProperty("input").GetString());
        Assert.NotEmpty(question.GetProperty("sources").EnumerateArray());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("rationale").GetString()));
        Assert.False(body.TryGetProperty("result", out _));
    }

    [Fact]
    public async Task Next_WithAnswer_AppliesItAndReturnsTheFullState()
    {
        var body = await ProblemAssert.JsonAsync(await web.PostJsonAsync("api/v1/interview/next",
            """{"age":34,"facts":{},"answer":{"question":"q_feel","values":["cramp"]}}"""));

        var facts = body.GetProperty("facts");
        Assert.Equal("yes", facts.GetProperty("cramp").GetString());
        Assert.Equal("no", facts.GetProperty("numbness").GetString());
        Assert.Equal(34, facts.GetProperty("age").GetDouble());
        Assert.Equal("q_where", body.GetProperty("question").GetProperty("id").GetString());
        Assert.Equal("body_map", body.GetProperty("question").GetProperty("input").GetString());
        Assert.Equal(LegCheck.Core.Loading.KnowledgeLoader.Default.Facts["location"].Values.Count, body.GetProperty("question").GetProperty("options").GetArrayLength());
    }

    [Fact]
    public async Task Next_UnknownAnswer_MarksTheQuestionAnswered()
    {
        var body = await ProblemAssert.JsonAsync(await web.PostJsonAsync("api/v1/interview/next",
            """{"facts":{"cramp":"yes","numbness":"no","tingling":"no","burning":"no","pain":"no","tightness":"no","weakness":"no","swelling":"no","location":["calf"]},"answer":{"question":"q_when","values":["unknown"]}}"""));

        Assert.Equal("unknown", body.GetProperty("facts").GetProperty("onset_during_run").GetString());
        Assert.Equal("unknown", body.GetProperty("facts").GetProperty("onset_at_night").GetString());
        Assert.Contains(body.GetProperty("question").GetProperty("id").GetString(), KnowledgeLoader.Default.Interview.Screens);
    }

    [Fact]
    public async Task Next_FactKnownFromFreeText_IsNotOfferedAgain()
    {
        var body = await ProblemAssert.JsonAsync(await web.PostJsonAsync("api/v1/interview/next",
            """{"facts":{"cramp":"yes","numbness":"no","tingling":"no","burning":"no","pain":"no","tightness":"no","weakness":"no","swelling":"no","location":["calf"],"onset_during_run":"yes","onset_after_run":"no","onset_at_rest":"no","onset_at_night":"no","chest_pain":"no"}}"""));

        var question = body.GetProperty("question");
        Assert.Equal("q_alarm_body", question.GetProperty("id").GetString());
        var offered = question.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("value").GetString()).ToList();
        Assert.DoesNotContain("chest_pain", offered);
        Assert.Contains("short_of_breath", offered);
    }

    [Fact]
    public async Task Next_TickOnAFactAnsweredNoBefore_CountsAndRaisesTriage()
    {
        // The regression: chest_pain "no" from the free text, then ticked in the alarm list, used to be ignored.
        var body = await ProblemAssert.JsonAsync(await web.PostJsonAsync("api/v1/interview/next",
            """{"facts":{"cramp":"yes","location":["calf"],"chest_pain":"no"},"answer":{"question":"q_alarm_body","values":["chest_pain"]}}"""));

        Assert.Equal("yes", body.GetProperty("facts").GetProperty("chest_pain").GetString());
        Assert.Equal("no", body.GetProperty("facts").GetProperty("short_of_breath").GetString());
        Assert.Equal("emergency_ambulance", body.GetProperty("preview").GetProperty("triage").GetString());
    }

    [Fact]
    public async Task Next_ChangedAnswer_UntickReplacesAnEarlierTick()
    {
        // Answering the same list again (the runner went back) applies the new ticks and unticks.
        var body = await ProblemAssert.JsonAsync(await web.PostJsonAsync("api/v1/interview/next",
            """{"facts":{"cramp":"yes","location":["calf"]},"answer":{"question":"q_alarm_body","values":["chest_pain"]}}"""));
        var facts = JsonNode.Parse(body.GetProperty("facts").GetRawText())!.AsObject();
        foreach (var f in KnowledgeLoader.Default.Questions.Single(q => q.Id == "q_alarm_body").SetsFacts)
        {
            facts.Remove(f);
        }

        var again = await ProblemAssert.JsonAsync(await web.PostJsonAsync("api/v1/interview/next",
            new JsonObject { ["facts"] = facts, ["answer"] = JsonNode.Parse("""{"question":"q_alarm_body","values":["dizziness"]}""") }.ToJsonString()));

        Assert.Equal("no", again.GetProperty("facts").GetProperty("chest_pain").GetString());
        Assert.Equal("yes", again.GetProperty("facts").GetProperty("dizziness").GetString());
    }

    [Theory]
    [InlineData("shoe-cinched-laces-hot-afternoon", "self_care")]
    [InlineData("ces-saddle-numb-bladder-unsure", "emergency")]
    public async Task Next_AnsweringFromACase_StopsWithTheResult(string caseName, string triage)
    {
        var kb = KnowledgeLoader.Default;
        var theCase = CaseParser.Parse(await File.ReadAllTextAsync(TestCases.Case(caseName)), caseName, kb).Value;
        var state = new JsonObject { ["facts"] = new JsonObject() };
        JsonElement body = default;
        for (var i = 0; i < 40; i++)
        {
            body = await ProblemAssert.JsonAsync(await web.PostJsonAsync("api/v1/interview/next", state.ToJsonString()));
            if (body.GetProperty("should_stop").GetBoolean())
            {
                break;
            }

            var question = kb.Questions.First(q => q.Id == body.GetProperty("question").GetProperty("id").GetString());
            state = new JsonObject
            {
                ["facts"] = JsonNode.Parse(body.GetProperty("facts").GetRawText()),
                ["answer"] = new JsonObject { ["question"] = question.Id, ["values"] = new JsonArray([.. AnswerFromCase(kb, question, theCase.Facts).Select(v => JsonValue.Create(v))]) },
            };
        }

        Assert.True(body.GetProperty("should_stop").GetBoolean());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("reason").GetString()));
        var result = body.GetProperty("result");
        Assert.Equal(triage, result.GetProperty("triage").GetString());
        Assert.Equal("interview", result.GetProperty("case").GetString());
        Assert.Equal(body.GetProperty("questions_asked").GetInt32(), result.GetProperty("questions_asked").GetInt32());
        Assert.Equal(theCase.Expected!.Condition, result.GetProperty("conditions")[0].GetProperty("id").GetString());
    }

    /// <summary>Answers as the person in the case would, under the contract's closed world.</summary>
    internal static List<string> AnswerFromCase(KnowledgeBase kb, Question question, Evidence facts)
    {
        var evidence = Answers.FromCase(kb, Evidence.Empty, question, facts);
        if (question.Type == QuestionType.MultiChoice && question.SetsFacts.Count > 1)
        {
            return question.SetsFacts.Where(evidence.IsYes).ToList();
        }

        var value = evidence[question.SetsFacts[0]];
        return value.Kind switch
        {
            FactValueKind.Choice => [.. value.Choices],
            FactValueKind.Unknown => [Answers.Unknown],
            _ => [value.ToString()],
        };
    }

    [Theory]
    [InlineData("""{"answer":{"question":"q_nope","values":["yes"]}}""", "answer.question", "unknown question id")]
    [InlineData("""{"answer":{"question":7,"values":["yes"]}}""", "answer.question", "expected the id")]
    [InlineData("""{"answer":{"values":["yes"]}}""", "answer.question", "expected the id")]
    [InlineData("""{"answer":"yes"}""", "answer", "expected an object")]
    [InlineData("""{"answer":{"question":"q_feel"}}""", "answer.values", "expected a list")]
    [InlineData("""{"answer":{"question":"q_feel","values":"cramp"}}""", "answer.values", "expected a list")]
    [InlineData("""{"answer":{"question":"q_feel","values":[{"x":1}]}}""", "answer.values", "expected strings or numbers")]
    [InlineData("""{"answer":{"question":"q_feel","values":["dancing"]}}""", "answer.values", "'dancing' is not one of")]
    [InlineData("""{"answer":{"question":"q_age","values":["ancient"]}}""", "answer.values", "expected a number")]
    [InlineData("""{"answer":{"question":"q_age","values":[500]}}""", "answer.values", "expected a number from")]
    [InlineData("""{"answer":{"question":"q_age","values":[30, 40]}}""", "answer.values", "expected one answer")]
    [InlineData("""{"answer":{"question":"q_sex","values":["other"]}}""", "answer.values", "expected one of female, male")]
    [InlineData("""{"answer":{"question":"q_where","values":["moon"]}}""", "answer.values", "got 'moon'")]
    [InlineData("""{"facts":{"cramp":"often"}}""", "facts.cramp", "expected yes, no or unknown")]
    [InlineData("""{"facts":{"bogus":"yes"}}""", "facts.bogus", "unknown fact id")]
    [InlineData("""{"facts":{"chest_pain":"yes","chest_pain":"no"}}""", "facts.chest_pain", "given more than once")]
    [InlineData("""{"facts":{"side":"\ud800"}}""", "facts.side", "not valid text")]
    [InlineData("""{"answer":{"question":"q_feel","values":["\udc00"]}}""", "answer.values[0]", "not valid text")]
    [InlineData("""{"state":{}}""", "state", "unknown field")]
    [InlineData("""{"facts":{}""", "(top level)", "not valid JSON")]
    public async Task Next_BadInput_Returns400ProblemNamingTheField(string json, string field, string expected)
    {
        await ProblemAssert.IsFieldErrorAsync(await web.PostJsonAsync("api/v1/interview/next", json), field, expected);
    }

    [Fact]
    public async Task Next_BodyOver64KiB_Returns413Problem()
    {
        var json = "{\"facts\":{\"cramp\":\"" + new string('y', 65 * 1024) + "\"}}";

        await ProblemAssert.IsProblemAsync(await web.PostJsonAsync("api/v1/interview/next", json), HttpStatusCode.RequestEntityTooLarge, "body");
    }
}

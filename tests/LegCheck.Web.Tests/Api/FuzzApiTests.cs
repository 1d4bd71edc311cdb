using FsCheck;
using FsCheck.Fluent;
using LegCheck.Core.Loading;
using Xunit;

namespace LegCheck.Web.Tests.Api;

/// <summary>Random and broken bodies against the POST endpoints: every answer is a 200 or a 4xx Problem Details, never a 5xx.</summary>
[Collection(ApiCollection.Name)]
public sealed class FuzzApiTests(WebAppFixture web)
{
    private static readonly string[] FactIds = [.. KnowledgeLoader.Default.Facts.Keys];
    private static readonly string[] QuestionIds = [.. KnowledgeLoader.Default.Questions.Select(q => q.Id), "q_nope", ""];

    private static readonly Gen<string> Leaf = Gen.OneOf(
        Gen.Elements("\"yes\"", "\"no\"", "\"unknown\"", "true", "false", "null", "0", "-1", "1e308", "-1e308", "3.5", "\"calf\"", "\"female\"",
            "\"one\"", "\"\"", "\"maybe\"", "\"\\u0000\"", "\"\u00e9\u00e8\"", "[]", "{}", "[\"calf\",\"toes\"]", "[1]", "[null]", "[[]]", "\"12\""),
        Gen.Choose(-100000, 100000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static readonly Gen<string> Key = Gen.OneOf(Gen.Elements(FactIds), Gen.Elements("foo", "", "age", "sex", "__proto__", "facts", "Cramp"));

    private static Gen<string> Object(Gen<string> key, Gen<string> value) =>
        Gen.ListOf(Gen.Zip(key, value)).Select(pairs =>
            "{" + string.Join(",", pairs.Take(8).Select(p => System.Text.Json.JsonSerializer.Serialize(p.Item1) + ":" + p.Item2)) + "}");

    private static readonly Gen<string> Answer =
        from question in Gen.Elements(QuestionIds)
        from values in Gen.ListOf(Leaf)
        select $"{{\"question\":{System.Text.Json.JsonSerializer.Serialize(question)},\"values\":[{string.Join(",", values.Take(4))}]}}";

    private static readonly Gen<string> Body =
        from facts in Object(Key, Leaf)
        from top in Object(Gen.Elements("age", "sex", "id", "summary", "expected", "answer", "state"), Gen.OneOf(Leaf, Answer))
        from answer in Answer
        from shape in Gen.Choose(0, 5)
        from cut in Gen.Choose(0, 200)
        select shape switch
        {
            0 => $"{{\"facts\":{facts}}}",
            1 => $"{{\"facts\":{facts},\"answer\":{answer}}}",
            2 => top,
            3 => $"{{\"age\":34,\"sex\":\"male\",\"facts\":{facts}}}"[..Math.Min(cut, 20 + facts.Length)],
            4 => facts,
            _ => $"[{facts}]",
        };

    [Fact]
    public void PostEndpoints_RandomBodies_NeverAnswer5xx()
    {
        var property = Prop.ForAll(Gen.Elements("api/v1/assess", "api/v1/interview/next").ToArbitrary(), Body.ToArbitrary(), (string path, string body) =>
        {
            var response = web.PostJsonAsync(path, body).GetAwaiter().GetResult();
            var status = (int)response.StatusCode;
            var ok = status == 200 || (status is >= 400 and < 500 && response.Content.Headers.ContentType?.MediaType == "application/problem+json");
            return ok.Label($"{path} {body} -> {status}");
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300).WithReplay(4242UL, 2425UL), property);
    }
}

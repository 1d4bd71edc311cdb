using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LegCheck.Cli.Assess;
using LegCheck.Core.Cases;
using LegCheck.Core.Engine;
using Spectre.Console.Testing;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace LegCheck.Web.Tests.Api;

/// <summary>
/// One result model, three faces (issue #10): the terminal report, the web result page and the API's explanation
/// list the same causes, in the same order, with the same band and percent words, because all three render Core's
/// <see cref="Assessment.ListedCauses"/>. A self-care, a within-24-hours and an emergency case from tests/cases.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed partial class CauseFacesTests(WebAppFixture web)
{
    [Theory]
    [InlineData("eamc-calf-seized-end-of-long-run", "self_care")]
    [InlineData("dvt-24-on-pill-no-travel-puffy-ankle", "consultation_24")]
    [InlineData("ces-saddle-numb-bladder-unsure", "emergency")]
    public async Task Faces_CaseFromTestCases_ListTheSameCausesInOrderWithTheSameBands(string name, string triage)
    {
        var yaml = await File.ReadAllTextAsync(TestCases.Case(name));
        var (body, state) = Documents(yaml);

        var api = await ApiAsync(body, triage);
        var page = Page(await FinishAsync(state));
        var report = Report(yaml, name);

        Assert.NotEmpty(api);
        Assert.Equal(api, page);
        Assert.Equal(api, report);
    }

    [Theory]
    [InlineData("""{"facts":{"pain":"yes","back_pain":"yes","numbness":"yes","location":["buttock_or_thigh"],"side":"both","saddle_numbness":"yes"}}""")]
    [InlineData("""{"facts":{"swelling":"yes","chest_pain":"yes"}}""")]
    [InlineData("""{"facts":{"cramp":"yes","location":["calf"],"dark_urine":"yes"}}""")]
    public async Task Assess_DangerousCauseBehindTheUrgency_ListedAndNeverUnlikely(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await web.Client.PostAsync("/api/v1/assess", content);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var explanation = json.RootElement.GetProperty("explanation");
        var checking = explanation.GetProperty("triage").GetProperty("needs_checking").EnumerateArray().Select(e => e.GetString()).ToList();
        var bands = explanation.GetProperty("conditions").EnumerateArray()
            .ToDictionary(c => c.GetProperty("id").GetString()!, c => c.GetProperty("band").GetString(), StringComparer.Ordinal);

        Assert.NotEmpty(checking);
        Assert.All(checking, id => Assert.Contains(bands[id!], (string[])["needs checking", "likely"]));
    }

    private async Task<List<(string Name, string Band, string Percent)>> ApiAsync(string body, string triage)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await web.Client.PostAsync("/api/v1/assess", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(triage, json.RootElement.GetProperty("triage").GetString());
        return json.RootElement.GetProperty("explanation").GetProperty("conditions").EnumerateArray()
            .Select(c => (
                c.GetProperty("name").GetString()!,
                c.GetProperty("band").GetString()!,
                Assessment.PercentOf(c.GetProperty("probability").GetDouble())))
            .ToList();
    }

    private async Task<string> FinishAsync(string state)
    {
        using var content = new FormUrlEncodedContent([new("state", state), new("history", ""), new("action", "finish")]);
        using var response = await web.Client.PostAsync("/check", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The result page's causes list: each item's link text, then its "band · percent" badge.</summary>
    private static List<(string Name, string Band, string Percent)> Page(string html)
    {
        var list = html[html.IndexOf("<ol class=\"causes\">", StringComparison.Ordinal)..];
        list = list[..list.IndexOf("</ol>", StringComparison.Ordinal)];
        return PageCause().Matches(list)
            .Select(m => (m.Groups["name"].Value, m.Groups["band"].Value, m.Groups["percent"].Value))
            .ToList();
    }

    /// <summary>The terminal report's causes table: names in row order, and each row's "percent band" line.</summary>
    private static List<(string Name, string Band, string Percent)> Report(string yaml, string name)
    {
        var assessor = Assessor.Default;
        var parsed = CaseParser.Parse(yaml, name + ".yaml", assessor.Kb);
        Assert.True(parsed.TryGet(out var c, out _));
        var assessment = assessor.Assess(c.Facts, AssessOptions.Default with { ClosedWorld = true });
        using var console = new TestConsole().Width(400);
        LegCheck.Cli.Assess.Report.Write(console, assessor.Kb, name, assessment);

        var text = console.Output;
        var table = text[text.IndexOf("Likely causes", StringComparison.Ordinal)..text.IndexOf("Your plan", StringComparison.Ordinal)];
        var names = assessor.Kb.Conditions.Select(k => k.Name).ToHashSet(StringComparer.Ordinal);
        var rowNames = table.Split('\n')
            .Select(l => l.Trim().Split("  ", 2)[0].Trim())
            .Where(names.Contains)
            .ToList();
        var bands = ReportBand().Matches(table).Select(m => (m.Groups["band"].Value, m.Groups["percent"].Value)).ToList();
        Assert.Equal(rowNames.Count, bands.Count);
        return rowNames.Zip(bands, (n, b) => (n, b.Item1, b.Item2)).ToList();
    }

    /// <summary>The case as the API's JSON body, and as the result page's hidden state (age and sex among the facts).</summary>
    private static (string Body, string State) Documents(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var facts = (JsonObject)Json(root.Children[new YamlScalarNode("facts")]);
        var body = new JsonObject { ["facts"] = facts.DeepClone() };
        foreach (var person in (string[])["age", "sex"])
        {
            if (root.Children.TryGetValue(new YamlScalarNode(person), out var value))
            {
                body[person] = Json(value);
                facts[person] = Json(value);
            }
        }

        return (body.ToJsonString(), facts.ToJsonString());
    }

    private static JsonNode Json(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(kv => KeyValuePair.Create(((YamlScalarNode)kv.Key).Value!, (JsonNode?)Json(kv.Value)))),
        YamlSequenceNode seq => new JsonArray(seq.Children.Select(n => (JsonNode?)Json(n)).ToArray()),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } s when double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => JsonValue.Create(d),
        YamlScalarNode s => JsonValue.Create(s.Value)!,
        _ => throw new InvalidDataException("unexpected YAML node"),
    };

    [GeneratedRegex("<a href=\"/library/[a-z_]+\">(?<name>[^<]+)</a>\\s*<span class=\"band [^\"]+\">(?<band>[a-z ]+) · (?<percent>[^<]+)</span>")]
    private static partial Regex PageCause();

    [GeneratedRegex("(?<percent>under 1%|over 99%|\\d+%) (?<band>likely|possible|unlikely|needs checking)")]
    private static partial Regex ReportBand();
}

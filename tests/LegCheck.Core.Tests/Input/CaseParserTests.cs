using System.Globalization;
using System.Text;
using LegCheck.Core.Cases;
using LegCheck.Core.Input;
using LegCheck.Core.Loading;
using LegCheck.Core.Model;
using Xunit;

namespace LegCheck.Core.Tests.Input;

public class CaseParserTests
{
    private static readonly KnowledgeBase Kb = KnowledgeLoader.Default;

    [Fact]
    public void Parse_EveryContractId_IsAccepted()
    {
        var facts = string.Join("\n", Contract.Facts.Where(f => f is not ("age" or "sex")).Select(id => $"  {id}: {Sample(Kb.Facts[id])}"));
        var yaml = $"""
            id: every-contract-id
            age: 40
            sex: female
            facts:
            {facts}
            expected:
              condition: {Contract.Conditions[0]}
              also_acceptable: [{string.Join(", ", Contract.Conditions)}]
              triage: self_care
              advice_required: [{string.Join(", ", Contract.Advice)}]
              advice_forbidden: []
            """;

        var parsed = CaseParser.Parse(yaml, "every.yaml", Kb);

        Assert.True(parsed.IsValid, string.Join("\n", parsed.Errors));
        Assert.Equal(Contract.Facts.Count, parsed.Value.Facts.Values.Count);
        Assert.Equal(Contract.Conditions.Count, parsed.Value.Expected!.AlsoAcceptable.Count);
    }

    [Theory]
    [InlineData("facts:\n  cramp: ture\n", """{"facts": {"cramp": "ture"}}""")]
    [InlineData("facts:\n  location: [calf, moon]\n", """{"facts": {"location": ["calf", "moon"]}}""")]
    [InlineData("age: old\nsex: robot\n", """{"age": "old", "sex": "robot"}""")]
    [InlineData("facts:\n  run_minutes: true\n", """{"facts": {"run_minutes": true}}""")]
    [InlineData("facts: [cramp]\n", """{"facts": ["cramp"]}""")]
    [InlineData("facts:\n  side: ~\n  chest_pain: yes\n  chest_pain: no\n", """{"facts": {"side": null, "chest_pain": "yes", "chest_pain": "no"}}""")]
    public void Parse_SameCaseInYamlAndJson_GivesTheSameErrors(string yaml, string json)
    {
        var fromYaml = CaseParser.Parse(yaml, "case.yaml", Kb);
        var fromJson = CaseParser.Parse(json, "case.json", Kb);
        Assert.NotEmpty(fromYaml.Errors);
        Assert.Equal(fromJson.Errors, fromYaml.Errors);
    }

    [Fact]
    public void Parse_AgeAndSexAlsoAmongTheFactsWithTheSameValues_IsAccepted()
    {
        const string Yaml = """
            age: 23
            sex: female
            facts:
              age: 23
              sex: female
              cramp: yes
            """;

        var parsed = CaseParser.Parse(Yaml, "twice.yaml", Kb);

        Assert.True(parsed.IsValid, string.Join("\n", parsed.Errors));
        Assert.Equal(23, parsed.Value.Facts.Values["age"].Number);
        Assert.Equal(["female"], parsed.Value.Facts.Values["sex"].Choices);
    }

    [Fact]
    public void Parse_SexAmongTheFactsDiffersFromTheTopLevel_NamesTheFactsField()
    {
        var parsed = CaseParser.Parse("sex: female\nfacts:\n  sex: male\n", "conflict.yaml", Kb);

        var error = Assert.Single(parsed.Errors);
        Assert.Equal("facts.sex", error.Field);
        Assert.Contains("female", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NullAndUnknown_LeaveAFactUnknown()
    {
        var parsed = CaseParser.Parse("""{"facts": {"cramp": null, "side": "unknown", "pain": true}}""", "case.json", Kb).Value;
        Assert.True(parsed.Facts.Has("cramp"));
        Assert.False(parsed.Facts.IsKnown("cramp"));
        Assert.False(parsed.Facts.IsKnown("side"));
        Assert.True(parsed.Facts.IsYes("pain"));
    }

    [Fact]
    public void Parse_EchoedText_IsShortAndHasNoControlCharacters()
    {
        var parsed = CaseParser.Parse($"{{\"facts\": {{\"side\": \"\\u001b[31m{new string('x', 5000)}\"}}}}", "case.json", Kb);
        var error = Assert.Single(parsed.Errors);
        Assert.DoesNotContain('\u001b', error.Message);
        Assert.True(error.Message.Length < 200, error.Message);
    }

    [Fact]
    public void Parse_TenMegabyteId_IsRefusedBeforeParsing()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"id\": \"" + new string('x', 10 * 1024 * 1024) + "\"}");
        var parsed = CaseParser.Parse(bytes, CaseSyntax.Json, Kb, "case");
        Assert.Equal("(top level): larger than the limit of 64 KiB", Assert.Single(parsed.Errors).ToString());
    }

    private static string Sample(FactDef fact) => fact.Type switch
    {
        FactType.Bool => "yes",
        FactType.Number => (fact.Min ?? 0).ToString(CultureInfo.InvariantCulture),
        FactType.Choice => fact.Values[0],
        _ => "[" + string.Join(", ", fact.Values) + "]",
    };
}

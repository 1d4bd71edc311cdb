using Xunit;
using LegCheck.Core.Loading;
using LegCheck.Core.Model;

namespace LegCheck.Core.Tests.Knowledge;

public class KnowledgeLoaderTests
{
    private static Dictionary<string, string> Files() => new(KnowledgeLoader.ReadEmbedded(), StringComparer.Ordinal);

    private static KnowledgeException LoadBroken(string file, Func<string, string> edit)
    {
        var files = Files();
        var before = files[file];
        files[file] = edit(before);
        Assert.NotEqual(before, files[file]);
        return Assert.Throws<KnowledgeException>(() => KnowledgeLoader.Load(files));
    }

    /// <summary>Replaces the first occurrence only, so one entry is broken and the line can be predicted.</summary>
    private static string First(string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        return text[..at] + to + text[(at + from.Length)..];
    }

    private static long LineOf(string text, string what) => text[..text.IndexOf(what, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    [Fact]
    public void Load_MistypedBoolean_IsAnErrorAtItsLine()
    {
        var facts = First(Files()["facts.yaml"], "red_flag: true", "red_flag: ture");
        var e = LoadBroken("facts.yaml", _ => facts);
        var error = Assert.Single(e.Errors);
        Assert.Equal(new KnowledgeError("facts.yaml", LineOf(facts, "red_flag: ture"), "expected true or false, got 'ture'"), error);
    }

    [Fact]
    public void Load_MisspeltOptionalKey_IsAnErrorAtItsLine()
    {
        var facts = First(Files()["facts.yaml"], "    implies:", "    implys:");
        var e = LoadBroken("facts.yaml", _ => facts);
        var error = Assert.Single(e.Errors);
        Assert.Equal(LineOf(facts, "implys:"), error.Line);
        Assert.StartsWith("unknown key 'implys'; expected one of ", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MisspeltQuestionStage_IsAnErrorAtItsLine()
    {
        var questions = First(Files()["questions.yaml"], "    stage: start", "    stage: strat");
        var e = LoadBroken("questions.yaml", _ => questions);
        var error = Assert.Single(e.Errors, x => x.File == "questions.yaml");
        Assert.Equal(LineOf(questions, "stage: strat"), error.Line);
        Assert.Contains("stage must be start; got 'strat'", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SeveralBrokenEntries_ReportsEveryOne()
    {
        var files = Files();
        files["facts.yaml"] = First(First(files["facts.yaml"], "red_flag: true", "red_flag: ture"), "    implies:", "    implys:");
        files["advice.yaml"] = First(files["advice.yaml"], "kind: now", "kind: later");
        files["conditions.yaml"] = First(files["conditions.yaml"], "severity: ", "severity: Dangerous # was: ");

        var e = Assert.Throws<KnowledgeException>(() => KnowledgeLoader.Load(files));

        Assert.Equal(["advice.yaml", "conditions.yaml", "facts.yaml", "facts.yaml"], e.Errors.Select(x => x.File).Order(StringComparer.Ordinal));
        Assert.All(e.Errors, x => Assert.True(x.Line > 0, x.ToString()));
    }

    [Fact]
    public void Load_BrokenYamlInTwoFiles_ReportsBoth()
    {
        var files = Files();
        files["facts.yaml"] += "\n  - [unclosed\n";
        files["triage.yaml"] += "\n: : :\n";

        var e = Assert.Throws<KnowledgeException>(() => KnowledgeLoader.Load(files));

        Assert.Equal(["facts.yaml", "triage.yaml"], e.Errors.Select(x => x.File));
    }

    [Fact]
    public void Load_EmbeddedBase_DefinesEveryContractId()
    {
        var kb = KnowledgeLoader.Default;
        Assert.All(Contract.Facts, id => Assert.True(kb.Facts.ContainsKey(id), id));
        Assert.All(Contract.Advice, id => Assert.True(kb.Advice.ContainsKey(id), id));
        Assert.Equal(Contract.Conditions.Order(StringComparer.Ordinal), kb.Conditions.Select(c => c.Id).Order(StringComparer.Ordinal));
        Assert.Equal(Contract.Locations, kb.Facts["location"].Values);
    }

    [Fact]
    public void Load_EmbeddedBase_EveryClaimHasASource()
    {
        var kb = KnowledgeLoader.Default;
        var claims = kb.Conditions.SelectMany(c => c.Feels.Concat(c.Causes).Append(c.Summary)).ToList();
        Assert.All(claims, c => Assert.NotEmpty(c.Sources));
        Assert.All(kb.Advice.Values, a => Assert.NotEmpty(a.Sources));
        Assert.All(kb.TriageRules, r => Assert.NotEmpty(r.Sources));
        Assert.All(kb.Questions, q => Assert.NotEmpty(q.Sources));
    }

    [Fact]
    public void Load_EmbeddedBase_EveryConditionHasTriageAdviceAndLikelihoods()
    {
        foreach (var c in KnowledgeLoader.Default.Conditions)
        {
            Assert.InRange(c.Prior, 0.0001, 0.99);
            Assert.NotEmpty(c.AdviceNow.Concat(c.AdvicePrevent).Concat(c.AdviceCare));
            Assert.True(c.Likelihoods.Count >= 8, $"{c.Id} has only {c.Likelihoods.Count} likelihoods");
        }
    }

    [Fact]
    public void Load_UnknownFactInLikelihood_NamesFileLineAndFact()
    {
        var e = LoadBroken("conditions.yaml", y => y.Replace("      cramp: 0.95\n      location:calf: 0.92", "      crampz: 0.95\n      location:calf: 0.92", StringComparison.Ordinal));
        Assert.Equal("conditions.yaml", e.File);
        Assert.True(e.Line > 1);
        Assert.Contains("unknown fact 'crampz'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ProbabilityOutsideOpenInterval_IsRejected()
    {
        var e = LoadBroken("conditions.yaml", y => y.Replace("      cramp: 0.95\n      location:calf: 0.92", "      cramp: 1.0\n      location:calf: 0.92", StringComparison.Ordinal));
        Assert.Contains("strictly between 0 and 1", e.Message, StringComparison.Ordinal);
        Assert.Equal("conditions.yaml", e.File);
    }

    [Fact]
    public void Load_ClaimWithoutSource_IsRejected()
    {
        var e = LoadBroken("advice.yaml", y => y.Replace(
            "    src: [calf_cramping_numbness#Treatment, treat_calf_cramps#Immediate Treatment, feet_cramp_running#What to Do When a Foot Cramp Strikes]\n",
            "", StringComparison.Ordinal));
        Assert.Contains("without a source", e.Message, StringComparison.Ordinal);
        Assert.Equal("advice.yaml", e.File);
    }

    [Fact]
    public void Load_DuplicateId_IsRejected()
    {
        var e = LoadBroken("advice.yaml", y => y.Replace("  - id: see_physiotherapist", "  - id: see_doctor", StringComparison.Ordinal));
        Assert.Contains("duplicate id 'see_doctor'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownAdviceInCondition_IsRejected()
    {
        var e = LoadBroken("conditions.yaml", y => y.Replace("now: [stop_running, stretch_calf, massage_muscle", "now: [stop_running, stretch_calves, massage_muscle", StringComparison.Ordinal));
        Assert.Contains("unknown advice id 'stretch_calves'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownSource_IsRejected()
    {
        var e = LoadBroken("triage.yaml", y => y.Replace("src: [girft_ces_2023]", "src: [made_up_guideline]", StringComparison.Ordinal));
        Assert.Contains("unknown source 'made_up_guideline'", e.Message, StringComparison.Ordinal);
        Assert.Equal("triage.yaml", e.File);
    }

    [Fact]
    public void Load_MalformedYaml_NamesFileAndLine()
    {
        var e = LoadBroken("triage.yaml", y => y + "\n  - id: [unclosed\n");
        Assert.Equal("triage.yaml", e.File);
        Assert.Contains("not valid YAML", e.Message, StringComparison.Ordinal);
        Assert.True(e.Line > 100);
    }

    [Fact]
    public void Load_RuleTestOnUnknownFact_IsRejected()
    {
        var e = LoadBroken("triage.yaml", y => y.Replace("all: [chest_pain]", "all: [chest_pains]", StringComparison.Ordinal));
        Assert.Contains("unknown fact id 'chest_pains'", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("run_minutes=>240", "=>")]
    [InlineData("run_minutes==240", "==")]
    [InlineData("run_minutes!=240", "!=")]
    public void Load_RuleTestWithUnknownOperator_IsAnErrorAtItsLine(string test, string symbol)
    {
        var triage = First(Files()["triage.yaml"], "all: [run_minutes>=240]", $"all: [{test}]");
        var e = LoadBroken("triage.yaml", _ => triage);
        var error = Assert.Single(e.Errors);
        Assert.Equal(new KnowledgeError("triage.yaml", LineOf(triage, test), $"'{test}': unknown test operator '{symbol}'; expected >=, <=, >, < or ="), error);
    }

    [Theory]
    [InlineData("smoker", FactTestOp.AnsweredYes)]
    [InlineData("!smoker", FactTestOp.AnsweredNo)]
    [InlineData("~smoker", FactTestOp.NotAnsweredYes)]
    [InlineData("side:one", FactTestOp.HasChoice)]
    [InlineData("run_minutes>=240", FactTestOp.AtLeast)]
    [InlineData("run_minutes<=240", FactTestOp.AtMost)]
    [InlineData("run_minutes>240", FactTestOp.MoreThan)]
    [InlineData("run_minutes<240", FactTestOp.LessThan)]
    [InlineData("run_minutes=240", FactTestOp.EqualTo)]
    public void Load_RuleTest_ParsesItsOperator(string test, FactTestOp op)
    {
        var files = Files();
        // Quoted, because YAML reads a bare leading '!' as a tag.
        files["triage.yaml"] = First(files["triage.yaml"], "all: [run_minutes>=240]", $"all: ['{test}']");
        var rule = KnowledgeLoader.Load(files).TriageRules.Single(r => r.All is [{ Raw: var raw }] && raw == test);
        Assert.Equal(op, rule.All[0].Op);
    }

    [Fact]
    public void Load_MissingContractCondition_IsRejected()
    {
        var e = LoadBroken("conditions.yaml", y => y.Replace("id: plantar_fat_pad_atrophy", "id: fat_pad_renamed", StringComparison.Ordinal));
        Assert.Contains("contract condition 'plantar_fat_pad_atrophy' is not defined", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ArticleCitedWithoutSection_IsRejected()
    {
        var e = LoadBroken("triage.yaml", y => y.Replace("src: [numb_feet_tight_calves#When to Consult a Specialist]", "src: [numb_feet_tight_calves]", StringComparison.Ordinal));
        Assert.Contains("name the section", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BodyMapWithoutALocation_IsRejected()
    {
        var e = LoadBroken("questions.yaml", y => y.Replace("      - {value: shin_inner, label: \"Inner edge of the shin\"}\n", "", StringComparison.Ordinal));
        Assert.Contains("question 'q_where' does not offer 'shin_inner'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EmbeddedBase_BodyMapOffersTheInnerShin()
    {
        var where = KnowledgeLoader.Default.Questions.Single(q => q.Id == "q_where");
        Assert.Contains(where.Options, o => o is { Value: "shin_inner", Label: "Inner edge of the shin" });
    }

    [Fact]
    public void Load_ExplanationTestingAnAlarmSign_IsRejected()
    {
        var e = LoadBroken("triage.yaml", y => y.Replace("all: [colour_change_in_cold, side:both,", "all: [colour_change_in_cold, ~severe_pain_out_of_proportion, side:both,", StringComparison.Ordinal));
        Assert.Contains("explanation 'raynaud_attack_recovers_on_warming' tests '~severe_pain_out_of_proportion': an explanation may not test an alarm sign", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ExplanationOfAFactThatIsNoAlarmSign_IsRejected()
    {
        var e = LoadBroken("triage.yaml", y => y.Replace("explains: [foot_cold_or_pale]", "explains: [numbness]", StringComparison.Ordinal));
        Assert.Contains("explanation 'raynaud_attack_recovers_on_warming': 'numbness' is not an alarm sign", e.Message, StringComparison.Ordinal);
    }
}

using LegCheck.Core.Cases;
using LegCheck.Handoff.Summary;
using Xunit;

namespace LegCheck.Handoff.Tests.Summary;

public class SummaryBuilderTests
{
    private const string Dvt = "dvt-flew-to-marathon-cramp-that-stayed.yaml";

    [Fact]
    public void Build_BerlinClock_TimeIsLocalWithTheZoneNamed()
    {
        var summary = SummaryBuilder.Build(TestData.Kb, TestData.Assessed(Dvt), TestData.BerlinClock());

        Assert.Equal("3 March 2026, 14:30 Europe/Berlin (UTC+01:00)", summary.When);
    }

    [Fact]
    public void Build_CaseFile_PersonComplaintAndTriageReasonFromTheRule()
    {
        var summary = SummaryBuilder.Build(TestData.Kb, TestData.Assessed(Dvt), TestData.BerlinClock());

        Assert.Equal("50-year-old male", summary.Person);
        Assert.StartsWith("I flew 11 hours", summary.Complaint, StringComparison.Ordinal);
        Assert.Equal("consultation_24", summary.Triage.LevelId);
        var reason = Assert.Single(summary.Triage.Reasons, r => r.Basis == "rule one_calf_larger");
        Assert.NotEmpty(reason.Sources);
        Assert.Contains(summary.Sources, s => s.Text.Contains("NG158", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_CaseFile_AlarmSignsPresentAndUnmentionedAreSeparate()
    {
        var summary = SummaryBuilder.Build(TestData.Kb, TestData.Assessed(Dvt), TestData.BerlinClock());

        Assert.Contains("one calf larger", summary.Alarms.Present);
        Assert.Contains("chest pain", summary.Alarms.NotMentioned);
        Assert.DoesNotContain("chest pain", summary.Alarms.Denied);
        Assert.Contains(summary.Alarms.Fired, f => f.RuleId == "one_calf_larger" && f.Facts.Contains("one calf larger"));
    }

    [Fact]
    public void Build_StatedNo_IsAPertinentNegativeNotAPositive()
    {
        var summary = SummaryBuilder.Build(TestData.Kb, TestData.Assessed(Dvt), TestData.BerlinClock());

        Assert.Contains("relieved by stretching", summary.PertinentNegatives);
        Assert.DoesNotContain(summary.Positives, p => p.StartsWith("relieved by stretching", StringComparison.Ordinal));
        Assert.Contains("run minutes: 240 minutes", summary.Positives);
    }

    [Fact]
    public void Build_Interview_ListsQuestionsNotAskedAndAlarmSignsNotAsked()
    {
        var input = TestData.Interviewed(Dvt);
        var summary = SummaryBuilder.Build(TestData.Kb, input, TestData.BerlinClock());

        var unasked = TestData.Kb.Questions.Where(q => !q.SetsFacts.Any(input.Answers.Has)).ToList();
        Assert.NotEmpty(unasked);
        Assert.All(unasked, q => Assert.Contains(FactWords.Topic(q), summary.NotAsked));
        Assert.StartsWith("interview, ", summary.Method, StringComparison.Ordinal);
        Assert.Empty(summary.Alarms.NotMentioned);
    }

    [Fact]
    public void Build_NoAgeOrSex_SaysSo()
    {
        var input = TestData.Assessed(Dvt);
        input = input with { Answers = input.Answers.Without("age").Without("sex") };

        var summary = SummaryBuilder.Build(TestData.Kb, input, TestData.BerlinClock());

        Assert.Equal("age not given, sex not given", summary.Person);
    }

    [Fact]
    public void Build_NoComplaint_ComplaintIsNull()
    {
        var summary = SummaryBuilder.Build(TestData.Kb, TestData.Assessed(Dvt) with { Complaint = "   " }, TestData.BerlinClock());

        Assert.Null(summary.Complaint);
    }

    [Fact]
    public void Build_UnknownGiven_ListedAsUnsure()
    {
        var input = TestData.Assessed(Dvt);
        input = input with { Answers = input.Answers.With("recurrent", FactValue.Unknown) };

        var summary = SummaryBuilder.Build(TestData.Kb, input, TestData.BerlinClock());

        Assert.Contains("unsure: recurrent", summary.NotAsked);
    }

    [Fact]
    public void Build_FaintCausesBeingCheckedFor_NamedOnOneLineNotRowsAndNeverDropped()
    {
        var summary = SummaryBuilder.Build(TestData.Kb, TestData.Assessed("v6-ali-74-sudden-pale-cold-foot-getting-worse.yaml"), TestData.BerlinClock());

        Assert.Equal("acute_limb_ischemia", summary.RankedRows[0].Id);
        Assert.NotEmpty(summary.AlsoCheckedFor);
        Assert.All(summary.AlsoCheckedFor, c => Assert.Equal("needs checking", c.Band));
        Assert.DoesNotContain(summary.RankedRows, r => summary.AlsoCheckedFor.Contains(r));
        Assert.Equal(summary.Causes.Count, summary.RankedRows.Count + summary.AlsoCheckedFor.Count);
    }
}

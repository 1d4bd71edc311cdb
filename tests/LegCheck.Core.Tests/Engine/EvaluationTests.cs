using Xunit;
using LegCheck.Core.Cases;
using LegCheck.Core.Engine;
using LegCheck.Cli.Assess;
using LegCheck.Core.Interview;
using static LegCheck.Core.Tests.TestData;

namespace LegCheck.Core.Tests.Engine;

/// <summary>
/// The issue's accuracy bounds on our own validation cases and the examples. The same bounds on ../shared/cases,
/// when that folder is present, are checked by .ci/run through <c>legcheck eval</c>, so a clone needs nothing beside it.
/// </summary>
public class EvaluationTests
{
    private static Metrics AssessAll(string dir)
    {
        var results = LoadCases(dir).Select(c => (c, AssessmentJson.From(c.Id, Assess(c.Facts)))).ToList();
        return Scorer.Score(results).Metrics;
    }

    private static Metrics InterviewAll(string dir)
    {
        var engine = new InterviewEngine(Assessor.Default);
        var results = LoadCases(dir).Select(c =>
        {
            var r = CaseInterview.Run(engine, c);
            return (c, AssessmentJson.From(c.Id, r.Assessment, r.QuestionsAsked));
        }).ToList();
        return Scorer.Score(results).Metrics;
    }

    public static TheoryData<string> Folders => new() { OwnCases, Path.Combine(RepoRoot, "examples") };

    [Theory]
    [MemberData(nameof(Folders))]
    public void Assess_LabelledCases_MeetTheIssueBounds(string dir)
    {
        var m = AssessAll(dir);
        Assert.True(m.Top1 >= 0.90, $"top1 {m.Top1:0.00}");
        Assert.True(m.Top3 >= 0.98, $"top3 {m.Top3:0.00}");
        Assert.True(m.TriageExact >= 0.90, $"triage {m.TriageExact:0.00}");
        Assert.Equal(0, m.UnderTriage);
        Assert.Equal(0, m.Forbidden);
        Assert.True(m.AdviceRecall >= 0.95, $"advice {m.AdviceRecall:0.00}");
    }

    [Theory]
    [MemberData(nameof(Folders))]
    public void Interview_LabelledCases_ShortSafeAndCloseToAssess(string dir)
    {
        var assess = AssessAll(dir);
        var m = InterviewAll(dir);
        // The median bound is for case sets; the four examples are demos, three of them self-care presentations
        // that must now rule out every routine-visit rule a single answer could fire, and four cases make no median.
        Assert.True(m.Cases < 20 || m.QuestionsMedian <= 10, $"median {m.QuestionsMedian}");
        Assert.True(m.QuestionsMax <= 20, $"max {m.QuestionsMax}");
        Assert.True(m.Top1 >= assess.Top1 - 0.03, $"top1 {m.Top1:0.00} vs assess {assess.Top1:0.00}");
        Assert.True(m.TriageExact >= assess.TriageExact - 0.03, $"triage {m.TriageExact:0.00} vs assess {assess.TriageExact:0.00}");
        Assert.Equal(0, m.UnderTriage);
        Assert.Equal(0, m.Forbidden);
    }

    [Fact]
    public void Assess_AdversarialProbes_NeverUnderTriageOrHarm()
    {
        var m = AssessAll(Probes);
        Assert.True(m.Cases >= 100, $"only {m.Cases} probes");
        Assert.Equal(0, m.UnderTriage);
        Assert.Equal(0, m.Forbidden);
    }

    [Fact]
    public void Interview_AdversarialProbes_NeverUnderTriageOrHarm()
    {
        var m = InterviewAll(Probes);
        Assert.Equal(0, m.UnderTriage);
        Assert.Equal(0, m.Forbidden);
        Assert.True(m.QuestionsMax <= 20, $"max {m.QuestionsMax}");
    }
}

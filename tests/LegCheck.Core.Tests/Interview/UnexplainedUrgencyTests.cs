using Xunit;
using LegCheck.Core.Cases;
using LegCheck.Core.Engine;
using LegCheck.Core.Interview;
using static LegCheck.Core.Tests.TestData;

namespace LegCheck.Core.Tests.Interview;

public class UnexplainedUrgencyTests
{
    private static readonly InterviewEngine Engine = new(Assessor.Default);

    [Fact]
    public void Run_UrgencyTheLeaderDoesNotExplain_AsksTheSkippedScreens()
    {
        // A drenching sweat and confusion at night call an ambulance before the history is asked; a night cramp
        // cannot explain that, so the history (diabetes, insulin) is asked, and low blood sugar is found.
        var c = LoadCases(Probes).Single(x => x.Id == "probe-b-insulin-night-after-long-run-calf-cramp-drenched");
        var result = CaseInterview.Run(Engine, c);
        Assert.Contains("q_history", result.QuestionIds);
        Assert.Equal("hypoglycemia", result.Assessment.Conditions[0].Condition.Id);
    }
}

using Xunit;
using LegCheck.Core.Cases;
using LegCheck.Core.Engine;
using LegCheck.Core.Interview;
using static LegCheck.Core.Tests.TestData;

namespace LegCheck.Core.Tests.Interview;

public class UntickedAnswerTests
{
    private static readonly InterviewEngine Engine = new(Assessor.Default);

    [Fact]
    public void Apply_SymptomLeftUnticked_IsAWeakerNo()
    {
        var q = Engine.Kb.Questions.Single(x => x.Id == "q_feel");
        var evidence = Answers.Apply(Engine.Kb, Evidence.Empty, q, ["cramp"]).Value;
        Assert.Equal(FactValue.Yes, evidence["cramp"]);
        Assert.Equal(FactValue.Unticked, evidence["pain"]);
        Assert.Equal(FactValueKind.No, evidence["pain"].Kind);
    }

    [Fact]
    public void Apply_AlarmSignLeftUnticked_IsAFullNo()
    {
        var q = Engine.Kb.Questions.Single(x => x.Id == "q_alarm_body");
        var evidence = Answers.Apply(Engine.Kb, Evidence.Empty, q, []).Value;
        Assert.Equal(FactValue.No, evidence["chest_pain"]);
        Assert.False(evidence["chest_pain"].IsUnticked);
    }

    [Fact]
    public void TryParse_UntickedText_RoundTripsThroughTheCaseFormat()
    {
        var fact = Engine.Kb.Facts["pain"];
        Assert.Null(FactParser.TryParse(fact, FactValue.Unticked.ToString(), out var value));
        Assert.Equal(FactValue.Unticked, value);
        Assert.NotEqual(FactValue.No, value);
    }

    [Fact]
    public void Result_UntickedSymptom_WeighsLessThanADenial()
    {
        var yes = Facts("dark_urine", "tightness", "onset_after_run");
        var denied = Engine.Result(yes.With("pain", FactValue.No));
        var unticked = Engine.Result(yes.With("pain", FactValue.Unticked));
        double Rhabdo(Assessment a) => a.Conditions.Single(c => c.Condition.Id == "exertional_rhabdomyolysis").Probability;
        Assert.True(Rhabdo(unticked) > Rhabdo(denied), $"unticked {Rhabdo(unticked):0.000} vs denied {Rhabdo(denied):0.000}");
    }

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

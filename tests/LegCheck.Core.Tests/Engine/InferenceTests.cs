using Xunit;
using LegCheck.Core.Cases;
using static LegCheck.Core.Tests.TestData;

namespace LegCheck.Core.Tests.Engine;

public class InferenceTests
{
    [Fact]
    public void Assess_AnyEvidence_ProbabilitiesSumToOne()
    {
        var a = Assess(Facts("cramp", "location=calf", "late_in_run"));
        Assert.Equal(1.0, a.Conditions.Sum(c => c.Probability), 6);
        Assert.True(a.Conditions.Zip(a.Conditions.Skip(1)).All(p => p.First.Probability >= p.Second.Probability));
    }

    [Fact]
    public void Assess_UnknownAnswer_IsIgnoredNotTreatedAsNo()
    {
        var known = Facts("cramp", "location=calf");
        var withUnknown = known.With("swelling", FactValue.Unknown);
        var withNo = known.With("swelling", FactValue.No);
        var p0 = Assess(known, closedWorld: false).Conditions.ToDictionary(c => c.Condition.Id, c => c.Probability);
        var pu = Assess(withUnknown, closedWorld: false).Conditions.ToDictionary(c => c.Condition.Id, c => c.Probability);
        var pn = Assess(withNo, closedWorld: false).Conditions.ToDictionary(c => c.Condition.Id, c => c.Probability);
        Assert.All(p0, kv => Assert.Equal(kv.Value, pu[kv.Key], 12));
        Assert.NotEqual(p0["deep_vein_thrombosis"], pn["deep_vein_thrombosis"]);
    }

    [Fact]
    public void Assess_ClassicLateRaceCalfCramp_RanksExerciseCrampFirst()
    {
        var a = Assess(Facts("cramp", "location=calf", "side=one", "onset_during_run", "late_in_run", "run_minutes=200",
            "hot_humid_weather", "electrolytes_taken=no", "relieved_by_stretching", "visible_muscle_knot"));
        Assert.Equal("exercise_associated_muscle_cramp", a.Conditions[0].Condition.Id);
        Assert.Equal("likely", a.Conditions[0].Band);
    }

    [Fact]
    public void Assess_ForEveryCondition_ListsFactsThatRaisedAndLowered()
    {
        var a = Assess(Facts("numbness", "tingling", "location=foot_top,toes", "laces_tight", "relieved_by_loosening_laces"));
        var top = a.Conditions[0];
        Assert.Equal("shoe_compression", top.Condition.Id);
        Assert.Contains(top.Raised, c => c.FactId == "relieved_by_loosening_laces");
        Assert.All(top.Raised, c => Assert.True(c.LogRatio > 0));
        var dvt = a.Conditions.Single(c => c.Condition.Id == "deep_vein_thrombosis");
        Assert.Contains(dvt.Lowered, c => c.FactId == "location" && c.Value == "calf");
    }

    [Fact]
    public void Assess_SwollenTenderCalfAfterFlight_RanksClotFirst()
    {
        var a = Assess(Facts("pain", "swelling", "calf_tender", "location=calf", "side=one", "recent_long_travel", "persists_at_rest"));
        Assert.Equal("deep_vein_thrombosis", a.Conditions[0].Condition.Id);
    }

    [Fact]
    public void Prepare_FactThatImpliesAnother_SetsItUnlessDenied()
    {
        Assert.True(TestData.Engine.Prepare(Facts("sudden_sharp_pain_pop")).IsYes("pain"));
        Assert.True(TestData.Engine.Prepare(Facts("late_in_run")).IsYes("onset_during_run"));
        Assert.Equal(FactValue.No, TestData.Engine.Prepare(Facts("sudden_sharp_pain_pop", "pain=no"))["pain"]);
    }

    [Fact]
    public void Assess_ClosedWorldNo_CountsLessThanAStatedNo()
    {
        var implied = Assess(Facts("cramp", "location=calf"));
        var stated = Assess(Facts("cramp", "location=calf", "relieved_by_stretching=no"));
        var eamc = (Core.Engine.Assessment a) => a.Conditions.Single(c => c.Condition.Id == "exercise_associated_muscle_cramp").Probability;
        Assert.True(eamc(stated) < eamc(implied), $"stated {eamc(stated):0.000} vs implied {eamc(implied):0.000}");
    }
}

using Xunit;
using LegCheck.Core.Model;
using static LegCheck.Core.Tests.TestData;

namespace LegCheck.Core.Tests.Engine;

public class TriageTests
{
    [Theory]
    [InlineData("chest_pain", TriageLevel.EmergencyAmbulance)]
    [InlineData("confusion", TriageLevel.EmergencyAmbulance)]
    [InlineData("saddle_numbness", TriageLevel.Emergency)]
    [InlineData("bladder_or_bowel_change", TriageLevel.Emergency)]
    [InlineData("foot_drop", TriageLevel.Consultation24)]
    [InlineData("one_calf_larger", TriageLevel.Consultation24)]
    [InlineData("dark_urine", TriageLevel.Consultation24)]
    public void Assess_SingleRedFlag_SetsAtLeastItsLevel(string fact, TriageLevel level)
    {
        var a = Assess(Facts("cramp", "location=calf", "relieved_by_stretching", fact));
        Assert.True(a.Triage.Level >= level, $"{fact}: got {a.Triage.Level}");
        Assert.Contains(fact, a.Triage.RedFlagFacts);
    }

    [Theory]
    [InlineData(TriageLevel.Consultation24, "swelling", "calf_tender", "location=calf", "side=one")]
    [InlineData(TriageLevel.EmergencyAmbulance, "short_of_breath", "swelling", "location=calf")]
    [InlineData(TriageLevel.Emergency, "saddle_numbness", "back_pain")]
    [InlineData(TriageLevel.EmergencyAmbulance, "foot_cold_or_pale", "numbness", "weakness")]
    [InlineData(TriageLevel.EmergencyAmbulance, "confusion", "drank_much_plain_water", "run_minutes=300")]
    [InlineData(TriageLevel.Emergency, "dark_urine", "pain", "weakness", "run_minutes=400")]
    [InlineData(TriageLevel.Consultation24, "recent_long_travel", "pain", "location=calf", "persists_at_rest")]
    [InlineData(TriageLevel.EmergencyAmbulance, "repeated_vomiting", "drank_much_plain_water", "run_minutes=300")]
    [InlineData(TriageLevel.EmergencyAmbulance, "repeated_vomiting", "hot_humid_weather", "onset_during_run")]
    [InlineData(TriageLevel.Consultation24, "fluoroquinolone_antibiotic", "pain", "location=ankle_back")]
    public void Assess_RedFlagCombination_SetsItsLevel(TriageLevel level, params string[] facts)
    {
        var a = Assess(Facts(facts));
        Assert.True(a.Triage.Level >= level, $"got {a.Triage.Level}");
        Assert.NotEmpty(a.Triage.RedFlagFacts);
    }

    [Fact]
    public void Decide_ClotAtLowProbability_StillMeansDoctorWithin24Hours()
    {
        // A tender calf that aches at rest with no swelling reported yet: a strain leads, no red-flag rule
        // fires, but a clot is plausible enough that the runner must see a doctor within a day.
        var a = Assess(Facts("pain", "calf_tender", "location=calf", "side=one", "persists_at_rest", "onset_at_rest", "relieved_by_stretching=no"), closedWorld: false);
        Assert.DoesNotContain(a.Triage.Fired, f => f.Rule.IsRedFlag);
        Assert.NotEqual("deep_vein_thrombosis", a.Conditions[0].Condition.Id);
        var dvt = a.Conditions.Single(c => c.Condition.Id == "deep_vein_thrombosis");
        Assert.InRange(dvt.Probability, dvt.Condition.AlertAt, 1);
        Assert.True(a.Triage.Level >= TriageLevel.Consultation24);
    }

    [Fact]
    public void Assess_PlainCrampInTheHeat_IsSelfCare()
    {
        var a = Assess(Facts("cramp", "location=calf", "side=one", "onset_during_run", "late_in_run", "hot_humid_weather",
            "relieved_by_stretching", "visible_muscle_knot", "run_minutes=90"));
        Assert.Equal(TriageLevel.SelfCare, a.Triage.Level);
        Assert.Empty(a.Triage.RedFlagFacts);
    }
}

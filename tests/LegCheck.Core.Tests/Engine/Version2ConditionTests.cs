using Xunit;
using LegCheck.Core.Engine;
using LegCheck.Core.Model;
using static LegCheck.Core.Tests.TestData;

namespace LegCheck.Core.Tests.Engine;

/// <summary>The triage and plans a clinician expects for the ten conditions of contract version 2.</summary>
public class Version2ConditionTests
{
    private static List<string> PlanIds(Assessment a) => a.Plan.Select(p => p.Advice.Id).ToList();

    [Theory]
    [InlineData("location=arch")]
    [InlineData("location=shin_front")]
    [InlineData("location=buttock_or_thigh")]
    public void Assess_BoneStressAtHighRiskSite_IsWithin24HoursAndRestsFromRunning(string site)
    {
        var a = Assess(Facts("pain", site, "side=one", "onset_during_run", "recurrent", "bone_point_tenderness", "pain_when_hopping"));
        Assert.Equal("bone_stress_injury", a.Conditions[0].Condition.Id);
        Assert.True(a.Triage.Level >= TriageLevel.Consultation24, $"got {a.Triage.Level}");
        Assert.Contains("rest_from_running", PlanIds(a));
        Assert.DoesNotContain("rest_then_walk", PlanIds(a));
    }

    [Fact]
    public void Assess_MetatarsalBoneStressWithoutWalkingPain_IsConsultationAndRestsFromRunning()
    {
        var a = Assess(Facts("pain", "location=foot_top", "side=one", "onset_during_run", "recurrent", "bone_point_tenderness", "pain_when_hopping", "mileage_increase_pct=40"));
        Assert.Equal("bone_stress_injury", a.Conditions[0].Condition.Id);
        Assert.Equal(TriageLevel.Consultation, a.Triage.Level);
        Assert.Contains("rest_from_running", PlanIds(a));
        Assert.DoesNotContain("shake_out_and_walk", PlanIds(a));
    }

    [Fact]
    public void Assess_BoneStressThatHurtsOnWalking_IsWithin24Hours()
    {
        var a = Assess(Facts("pain", "location=foot_top", "side=one", "onset_during_run", "bone_point_tenderness", "pain_when_hopping", "pain_when_walking"));
        Assert.True(a.Triage.Level >= TriageLevel.Consultation24, $"got {a.Triage.Level}");
    }

    [Fact]
    public void Assess_ShakyRunnerOnInsulin_ChecksBloodGlucoseFirst()
    {
        var a = Assess(Facts("diabetes", "insulin_or_sulfonylurea", "shaky_or_trembling", "heavy_sweating", "onset_during_run", "age=34"));
        Assert.Equal("hypoglycemia", a.Conditions[0].Condition.Id);
        Assert.Equal("check_blood_glucose", a.Plan[0].Advice.Id);
    }

    [Fact]
    public void Assess_ConfusedRunnerOnInsulin_CallsAnAmbulanceAndChecksGlucoseBeforeOtherFirstAid()
    {
        var a = Assess(Facts("diabetes", "insulin_or_sulfonylurea", "shaky_or_trembling", "confusion", "onset_during_run", "age=19"));
        Assert.Equal(TriageLevel.EmergencyAmbulance, a.Triage.Level);
        var firstAid = a.Plan.Where(p => p.Advice.Kind != AdviceKind.Care).ToList();
        Assert.Equal("check_blood_glucose", firstAid[0].Advice.Id);
    }

    [Fact]
    public void Assess_RaynaudsThatRecoversOnWarming_RanksRaynaudsAndFiresNoEmergency()
    {
        var a = Assess(Facts("colour_change_in_cold", "foot_cold_or_pale", "location=toes", "side=both", "numbness", "tingling", "onset_during_run", "recurrent", "persists_at_rest=no", "onset_sudden=no", "age=29", "sex=female"));
        Assert.Equal("raynaud_phenomenon", a.Conditions[0].Condition.Id);
        Assert.DoesNotContain(a.Triage.Fired, f => f.Rule.Level >= TriageLevel.Emergency);
        Assert.DoesNotContain("ice", PlanIds(a));
    }

    [Fact]
    public void Assess_SuspectedAchillesRupture_GoesToHospitalWithoutStretchingOrHeelDrops()
    {
        var a = Assess(Facts("pain", "sudden_sharp_pain_pop", "onset_sudden", "onset_during_run", "location=ankle_back", "side=one", "cannot_tiptoe_on_one_leg", "limp", "age=45", "sex=male"));
        Assert.Equal("achilles_tendon_rupture", a.Conditions[0].Condition.Id);
        Assert.True(a.Triage.Level >= TriageLevel.Emergency, $"got {a.Triage.Level}");
        Assert.DoesNotContain(PlanIds(a), id => id is "stretch_calf" or "eccentric_heel_drops" or "tendon_loading_programme" or "soleus_stretch");
    }

    [Fact]
    public void Assess_CollapseDuringARun_CallsAnAmbulanceAndKeepsTheRunnerFromRunning()
    {
        var a = Assess(Facts("fainted_or_collapsed", "onset_during_run", "onset_sudden", "higher_intensity_than_usual", "age=17"));
        Assert.Equal("exertional_syncope", a.Conditions[0].Condition.Id);
        Assert.Equal(TriageLevel.EmergencyAmbulance, a.Triage.Level);
        Assert.Contains("no_running_until_cleared", PlanIds(a));
        Assert.DoesNotContain(PlanIds(a), id => id is "rest_then_walk" or "shake_out_and_walk");
    }

    [Theory]
    [InlineData("plantar_fasciitis", "pain", "location=heel", "side=one", "worse_first_steps_morning", "eases_once_warmed_up", "recurrent", "age=44")]
    [InlineData("achilles_tendinopathy", "pain", "location=ankle_back", "side=one", "worse_first_steps_morning", "eases_once_warmed_up", "recurrent", "onset_during_run", "age=48")]
    [InlineData("medial_tibial_stress_syndrome", "pain", "location=shin_inner", "side=both", "onset_during_run", "eases_once_warmed_up", "recurrent", "age=22")]
    [InlineData("lumbar_spinal_stenosis", "pain", "numbness", "location=buttock_or_thigh,calf", "side=both", "onset_during_run", "eased_by_sitting_or_bending_forward", "recurrent", "age=70")]
    [InlineData("restless_legs_syndrome", "urge_to_move_legs", "onset_at_rest", "onset_at_night", "location=calf", "side=both", "age=50")]
    public void Assess_TypicalPresentation_RanksTheV2ConditionFirst(string expected, params string[] facts)
    {
        var a = Assess(Facts(facts));
        Assert.Equal(expected, a.Conditions[0].Condition.Id);
    }
}

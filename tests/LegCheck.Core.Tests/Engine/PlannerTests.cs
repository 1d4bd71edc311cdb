using Xunit;
using LegCheck.Core.Model;
using static LegCheck.Core.Tests.TestData;

namespace LegCheck.Core.Tests.Engine;

public class PlannerTests
{
    private static List<string> Plan(params string[] facts) => Assess(Facts(facts)).Plan.Select(p => p.Advice.Id).ToList();

    [Fact]
    public void Build_ReliefFromLooseningLaces_AddsLaces()
    {
        var plan = Plan("numbness", "location=foot_top", "relieved_by_loosening_laces");
        Assert.Contains("loosen_laces", plan);
        Assert.Contains("lacing_technique", plan);
    }

    [Theory]
    [InlineData(46, true)]
    [InlineData(45, false)]
    public void Build_LongRunWithoutElectrolytes_AddsElectrolytesAbove45Minutes(int minutes, bool expected)
    {
        var a = Assess(Facts("tightness", "location=calf", $"run_minutes={minutes}", "electrolytes_taken=no"));
        Assert.Equal(expected, a.Plan.Any(p => p.Advice.Id == "electrolytes_long_runs" && p.Reason.Contains("45 minutes", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(11, true)]
    [InlineData(10, false)]
    public void Build_MileageJump_AddsGradualProgressionAbove10Percent(int pct, bool expected)
    {
        var a = Assess(Facts("cramp", "location=arch", $"mileage_increase_pct={pct}"));
        Assert.Equal(expected, a.Plan.Any(p => p.Advice.Id == "gradual_progression" && p.Reason.Contains("10%", StringComparison.Ordinal)));
    }

    [Fact]
    public void Build_SuspectedClotWithin24Hours_SaysTodayInBannerAndCareStep()
    {
        var a = Assess(Facts("pain", "swelling", "calf_tender", "location=calf", "side=one", "recent_long_travel", "persists_at_rest"));

        Assert.Equal(TriageLevel.Consultation24, a.Triage.Level);
        Assert.True(a.Triage.SameDay);
        Assert.Equal("See a doctor today", a.Heading);
        var care = a.Plan.Single(p => p.Advice.Id == "seek_care_within_24h");
        Assert.Equal("See a doctor today", a.TitleOf(care));
        Assert.DoesNotContain("tomorrow", a.DetailOf(care).Replace("not tomorrow", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Within24HoursWithoutSameDayCause_KeepsTodayOrTomorrow()
    {
        // A cold, pale foot on its own is checked within a day; nothing here makes it today.
        var a = Assess(Facts("numbness", "location=foot_sole", "foot_cold_or_pale"));

        Assert.Equal(TriageLevel.Consultation24, a.Triage.Level);
        Assert.False(a.Triage.SameDay);
        Assert.Equal("See a doctor within 24 hours", a.Heading);
    }

    [Fact]
    public void Build_UrgentBanner_LeavesOutRoutineAppointments()
    {
        // A calf strain would propose booking a routine visit; beside a 24-hour clot check that contradicts the banner.
        var a = Assess(Facts("pain", "swelling", "calf_tender", "location=calf", "side=one", "recent_long_travel", "persists_at_rest"));

        Assert.True(a.Triage.Level >= TriageLevel.Consultation24);
        Assert.DoesNotContain(a.Plan, p => p.Advice.Routine);
        Assert.All(a.Plan.Where(p => p.Advice.Kind == AdviceKind.Care), p => Assert.False(p.Advice.Routine));
    }

    [Fact]
    public void Build_EmergencyLevel_NeverSaysSeeSomeoneSooner()
    {
        var a = Assess(Facts("cramp", "location=calf", "dark_urine"));

        Assert.True(a.Triage.Level >= TriageLevel.Emergency);
        Assert.DoesNotContain("sooner", a.WhenToSeeWhom, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SuspectedClot_SuppressesMassageStretchingAndFoamRolling()
    {
        var a = Assess(Facts("cramp", "pain", "swelling", "calf_tender", "location=calf", "side=one", "tight_calves", "recent_long_travel", "persists_at_rest"));
        var plan = a.Plan.Select(p => p.Advice.Id).ToList();
        Assert.DoesNotContain("massage_muscle", plan);
        Assert.DoesNotContain("stretch_calf", plan);
        Assert.DoesNotContain("foam_roll", plan);
        Assert.DoesNotContain("soleus_stretch", plan);
        Assert.Contains("avoid_massage_and_stretching", plan);
    }

    [Fact]
    public void Build_CrampThatMightBeAClot_ShowsWhatWasLeftOutAndWhy()
    {
        // A calf cramp that looks ordinary but lingers after a long flight: cramp advice is proposed, then removed.
        var a = Assess(Facts("cramp", "location=calf", "side=one", "visible_muscle_knot", "recent_long_travel", "persists_at_rest"), closedWorld: false);
        Assert.Contains(a.Suppressed, s => s.AdviceId == "massage_muscle");
        Assert.All(a.Suppressed, s => Assert.False(string.IsNullOrWhiteSpace(s.Reason)));
        Assert.DoesNotContain(a.Plan, p => p.Advice.Id == "massage_muscle");
    }

    [Fact]
    public void Build_SuspectedLowSodium_NeverSaysDrinkMore()
    {
        var plan = Plan("nausea_or_vomiting", "headache", "swollen_hands_or_weight_gain", "drank_much_plain_water", "cramp", "hot_humid_weather", "run_minutes=280");
        Assert.DoesNotContain("rehydrate_electrolytes", plan);
        Assert.DoesNotContain("hydrate_daily", plan);
    }

    [Fact]
    public void Build_UrgentTriage_PutsCareSeekingFirst()
    {
        var a = Assess(Facts("pain", "swelling", "calf_tender", "location=calf", "side=one"));
        Assert.True(a.Triage.Level >= TriageLevel.Consultation24);
        Assert.Equal(AdviceKind.Care, a.Plan[0].Advice.Kind);
        Assert.Equal("seek_care_within_24h", a.Plan[0].Advice.Id);
    }

    [Fact]
    public void Build_SelfCare_OrdersNowThenPrevention()
    {
        var a = Assess(Facts("cramp", "location=calf", "late_in_run", "relieved_by_stretching", "run_minutes=120", "electrolytes_taken=no"));
        var kinds = a.Plan.Select(p => p.Advice.Kind).ToList();
        Assert.Equal(AdviceKind.Now, kinds[0]);
        Assert.True(kinds.LastIndexOf(AdviceKind.Now) < kinds.IndexOf(AdviceKind.Prevent));
        Assert.Equal(a.Plan.Count, a.Plan.Select(p => p.Advice.Id).Distinct().Count());
    }
}

using Xunit;
using LegCheck.Core.Engine;
using LegCheck.Core.Model;
using static LegCheck.Core.Tests.TestData;

namespace LegCheck.Core.Tests.Safety;

/// <summary>
/// Advice that is right for the likely cause but harmful beside a dangerous one that is still plausible. Each
/// test first shows the advice is proposed in a harmless setting, so that leaving it out later means something.
/// </summary>
public class HarmfulAdviceTests
{
    private static List<string> PlanIds(Assessment a) => a.Plan.Select(p => p.Advice.Id).ToList();

    [Fact]
    public void Assess_CrampInTheHeat_LeavesOutTheHeatPack()
    {
        var cool = Assess(Facts("cramp", "location=calf", "side=one", "onset_during_run", "late_in_run", "relieved_by_stretching", "visible_muscle_knot"));
        Assert.Contains("heat", PlanIds(cool));

        var hot = Assess(Facts("cramp", "location=calf", "side=one", "onset_during_run", "late_in_run", "relieved_by_stretching", "visible_muscle_knot", "hot_humid_weather"));
        Assert.DoesNotContain("heat", PlanIds(hot));
        Assert.Contains(hot.Suppressed, s => s.AdviceId == "heat");
    }

    [Fact]
    public void Assess_LongEventWithHeadacheAndNausea_SaysStopDrinkingAndNothingAboutDrinkingMore()
    {
        var a = Assess(Facts("cramp", "location=calf", "onset_during_run", "late_in_run", "run_minutes=300", "headache", "nausea_or_vomiting"));
        Assert.True(a.Triage.Level >= TriageLevel.Emergency, $"triage {a.Triage.Level}");
        var plan = PlanIds(a);
        Assert.Contains("stop_drinking_until_checked", plan);
        Assert.DoesNotContain(plan, id => id is "rehydrate_electrolytes" or "hydrate_daily" or "electrolytes_long_runs" or "drink_to_thirst");
    }

    [Fact]
    public void Assess_PopAtTheBackOfTheHeel_NeverStretchesOrLoadsTheTendon()
    {
        var a = Assess(Facts("sudden_sharp_pain_pop", "location=ankle_back", "side=one", "onset_during_run"));
        Assert.True(a.Triage.Level >= TriageLevel.Emergency, $"triage {a.Triage.Level}");
        Assert.DoesNotContain(PlanIds(a), id => id is "stretch_calf" or "eccentric_heel_drops" or "tendon_loading_programme" or "soleus_stretch" or "stretch_routine");
    }

    [Fact]
    public void Assess_DarkUrineAfterARunWithSoreMuscles_WarnsAgainstAntiInflammatoriesAndLeavesOutMassageAndHeat()
    {
        var a = Assess(Facts("dark_urine", "pain", "location=calf", "side=both", "onset_after_run", "higher_intensity_than_usual"));
        Assert.True(a.Triage.Level >= TriageLevel.Emergency, $"triage {a.Triage.Level}");
        var plan = PlanIds(a);
        Assert.Contains("avoid_anti_inflammatories", plan);
        Assert.DoesNotContain(plan, id => id is "massage_muscle" or "heat" or "foam_roll");
    }

    /// <summary>A clot drives the urgency while a strain leads: the banner names the clot, and whom to see follows it.</summary>
    [Fact]
    public void Assess_UrgencySetByALessLikelyCause_NamesItAsTheReasonAndWhomToSee()
    {
        var a = Assess(Facts("pain", "calf_tender", "location=calf", "side=one", "persists_at_rest", "onset_at_rest", "relieved_by_stretching=no"), closedWorld: false);
        Assert.NotEqual("deep_vein_thrombosis", a.Conditions[0].Condition.Id);
        Assert.Equal("deep_vein_thrombosis", a.Triage.Reason.Condition?.Id);
        Assert.StartsWith("This needs checking for", a.Triage.Reason.Text, StringComparison.Ordinal);
        Assert.NotEmpty(a.Triage.Reason.Sources);
        Assert.Equal(a.Triage.Reason.Condition!.SeeWhom, a.SeeWhom);
        Assert.Equal("needs checking", a.BandOf(a.Conditions.Single(c => c.Condition.Id == "deep_vein_thrombosis")));
    }
}

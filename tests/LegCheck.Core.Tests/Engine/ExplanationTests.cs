using Xunit;
using LegCheck.Core.Model;

namespace LegCheck.Core.Tests.Engine;

/// <summary>
/// Raynaud's attacks (issue 9): a pale foot in both feet, set off by cold, that recovers on warming no longer fires
/// the cold-pale-foot rules; anything that points to a blocked artery, and any other alarm sign, brings them back.
/// </summary>
public class ExplanationTests
{
    private static readonly string[] Attack =
        ["colour_change_in_cold", "foot_cold_or_pale", "numbness", "pain", "location=toes", "side=both", "persists_at_rest=no", "recurrent", "age=29"];

    [Fact]
    public void Assess_RaynaudAttackThatRecoversOnWarming_FiresNoColdFootRule()
    {
        var a = TestData.Assess(TestData.Facts(Attack));
        Assert.Equal("raynaud_phenomenon", a.Conditions[0].Condition.Id);
        Assert.True(a.Triage.Level < TriageLevel.Consultation24, $"triage {a.Triage.Level}");
        Assert.DoesNotContain(a.Triage.Fired, f => f.Rule.Id.StartsWith("cold_pale", StringComparison.Ordinal));
        Assert.DoesNotContain("foot_cold_or_pale", a.Triage.RedFlagFacts);
        Assert.Contains(a.Triage.Explained, e => e.Id == "raynaud_attack_recovers_on_warming");
    }

    /// <summary>Each change points away from Raynaud's attacks, or is an alarm sign of its own.</summary>
    [Theory]
    [InlineData("side=one", TriageLevel.Consultation24)]
    [InlineData("persists_at_rest", TriageLevel.EmergencyAmbulance)]
    [InlineData("onset_sudden", TriageLevel.EmergencyAmbulance)]
    [InlineData("weakness", TriageLevel.EmergencyAmbulance)]
    [InlineData("severe_pain_out_of_proportion", TriageLevel.EmergencyAmbulance)]
    [InlineData("unable_to_bear_weight", TriageLevel.EmergencyAmbulance)]
    [InlineData("location=calf", TriageLevel.Consultation24)]
    public void Assess_RaynaudPatternBrokenOrAlarmSignAdded_ColdFootRulesFireAgain(string change, TriageLevel atLeast)
    {
        var id = change.Split('=')[0];
        var facts = Attack.Where(f => f.Split('=')[0] != id).Append(change).ToArray();
        var a = TestData.Assess(TestData.Facts(facts));
        Assert.True(a.Triage.Level >= atLeast, $"{change}: triage {a.Triage.Level}, expected at least {atLeast}");
        Assert.Contains(a.Triage.Fired, f => f.Rule.Id.StartsWith("cold_pale", StringComparison.Ordinal));
        Assert.Empty(a.Triage.Explained);
    }

    [Fact]
    public void Assess_ColourChangeWithoutAnswerOnRecovery_OpenWorld_StillFiresTheColdFootRule()
    {
        var facts = Attack.Where(f => !f.StartsWith("persists_at_rest", StringComparison.Ordinal)).ToArray();
        var a = TestData.Assess(TestData.Facts(facts), closedWorld: false);
        Assert.True(a.Triage.Level >= TriageLevel.Consultation24, $"triage {a.Triage.Level}");
    }
}

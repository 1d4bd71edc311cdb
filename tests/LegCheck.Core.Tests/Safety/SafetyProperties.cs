using Xunit;
using Xunit.Abstractions;
using FsCheck;
using FsCheck.Fluent;
using LegCheck.Core.Cases;
using LegCheck.Core.Engine;
using LegCheck.Core.Loading;
using LegCheck.Core.Model;
using LegCheck.Testing;

namespace LegCheck.Core.Tests.Safety;

/// <summary>
/// Safety invariants checked over generated runners, not hand-picked ones. Each property runs twice: with a
/// fixed seed, so a regression reproduces, and with a fresh seed, printed on failure, so new ground is covered.
/// </summary>
public class SafetyProperties(ITestOutputHelper output)
{
    private static readonly KnowledgeBase Kb = KnowledgeLoader.Default;
    private static readonly Assessor Assessor = Assessor.Default;
    private static readonly RunnerGenerator Generator = new(Kb);

    private static readonly string[] Contraindicated =
        ["massage_muscle", "stretch_calf", "foam_roll", "stretch_foot", "soleus_stretch"];

    private static readonly string[] DrinkingSteps = ["rehydrate_electrolytes", "hydrate_daily", "electrolytes_long_runs"];

    private static Arbitrary<Evidence> Runners => Gen.Choose(0, int.MaxValue).Select(seed => Generator.Draw(new Random(seed))).ToArbitrary();

    private const ulong FixedSeed = 20261201UL;

    private void CheckBothSeeds(Property property, int tests) => BothSeeds.Check(property, tests, FixedSeed, 67891UL, output);

    /// <summary>
    /// Fair means no alarm sign is favoured or starved: each is yes in 3-12% of runners and the most frequent at
    /// most twice as often as the rarest (the old list-order generator left late signs near 0%), and every pair of
    /// signs is yes together in some runner, so combinations are tried as well. Higher shares would not be fairer:
    /// at about 5% per sign a quarter of runners already need an ambulance, and a runner with every check starting
    /// at the top level cannot show a sign lowering it.
    /// </summary>
    [Fact]
    public void Generator_DrawsEachAlarmSign_YesInAFairShareOfRunners()
    {
        var random = new Random(7);
        var flags = Generator.RedFlagFacts;
        var yes = new int[flags.Count];
        var together = new int[flags.Count, flags.Count];
        const int Count = 10_000;
        for (var i = 0; i < Count; i++)
        {
            var e = Generator.Draw(random);
            var present = Enumerable.Range(0, flags.Count).Where(f => e.IsYes(flags[f])).ToList();
            foreach (var f in present)
            {
                yes[f]++;
                foreach (var g in present)
                {
                    together[f, g]++;
                }
            }
        }

        var shares = yes.Select(y => (double)y / Count).ToArray();
        var unfair = Enumerable.Range(0, flags.Count).Where(f => shares[f] is < 0.03 or > 0.12).Select(f => $"{flags[f]} {shares[f]:P1}").ToList();
        Assert.True(unfair.Count == 0, "alarm signs yes outside 3-12% of runners: " + string.Join(", ", unfair));
        Assert.True(shares.Max() <= 2 * shares.Min(), $"alarm sign shares range {shares.Min():P1} to {shares.Max():P1}, more than a factor of two");
        var never = (from f in Enumerable.Range(0, flags.Count)
                     from g in Enumerable.Range(f + 1, flags.Count - f - 1)
                     where together[f, g] == 0
                     select $"{flags[f]}+{flags[g]}").ToList();
        Assert.True(never.Count == 0, "alarm signs never yes together: " + string.Join(", ", never));
    }

    [Fact]
    public void MonotonicityCheck_Level_IsTheAssessedLevel()
    {
        var check = new MonotonicityCheck(Assessor, Generator.RedFlagFacts);
        var property = Prop.ForAll(Runners, e =>
            check.Level(e, closedWorld: false) == Assessor.Assess(e).Triage.Level
            && check.Level(e, closedWorld: true) == Assessor.Assess(e, AssessOptions.Default with { ClosedWorld = true }).Triage.Level);
        CheckBothSeeds(property, 200);
    }

    /// <summary>
    /// Minimised from the 100,000-runner run: foot drop and being unable to stand on tiptoe both imply weakness,
    /// and adding the second sign once moved that weakness out of the capped part of the alert scores, so a
    /// heart cause (first) or a clot in the lungs (second) fell back below its alert threshold.
    /// </summary>
    [Theory]
    [InlineData(true, "cannot_tiptoe_on_one_leg", "family_history_sudden_death", "insulin_or_sulfonylurea", "palpitations")]
    [InlineData(false, "age=26", "calf_warm_or_red", "cannot_tiptoe_on_one_leg", "cramp=no", "one_calf_larger", "onset_at_rest=no", "pain_when_hopping=no")]
    public void Assess_SecondAlarmSignImplyingTheSameFact_NeverLowersTriage(bool closedWorld, params string[] facts)
    {
        var before = TestData.Facts(facts);
        var from = TestData.Assess(before, closedWorld).Triage.Level;
        var to = TestData.Assess(before.With("foot_drop", FactValue.Yes), closedWorld).Triage.Level;
        Assert.True(to >= from, $"foot drop lowered triage {from} -> {to}");
    }

    [Fact]
    public void Assess_AnsweringAnAlarmSignYes_NeverLowersTriage()
    {
        var property = Prop.ForAll(Runners, e =>
            MonotonicityCheck.Find(Assessor, Generator.RedFlagFacts, e) is { } v ? false.Label(v.ToString()) : true.ToProperty());
        CheckBothSeeds(property, 150);
    }

    /// <summary>
    /// Random runners rarely show the whole Raynaud's pattern (about 1 in 1,000), so it is laid over each one here:
    /// then a pale foot is taken back from the rules, and every alarm sign, alone or beside it, must still never
    /// lower the triage (through the rules, the alerts or the leading cause).
    /// </summary>
    [Fact]
    public void Assess_AlarmSignBesideRaynaudPattern_NeverLowersTriage()
    {
        var raynaud = Gen.Choose(0, int.MaxValue).Select(seed =>
        {
            var random = new Random(seed);
            var e = Generator.Draw(random)
                .With("colour_change_in_cold", FactValue.Yes).With("side", FactValue.Of(["both"]))
                .With("persists_at_rest", FactValue.No).Without("onset_sudden").Without("weakness");
            var locations = e["location"].Choices.Append("toes").Distinct(StringComparer.Ordinal).ToList();
            e = e.With("location", FactValue.Of(locations));
            return random.Next(2) == 0 ? e.With("foot_cold_or_pale", FactValue.Yes) : e;
        }).ToArbitrary();
        var property = Prop.ForAll(raynaud, e =>
            MonotonicityCheck.Find(Assessor, Generator.RedFlagFacts, e) is { } v ? false.Label(v.ToString()) : true.ToProperty());
        CheckBothSeeds(property, 150);
    }

    /// <summary>
    /// A random seed's counterexample, minimised by hand: weakness, implied both by foot drop and by not being able to
    /// tiptoe, left the capped set once the second sign was answered, and heat stroke fell below its alert.
    /// </summary>
    [Fact]
    public void Assess_SecondSignImplyingTheSameFact_NeverLowersTriage()
    {
        var runner = Evidence.Empty
            .With("age", FactValue.Of(42)).With("calf_warm_or_red", FactValue.Yes).With("cannot_tiptoe_on_one_leg", FactValue.Yes)
            .With("diabetes", FactValue.No).With("disrupts_daily_life", FactValue.No).With("eased_by_sitting_or_bending_forward", FactValue.No)
            .With("eases_once_warmed_up", FactValue.Yes).With("episode_minutes", FactValue.Of(31)).With("headache", FactValue.Yes)
            .With("insulin_or_sulfonylurea", FactValue.No).With("limp", FactValue.No).With("location", FactValue.Of(["ankle_front", "arch"]))
            .With("low_fluid_intake", FactValue.No).With("nausea_or_vomiting", FactValue.Yes).With("non_healing_sore", FactValue.Yes)
            .With("onset_at_rest", FactValue.Yes).With("persists_at_rest", FactValue.No).With("run_minutes", FactValue.Of(64))
            .With("shoes_tight_or_narrow", FactValue.No).With("shoes_worn_out", FactValue.Yes).With("side", FactValue.Of(["both"]))
            .With("smoker", FactValue.No).With("tightness", FactValue.No).With("weak_ankles", FactValue.Yes);

        Assert.Null(MonotonicityCheck.Find(Assessor, Generator.RedFlagFacts, runner));
    }

    [Fact]
    public void Assess_AlarmSignAlone_RaisesTriageAndNamesIt()
    {
        foreach (var flag in Generator.RedFlagFacts)
        {
            var a = Assessor.Assess(Evidence.Empty.With(flag, FactValue.Yes), AssessOptions.Default with { ClosedWorld = true });
            Assert.True(a.Triage.Level >= TriageLevel.Consultation24, $"{flag} alone gave {a.Triage.Level}");
            Assert.Contains(flag, a.Triage.RedFlagFacts);
        }
    }

    [Fact]
    public void Assess_FiredRule_TriageIsAtLeastItsLevelAndAdviceHonoursIt()
    {
        var property = Prop.ForAll(Runners, e =>
        {
            var a = Assessor.Assess(e);
            var plan = a.Plan.Select(p => p.Advice.Id).ToHashSet(StringComparer.Ordinal);
            return a.Triage.Fired.All(f => a.Triage.Level >= f.Rule.Level && !f.Rule.Contraindicated.Any(plan.Contains));
        });
        CheckBothSeeds(property, 400);
    }

    [Fact]
    public void Assess_PlausibleClotOrCompartmentSyndrome_NeverAdvisesMassageOrStretching()
    {
        var property = Prop.ForAll(Runners, e =>
        {
            var a = Assessor.Assess(e);
            var dangerous = a.Conditions.Any(c =>
                c.Condition.Id is "deep_vein_thrombosis" or "pulmonary_embolism" or "acute_compartment_syndrome" && c.Probability >= c.Condition.ContraindicatedAt);
            return !dangerous || !a.Plan.Any(p => Contraindicated.Contains(p.Advice.Id));
        });
        CheckBothSeeds(property, 400);
    }

    [Fact]
    public void Assess_PlausibleLowSodium_NeverAdvisesDrinkingAndSaysStop()
    {
        var property = Prop.ForAll(Runners, e =>
        {
            var a = Assessor.Assess(e);
            var eah = a.Conditions.Single(c => c.Condition.Id == "exercise_associated_hyponatremia");
            var plan = a.Plan.Select(p => p.Advice.Id).ToList();
            return eah.Probability < eah.Condition.ContraindicatedAt
                || (!plan.Any(DrinkingSteps.Contains) && plan.Contains("stop_drinking_until_checked"));
        });
        CheckBothSeeds(property, 400);
    }

    [Fact]
    public void Assess_UrgentTriage_CareSeekingComesFirst()
    {
        var property = Prop.ForAll(Runners, e =>
        {
            var a = Assessor.Assess(e);
            return a.Triage.Level < TriageLevel.Consultation24 || (a.Plan.Count > 0 && a.Plan[0].Advice.Kind == AdviceKind.Care);
        });
        CheckBothSeeds(property, 400);
    }

    [Fact]
    public void Assess_Emergency_PlanHoldsOnlyFirstAid()
    {
        var property = Prop.ForAll(Runners, e =>
        {
            var a = Assessor.Assess(e, AssessOptions.Default with { ClosedWorld = true });
            var bad = a.Plan.Where(p => p.Advice.Kind is AdviceKind.Now or AdviceKind.Prevent && !p.Advice.FirstAid).Select(p => p.Advice.Id).ToList();
            return a.Triage.Level < TriageLevel.Emergency || bad.Count == 0
                ? true.ToProperty()
                : false.Label($"{a.Triage.Level} plan holds {string.Join(", ", bad)}");
        });
        CheckBothSeeds(property, 400);
    }
}

using Xunit;
using FsCheck;
using FsCheck.Fluent;
using LegCheck.Core.Cases;
using LegCheck.Core.Engine;
using LegCheck.Core.Loading;
using LegCheck.Core.Model;

namespace LegCheck.Core.Tests.Safety;

/// <summary>Safety invariants checked over generated runners, not hand-picked ones.</summary>
public class SafetyProperties
{
    private static readonly KnowledgeBase Kb = KnowledgeLoader.Default;
    private static readonly Assessor Assessor = Assessor.Default;

    private static readonly string[] BoolFacts = Kb.Facts.Values.Where(f => f.Type == FactType.Bool).Select(f => f.Id).ToArray();

    /// <summary>The alarm signs: facts marked red_flag, each of which fires a red-flag rule.</summary>
    private static readonly string[] RedFlagFacts = Kb.Facts.Values.Where(f => f.RedFlag).Select(f => f.Id).Order(StringComparer.Ordinal).ToArray();

    private static readonly string[] Contraindicated =
        ["massage_muscle", "stretch_calf", "foam_roll", "stretch_foot", "soleus_stretch"];

    /// <summary>A random runner: some yes/no facts, some locations, a side, maybe an age and run length.</summary>
    private static Gen<Evidence> Runner() =>
        from yes in Gen.SubListOf(BoolFacts).Select(l => l.Take(8).ToList())
        from no in Gen.SubListOf(BoolFacts).Select(l => l.Take(12).ToList())
        from locations in Gen.SubListOf(Contract.Locations.ToArray()).Select(l => l.Take(3).ToList())
        from side in Gen.Elements("one", "both", "")
        from age in Gen.Choose(12, 90)
        from minutes in Gen.Choose(0, 400)
        select Build(yes, no, locations, side, age, minutes);

    private static Evidence Build(List<string> yes, List<string> no, List<string> locations, string side, int age, int minutes)
    {
        var e = Evidence.Empty;
        foreach (var f in no)
        {
            e = e.With(f, FactValue.No);
        }

        foreach (var f in yes)
        {
            e = e.With(f, FactValue.Yes);
        }

        if (locations.Count > 0)
        {
            e = e.With("location", FactValue.Of(locations));
        }

        if (side.Length > 0)
        {
            e = e.With("side", FactValue.Of([side]));
        }

        return e.With("age", FactValue.Of(age)).With("run_minutes", FactValue.Of(minutes));
    }

    private static Config Config => Config.QuickThrowOnFailure.WithMaxTest(400).WithReplay(12345UL, 67891UL);

    [Fact]
    public void Assess_AddingARedFlagFact_NeverLowersTriage()
    {
        var property = Prop.ForAll(Runner().ToArbitrary(), Gen.Elements(RedFlagFacts).ToArbitrary(), (Evidence e, string flag) =>
        {
            foreach (var closed in new[] { false, true })
            {
                var options = AssessOptions.Default with { ClosedWorld = closed };
                var before = Assessor.Assess(e, options).Triage.Level;
                var after = Assessor.Assess(e.With(flag, FactValue.Yes), options).Triage.Level;
                if (after < before)
                {
                    return false.Label($"{flag}: {before} -> {after} (closed world {closed})");
                }
            }

            return true.ToProperty();
        });
        Check.One(Config, property);
    }

    [Fact]
    public void Assess_FiredRule_TriageIsAtLeastItsLevelAndAdviceHonoursIt()
    {
        var property = Prop.ForAll(Runner().ToArbitrary(), e =>
        {
            var a = Assessor.Assess(e);
            var plan = a.Plan.Select(p => p.Advice.Id).ToHashSet(StringComparer.Ordinal);
            return a.Triage.Fired.All(f => a.Triage.Level >= f.Rule.Level && !f.Rule.Contraindicated.Any(plan.Contains));
        });
        Check.One(Config, property);
    }

    [Fact]
    public void Assess_PlausibleClotOrCompartmentSyndrome_NeverAdvisesMassageOrStretching()
    {
        var property = Prop.ForAll(Runner().ToArbitrary(), e =>
        {
            var a = Assessor.Assess(e);
            var dangerous = a.Conditions.Any(c =>
                c.Condition.Id is "deep_vein_thrombosis" or "pulmonary_embolism" or "acute_compartment_syndrome" && c.Probability >= c.Condition.ContraindicatedAt);
            return !dangerous || !a.Plan.Any(p => Contraindicated.Contains(p.Advice.Id));
        });
        Check.One(Config, property);
    }

    [Fact]
    public void Assess_PlausibleLowSodium_NeverAdvisesDrinkingMore()
    {
        var property = Prop.ForAll(Runner().ToArbitrary(), e =>
        {
            var a = Assessor.Assess(e);
            var eah = a.Conditions.Single(c => c.Condition.Id == "exercise_associated_hyponatremia");
            return eah.Probability < eah.Condition.ContraindicatedAt
                || !a.Plan.Any(p => p.Advice.Id is "rehydrate_electrolytes" or "hydrate_daily");
        });
        Check.One(Config, property);
    }

    [Fact]
    public void Assess_UrgentTriage_CareSeekingComesFirst()
    {
        var property = Prop.ForAll(Runner().ToArbitrary(), e =>
        {
            var a = Assessor.Assess(e);
            return a.Triage.Level < TriageLevel.Consultation24 || (a.Plan.Count > 0 && a.Plan[0].Advice.Kind == AdviceKind.Care);
        });
        Check.One(Config, property);
    }
}

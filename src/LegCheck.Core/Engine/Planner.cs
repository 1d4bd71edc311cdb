using LegCheck.Core.Cases;
using LegCheck.Core.Model;

namespace LegCheck.Core.Engine;

/// <summary>
/// Builds the plan: care-seeking first when the triage is urgent; otherwise what to do now, then
/// prevention, then when to see whom. The plan never contradicts its banner: advice that could harm with
/// a still-plausible condition is removed, whichever condition or rule proposed it, and at emergency
/// levels only first aid that is safe whatever the cause remains beside care-seeking and warnings.
/// </summary>
public static class Planner
{
    /// <summary>Other causes from this probability also contribute their advice.</summary>
    private const double ContributeAt = 0.2;

    public static (IReadOnlyList<PlanStep> Plan, IReadOnlyList<SuppressedAdvice> Suppressed) Build(
        KnowledgeBase kb, Evidence evidence, IReadOnlyList<RankedCondition> ranked, TriageResult triage)
    {
        var urgent = triage.Level >= TriageLevel.Consultation24;
        var proposals = new List<PlanStep>();
        void Propose(IEnumerable<string> ids, PlanReason reason)
        {
            proposals.AddRange(ids.Select(id => new PlanStep(kb.Advice[id], [reason])));
        }

        var urgency = new PlanReason(triage.Reason.Text.Length > 0 ? triage.Reason.Text : $"Urgency: {Describe(triage.Level)}", triage.Reason.Sources);
        Propose(CareFor(triage), urgency);
        foreach (var fired in triage.Fired)
        {
            Propose(fired.Rule.Advice, new PlanReason(fired.Rule.Message, fired.Rule.Sources));
        }

        ProposeForConditions(ranked, triage, urgent, Propose);
        if (triage.Level == TriageLevel.Consultation && !proposals.Exists(p => p.Advice.Kind == AdviceKind.Care))
        {
            Propose(["see_doctor"], urgency);
        }

        var tables = RuleTables.For(kb);
        var values = evidence.SlotValues(tables.Slots);
        for (var i = 0; i < tables.Tailoring.Length; i++)
        {
            var rule = kb.Tailoring[i];
            if (tables.Tailoring[i].Holds(values, evidence))
            {
                Propose(rule.Advice.Where(a => !urgent || kb.Advice[a].Kind != AdviceKind.Prevent), new PlanReason(rule.Reason, rule.Sources));
            }
        }

        return Filter(proposals, Contraindications(ranked, triage), triage.Level, urgent);
    }

    private static void ProposeForConditions(IReadOnlyList<RankedCondition> ranked, TriageResult triage, bool urgent, Action<IEnumerable<string>, PlanReason> propose)
    {
        for (var i = 0; i < ranked.Count; i++)
        {
            var rc = ranked[i];
            var isDriving = triage.Driving.Contains(rc);

            // Worded only when the cause proposes something: most of the ranking proposes nothing.
            PlanReason? reason = null;
            if (rc.Probability >= rc.Condition.ContraindicatedAt && rc.Condition.AdvicePlausible.Count > 0)
            {
                propose(rc.Condition.AdvicePlausible, reason ??= ReasonFor(rc, triage));
            }

            if (i > 0 && rc.Probability < ContributeAt && !isDriving)
            {
                continue;
            }

            // When care is urgent, first aid for a milder rival cause (stretch a cramp) only distracts.
            if (urgent && i > 0 && rc.Condition.Triage < TriageLevel.Consultation24)
            {
                continue;
            }

            reason ??= ReasonFor(rc, triage);
            propose(rc.Condition.AdviceNow, reason);
            if (!urgent && (i == 0 || rc.Probability >= ContributeAt))
            {
                propose(rc.Condition.AdvicePrevent, reason);
            }

            if (triage.Level == TriageLevel.Consultation && isDriving && rc.Condition.Triage == TriageLevel.Consultation)
            {
                propose(rc.Condition.AdviceCare, reason);
            }
        }
    }

    /// <summary>Drops harmful and, at emergency levels, non-first-aid steps; merges repeats, keeping every reason.</summary>
    private static (IReadOnlyList<PlanStep>, IReadOnlyList<SuppressedAdvice>) Filter(List<PlanStep> proposals, Dictionary<string, string> banned, TriageLevel level, bool urgent)
    {
        var plan = new List<PlanStep>();
        var suppressed = new List<SuppressedAdvice>();
        foreach (var step in proposals)
        {
            var why = banned.GetValueOrDefault(step.Advice.Id)
                ?? (level >= TriageLevel.Emergency && step.Advice.Kind is AdviceKind.Now or AdviceKind.Prevent && !step.Advice.FirstAid
                    ? "Not while emergency care is needed; only first aid that is safe whatever the cause"
                    : urgent && step.Advice.Routine
                        ? "The urgent check comes first; whoever sees you can arrange further appointments"
                        : null);
            if (why is not null)
            {
                if (suppressed.TrueForAll(s => s.AdviceId != step.Advice.Id))
                {
                    suppressed.Add(new SuppressedAdvice(step.Advice.Id, why));
                }
            }
            else if (plan.FindIndex(p => p.Advice.Id == step.Advice.Id) is var at and >= 0)
            {
                // The same step proposed for several reasons keeps its place and shows every reason.
                if (!plan[at].Reasons.Any(r => r.Text == step.Reasons[0].Text))
                {
                    plan[at] = plan[at] with { Reasons = [.. plan[at].Reasons, step.Reasons[0]] };
                }
            }
            else
            {
                plan.Add(step);
            }
        }

        return (plan.OrderBy(s => Rank(s.Advice, urgent)).ThenBy(s => s.Advice.Order).ToList(), suppressed);
    }

    private static PlanReason ReasonFor(RankedCondition rc, TriageResult triage) => new(
        triage.NeedsChecking.Contains(rc.Condition.Id)
            ? $"To be safe while {rc.Condition.Name} is being checked for"
            : $"For {rc.Condition.Name} ({rc.Band})",
        rc.Condition.Summary.Sources);

    private static int Rank(AdviceItem advice, bool urgent) => (advice.Kind, urgent) switch
    {
        (AdviceKind.Care, true) => 0,
        (AdviceKind.Safety, true) => 1,
        (AdviceKind.Now, _) => 2,
        (AdviceKind.Safety, false) => 3,
        (AdviceKind.Prevent, _) => 4,
        _ => 5,
    };

    private static Dictionary<string, string> Contraindications(IReadOnlyList<RankedCondition> ranked, TriageResult triage)
    {
        var banned = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var fired in triage.Fired)
        {
            foreach (var id in fired.Rule.Contraindicated)
            {
                banned.TryAdd(id, fired.Rule.Message);
            }
        }

        foreach (var rc in ranked.Where(rc => rc.Probability >= rc.Condition.ContraindicatedAt || triage.NeedsChecking.Contains(rc.Condition.Id)))
        {
            foreach (var id in rc.Condition.Contraindicated)
            {
                banned.TryAdd(id, $"Not advised while {rc.Condition.Name} is possible");
            }
        }

        if (triage.Level >= TriageLevel.Emergency)
        {
            // Walking it off delays care that is needed now.
            banned.TryAdd("rest_then_walk", "Not advised while emergency care is needed");
        }

        return banned;
    }

    private static IEnumerable<string> CareFor(TriageResult triage) => triage.Level switch
    {
        TriageLevel.EmergencyAmbulance => ["call_emergency_services"],
        TriageLevel.Emergency => ["go_to_emergency_department"],
        TriageLevel.Consultation24 => ["seek_care_within_24h"],
        _ => [],
    };

    public static string Describe(TriageLevel level) => level switch
    {
        TriageLevel.EmergencyAmbulance => "call emergency services now",
        TriageLevel.Emergency => "go to an emergency department now",
        TriageLevel.Consultation24 => "see a doctor within 24 hours",
        TriageLevel.Consultation => "book an appointment with a doctor or physiotherapist",
        _ => "manage at home; see someone if it persists or worsens",
    };
}

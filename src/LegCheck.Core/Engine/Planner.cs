using LegCheck.Core.Cases;
using LegCheck.Core.Model;

namespace LegCheck.Core.Engine;

/// <summary>
/// Builds the plan: care-seeking first when the triage is urgent; otherwise what to do now, then
/// prevention, then when to see whom. Advice that could harm with a still-plausible condition is
/// removed, whichever condition or rule proposed it.
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
        void Propose(IEnumerable<string> ids, string reason)
        {
            proposals.AddRange(ids.Select(id => new PlanStep(kb.Advice[id], reason)));
        }

        Propose(CareFor(triage), $"Urgency: {Describe(triage.Level)}");
        foreach (var fired in triage.Fired)
        {
            Propose(fired.Rule.Advice, fired.Rule.Message);
        }

        for (var i = 0; i < ranked.Count; i++)
        {
            var rc = ranked[i];
            var isDriving = triage.Driving.Contains(rc);
            if (i > 0 && rc.Probability < ContributeAt && !isDriving)
            {
                continue;
            }

            var reason = ReasonFor(rc);

            // When care is urgent, first aid for a milder rival cause (stretch a cramp) only distracts.
            if (urgent && i > 0 && rc.Condition.Triage < TriageLevel.Consultation24)
            {
                continue;
            }

            Propose(rc.Condition.AdviceNow, reason);
            if (!urgent && (i == 0 || rc.Probability >= ContributeAt))
            {
                Propose(rc.Condition.AdvicePrevent, reason);
            }

            if (triage.Level == TriageLevel.Consultation && isDriving && rc.Condition.Triage == TriageLevel.Consultation)
            {
                Propose(rc.Condition.AdviceCare, reason);
            }
        }

        if (triage.Level == TriageLevel.Consultation && !proposals.Exists(p => p.Advice.Kind == AdviceKind.Care))
        {
            Propose(["see_doctor"], $"Urgency: {Describe(triage.Level)}");
        }

        foreach (var rule in kb.Tailoring)
        {
            if (RuleEvaluator.Fire(rule.All, rule.AnyOf, evidence) is not null)
            {
                Propose(rule.Advice.Where(a => !urgent || kb.Advice[a].Kind != AdviceKind.Prevent), rule.Reason);
            }
        }

        var banned = Contraindications(ranked, triage);
        var plan = new List<PlanStep>();
        var suppressed = new List<SuppressedAdvice>();
        foreach (var step in proposals)
        {
            if (banned.TryGetValue(step.Advice.Id, out var why))
            {
                if (suppressed.TrueForAll(s => s.AdviceId != step.Advice.Id))
                {
                    suppressed.Add(new SuppressedAdvice(step.Advice.Id, why));
                }
            }
            else if (plan.FindIndex(p => p.Advice.Id == step.Advice.Id) is var at and >= 0)
            {
                // The same step proposed for several reasons keeps its place and shows every reason.
                if (!plan[at].Reason.Contains(step.Reason, StringComparison.Ordinal))
                {
                    plan[at] = plan[at] with { Reason = plan[at].Reason + "; " + step.Reason };
                }
            }
            else
            {
                plan.Add(step);
            }
        }

        return (plan.OrderBy(s => Rank(s.Advice, urgent)).ThenBy(s => s.Advice.Order).ToList(), suppressed);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string), string> Reasons = new();

    private static string ReasonFor(RankedCondition rc) =>
        Reasons.GetOrAdd((rc.Condition.Id, rc.Band), _ => $"For {rc.Condition.Name} ({rc.Band})");

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

        foreach (var rc in ranked.Where(rc => rc.Probability >= rc.Condition.ContraindicatedAt))
        {
            foreach (var id in rc.Condition.Contraindicated)
            {
                banned.TryAdd(id, $"Not advised while {rc.Condition.Name} is possible ({rc.Probability:P0})");
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

using LegCheck.Core.Cases;
using LegCheck.Core.Model;

namespace LegCheck.Core.Engine;

/// <summary>
/// Sets the urgency as the most urgent of: every triage rule that fires, and every condition whose
/// probability reaches its alert threshold (the leading cause always counts), and says why.
/// A red flag can never be outweighed: rules test the facts alone (the validator keeps them free of
/// negative tests on alarm signs), and no alarm sign answered yes can count against a dangerous cause when
/// that cause is tested against its alert threshold (<see cref="AlarmSignAlerts"/>).
/// </summary>
public static class Triage
{
    public static TriageResult Decide(CompiledModel model, Evidence evidence, IReadOnlyList<Observation> observations, IReadOnlyList<RankedCondition> ranked, double[]? scores = null)
    {
        var kb = model.Kb;
        var fired = new List<FiredRule>();
        var ruleLevel = TriageLevel.SelfCare;
        var takenBack = Explanations.TakenBack(kb, evidence);
        var ruleEvidence = Explanations.ForRules(evidence, takenBack);
        var tables = RuleTables.For(kb);
        var values = ruleEvidence.SlotValues(tables.Slots);
        for (var i = 0; i < tables.Triage.Length; i++)
        {
            if (tables.Triage[i].Fire(values, ruleEvidence) is { } facts)
            {
                var rule = kb.TriageRules[i];
                fired.Add(new FiredRule(rule, facts));
                ruleLevel = TriageLevels.Max(ruleLevel, rule.Level);
            }
        }

        var verdict = AlarmSignAlerts.Decide(model, evidence, observations, scores ?? Inference.Scores(model, observations), takenBack);
        var level = TriageLevels.Max(ruleLevel, verdict.Level);
        var reason = ReasonFor(kb, level, fired, verdict, ranked);
        var needsChecking = NeedsChecking(kb, fired, ranked, reason);
        var driving = ranked.Where((rc, i) => i == 0 || rc.Probability >= rc.Condition.AlertAt || needsChecking.Contains(rc.Condition.Id)).ToList();
        var sameDay = level == TriageLevel.Consultation24
            && (fired.Exists(f => f.Rule.Level == level && f.Rule.SameDay) || kb.Conditions.Any(k => k.SameDay && needsChecking.Contains(k.Id)));
        return new TriageResult(level, fired, driving) { Reason = reason, NeedsChecking = needsChecking, SameDay = sameDay, Explained = Explanations.Holding(kb, evidence) };
    }

    /// <summary>The level alone; used to simulate interview answers cheaply.</summary>
    public static TriageLevel Level(CompiledModel model, Evidence evidence, IReadOnlyList<Observation> observations, double[]? scores = null)
    {
        var level = TriageLevel.SelfCare;
        var takenBack = Explanations.TakenBack(model.Kb, evidence);
        var ruleEvidence = Explanations.ForRules(evidence, takenBack);
        var tables = RuleTables.For(model.Kb);
        var values = ruleEvidence.SlotValues(tables.Slots);
        for (var i = 0; i < tables.Triage.Length; i++)
        {
            var rule = model.Kb.TriageRules[i];
            if (rule.Level > level && tables.Triage[i].Holds(values, ruleEvidence))
            {
                level = rule.Level;
            }
        }

        return TriageLevels.Max(level, AlarmSignAlerts.Decide(model, evidence, observations, scores ?? Inference.Scores(model, observations), takenBack).Level);
    }

    /// <summary>The condition-driven level, monotone in the alarm signs; see <see cref="AlarmSignAlerts"/>.</summary>
    public static ConditionVerdict ConditionVerdict(CompiledModel model, Evidence evidence, IReadOnlyList<Observation> observations, double[]? scores = null) =>
        AlarmSignAlerts.Decide(model, evidence, observations, scores ?? Inference.Scores(model, observations), Explanations.TakenBack(model.Kb, evidence));

    /// <summary>
    /// Why the level is what it is: the most specific rule at that level, or the condition that set it — which,
    /// for a dangerous cause, may well not be the most probable one.
    /// </summary>
    private static TriageReason ReasonFor(KnowledgeBase kb, TriageLevel level, List<FiredRule> fired, ConditionVerdict verdict, IReadOnlyList<RankedCondition> ranked)
    {
        // The rule whose suspect is most probable explains best; then the more specific rule.
        double SuspectProbability(FiredRule f) =>
            f.Rule.Suspects.Select(id => ranked.FirstOrDefault(rc => rc.Condition.Id == id)?.Probability ?? 0).DefaultIfEmpty(0).Max();
        var rule = fired.Where(f => f.Rule.Level == level)
            .OrderByDescending(SuspectProbability)
            .ThenByDescending(f => f.Rule.All.Count + f.Rule.AnyOf.Count)
            .FirstOrDefault();
        if (rule is not null && level > TriageLevel.SelfCare)
        {
            var suspect = rule.Rule.Suspects
                .Select(id => ranked.FirstOrDefault(rc => rc.Condition.Id == id))
                .Where(rc => rc is not null)
                .OrderByDescending(rc => rc!.Probability)
                .FirstOrDefault()?.Condition;
            return new TriageReason(rule.Rule.Message, rule.Rule.Sources, suspect, rule.Rule);
        }

        var condition = kb.Conditions[verdict.Condition];
        var text = level > TriageLevel.Consultation
            ? $"This needs checking for {condition.Name}: {condition.UrgencyNote ?? condition.Summary.Text}"
            : level == TriageLevel.Consultation
                ? $"{condition.Name} is best examined by a clinician."
                : $"The most likely cause, {condition.Name}, can usually be managed at home.";
        return new TriageReason(text, condition.Summary.Sources, condition, null);
    }

    /// <summary>
    /// The causes a runner must hear are being checked for, never shown as unlikely: the one behind the
    /// urgency, the suspects of every red flag that fired, and every urgent cause past its alert threshold.
    /// </summary>
    private static IReadOnlySet<string> NeedsChecking(KnowledgeBase kb, List<FiredRule> fired, IReadOnlyList<RankedCondition> ranked, TriageReason reason)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (reason.Condition is { } c && c.Triage >= TriageLevel.Consultation24)
        {
            ids.Add(c.Id);
        }

        foreach (var f in fired.Where(f => f.Rule.IsRedFlag))
        {
            ids.UnionWith(f.Rule.Suspects.Where(id => kb.Conditions.Any(k => k.Id == id && k.Triage >= TriageLevel.Consultation24)));
        }

        foreach (var rc in ranked.Where(rc => rc.Condition.Triage >= TriageLevel.Consultation24 && rc.Probability >= rc.Condition.AlertAt))
        {
            ids.Add(rc.Condition.Id);
        }

        return ids;
    }
}

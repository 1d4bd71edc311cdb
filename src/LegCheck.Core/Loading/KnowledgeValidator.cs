using LegCheck.Core.Model;

namespace LegCheck.Core.Loading;

/// <summary>
/// Whole-base checks that no single entry can make: every contract id is defined, every condition
/// has triage and advice, every advice item is reachable. Line-level problems are caught while reading.
/// </summary>
public static class KnowledgeValidator
{
    /// <summary>Every whole-base problem, not only the first.</summary>
    public static IReadOnlyList<KnowledgeError> Check(KnowledgeBase kb)
    {
        var errors = new List<KnowledgeError>();
        CheckContract(kb, errors);
        CheckConditions(kb, errors);
        CheckQuestions(kb, errors);
        CheckImplications(kb, errors);
        CheckAlarmSigns(kb, errors);
        CheckBandRates(kb, errors);
        return errors;
    }

    /// <summary>Every fact, location, advice item and condition the code relies on is defined.</summary>
    private static void CheckContract(KnowledgeBase kb, List<KnowledgeError> errors)
    {
        foreach (var id in Contract.Facts.Where(id => !kb.Facts.ContainsKey(id)))
        {
            errors.Add(new KnowledgeError("facts.yaml", 0, $"contract fact '{id}' is not defined"));
        }

        foreach (var loc in Contract.Locations.Where(l => !kb.Facts["location"].Values.Contains(l, StringComparer.Ordinal)))
        {
            errors.Add(new KnowledgeError("facts.yaml", 0, $"contract location '{loc}' is not a value of 'location'"));
        }

        foreach (var id in Contract.Advice.Where(id => !kb.Advice.ContainsKey(id)))
        {
            errors.Add(new KnowledgeError("advice.yaml", 0, $"contract advice '{id}' is not defined"));
        }

        var conditionIds = kb.Conditions.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var id in Contract.Conditions.Where(id => !conditionIds.Contains(id)))
        {
            errors.Add(new KnowledgeError("conditions.yaml", 0, $"contract condition '{id}' is not defined"));
        }
    }

    /// <summary>Every condition has advice, enough likelihoods, and plan questions that exist.</summary>
    private static void CheckConditions(KnowledgeBase kb, List<KnowledgeError> errors)
    {
        foreach (var c in kb.Conditions)
        {
            if (c.AdviceNow.Count + c.AdvicePrevent.Count + c.AdviceCare.Count == 0)
            {
                errors.Add(new KnowledgeError("conditions.yaml", 0, $"condition '{c.Id}' has no advice"));
            }

            if (c.Likelihoods.Count < 3)
            {
                errors.Add(new KnowledgeError("conditions.yaml", 0, $"condition '{c.Id}' has fewer than 3 likelihoods"));
            }
        }

        foreach (var (c, q) in kb.Conditions.SelectMany(c => c.PlanQuestions.Select(q => (c, q))).Where(x => kb.Questions.All(k => k.Id != x.q)))
        {
            errors.Add(new KnowledgeError("conditions.yaml", 0, $"condition '{c.Id}': plan question '{q}' is not in questions.yaml"));
        }
    }

    /// <summary>The body-map questions offer exactly their fact's values, and every contract fact is asked about.</summary>
    private static void CheckQuestions(KnowledgeBase kb, List<KnowledgeError> errors)
    {
        // A question over one list fact (the body map) must offer exactly that fact's values, so a location
        // added to the vocabulary cannot silently be missing from the map.
        foreach (var q in kb.Questions.Where(q => q.SetsFacts.Count == 1 && kb.Facts[q.SetsFacts[0]].Type is FactType.Choice or FactType.MultiChoice))
        {
            var values = kb.Facts[q.SetsFacts[0]].Values;
            var offered = q.Options.Select(o => o.Value).ToList();
            if (values.Except(offered, StringComparer.Ordinal).FirstOrDefault() is { } missing)
            {
                throw new KnowledgeException("questions.yaml", 0, $"question '{q.Id}' does not offer '{missing}' of '{q.SetsFacts[0]}'");
            }

            if (offered.Except(values, StringComparer.Ordinal).FirstOrDefault() is { } extra)
            {
                throw new KnowledgeException("questions.yaml", 0, $"question '{q.Id}' offers '{extra}', which is not a value of '{q.SetsFacts[0]}'");
            }
        }

        var asked = kb.Questions.SelectMany(q => q.SetsFacts).ToHashSet(StringComparer.Ordinal);
        foreach (var id in Contract.Facts.Where(id => !asked.Contains(id)))
        {
            errors.Add(new KnowledgeError("questions.yaml", 0, $"no question asks about contract fact '{id}'"));
        }
    }

    /// <summary>A fact implies only yes/no facts.</summary>
    private static void CheckImplications(KnowledgeBase kb, List<KnowledgeError> errors)
    {
        foreach (var fact in kb.Facts.Values)
        {
            foreach (var target in fact.Implies.Where(t => !kb.Facts.TryGetValue(t, out var f) || f.Type != FactType.Bool))
            {
                errors.Add(new KnowledgeError("facts.yaml", 0, $"fact '{fact.Id}' implies '{target}', which is not a yes/no fact"));
            }
        }
    }

    /// <summary>A number fact's band rates sum to 1.</summary>
    private static void CheckBandRates(KnowledgeBase kb, List<KnowledgeError> errors)
    {
        foreach (var fact in kb.Facts.Values.Where(f => f.Type == FactType.Number))
        {
            var total = fact.Bands.Sum(b => b.BaseRate);
            if (Math.Abs(total - 1) > 0.02)
            {
                errors.Add(new KnowledgeError("facts.yaml", 0, $"fact '{fact.Id}': band rates sum to {total:0.00}, expected 1"));
            }
        }
    }

    public static void Validate(KnowledgeBase kb)
    {
        var errors = Check(kb);
        if (errors.Count > 0)
        {
            throw new KnowledgeException(errors);
        }
    }

    /// <summary>
    /// The rules' share of "a red flag can never be outweighed": every alarm sign fires a red-flag rule on its
    /// own, so it alone sets at least that level and is named; and no rule tests an alarm sign, or what an alarm
    /// sign implies, negatively, so answering one yes can only make more rules fire.
    /// </summary>
    private static void CheckAlarmSigns(KnowledgeBase kb, List<KnowledgeError> errors)
    {
        var alarms = kb.Facts.Values.Where(f => f.RedFlag).ToList();
        foreach (var fact in alarms)
        {
            var alone = Cases.Evidence.Empty.With(fact.Id, Cases.FactValue.Yes).WithImplications(kb);
            if (!kb.TriageRules.Any(r => r.IsRedFlag && Engine.RuleEvaluator.Fire(r.All, r.AnyOf, alone) is { } facts && facts.Contains(fact.Id)))
            {
                errors.Add(new KnowledgeError("triage.yaml", 0, $"alarm sign '{fact.Id}' alone fires no rule at consultation_24 or above"));
            }
        }

        var guarded = alarms.Select(f => f.Id).Concat(alarms.SelectMany(f => f.Implies)).ToHashSet(StringComparer.Ordinal);
        foreach (var rule in kb.TriageRules)
        {
            foreach (var test in rule.All.Concat(rule.AnyOf.SelectMany(g => g)).Where(t => t.IsNegative && guarded.Contains(t.FactId)))
            {
                errors.Add(new KnowledgeError("triage.yaml", 0, $"rule '{rule.Id}' tests '{test.Raw}': a rule may not test an alarm sign, or a fact one implies, negatively"));
            }
        }

        // An explanation must not hold because of the signs it takes back (it would explain itself), and it needs no
        // test on any alarm sign: it already holds only while every alarm sign it does not explain is absent.
        var alarmIds = alarms.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var e in kb.Explanations)
        {
            var selfImplied = e.Explains.SelectMany(id => kb.Facts[id].Implies).ToHashSet(StringComparer.Ordinal);
            foreach (var test in e.All.Concat(e.AnyOf.SelectMany(g => g)))
            {
                if (alarmIds.Contains(test.FactId))
                {
                    errors.Add(new KnowledgeError("triage.yaml", 0, $"explanation '{e.Id}' tests '{test.Raw}': an explanation may not test an alarm sign"));
                }
                else if (!test.IsNegative && selfImplied.Contains(test.FactId))
                {
                    errors.Add(new KnowledgeError("triage.yaml", 0, $"explanation '{e.Id}' tests '{test.Raw}', which a sign it explains implies: it would explain itself"));
                }
            }
        }
    }
}

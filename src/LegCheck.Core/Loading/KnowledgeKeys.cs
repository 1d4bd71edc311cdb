namespace LegCheck.Core.Loading;

/// <summary>
/// The keys the loader reads, per kind of YAML mapping; any other key is an error (a misspelt optional key such as
/// <c>implys:</c> would otherwise be ignored in silence). The JSON Schemas in knowledge/schema list the same keys,
/// and a test holds them equal. Names are "file" for a file's top level and "file#entry" for an entry kind.
/// </summary>
public static class KnowledgeKeys
{
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> All { get; } = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal)
    {
        ["sources.yaml"] = Set("evidence_weight", "closed_world_weight", "sources"),
        ["sources.yaml#source"] = Set("id", "kind", "title", "publisher", "file", "doi", "url"),
        ["facts.yaml"] = Set("facts"),
        ["facts.yaml#fact"] = Set("id", "type", "label", "base_rate", "unmentioned", "red_flag", "implies", "implies_at_least", "values", "rates", "bands", "min", "max", "unit"),
        ["facts.yaml#band"] = Set("id", "max", "rate"),
        ["advice.yaml"] = Set("advice"),
        ["advice.yaml#advice"] = Set("id", "kind", "title", "detail", "src", "order", "urgent_title", "urgent_detail", "first_aid", "same_day_title", "same_day_detail", "routine"),
        ["conditions.yaml"] = Set("conditions"),
        ["conditions.yaml#condition"] = Set(
            "id", "name", "prior", "severity", "triage", "alert_at", "see", "summary", "feels", "causes", "likelihoods",
            "advice", "contraindicated", "contraindicated_at", "plan_questions", "urgency", "same_day"),
        ["conditions.yaml#claim"] = Set("text", "src"),
        ["conditions.yaml#advice"] = Set("now", "prevent", "care", "plausible"),
        ["triage.yaml"] = Set("rules", "explanations"),
        ["triage.yaml#explanation"] = Set("id", "explains", "all", "any", "message", "src"),
        ["triage.yaml#rule"] = Set("id", "level", "message", "all", "any", "suspects", "contraindicated", "advice", "src", "same_day"),
        ["tailoring.yaml"] = Set("rules"),
        ["tailoring.yaml#rule"] = Set("id", "all", "any", "advice", "reason", "src"),
        ["questions.yaml"] = Set("questions"),
        ["questions.yaml#question"] = Set("id", "text", "type", "facts", "options", "why", "src", "stage"),
        ["questions.yaml#option"] = Set("value", "label"),
        ["interview.yaml"] = Set("opening", "screens", "presentations", "gates", "first_aid"),
        ["interview.yaml#presentation"] = Set("id", "when", "ask", "why"),
        ["interview.yaml#gate"] = Set("question", "only_when", "skip_when", "not_when_urgent"),
        ["interview.yaml#when"] = Set("all", "any"),
        ["phrases.yaml"] = Set(
            "negation_window", "stop_words", "spellings", "negators", "hedges", "clause_breaks", "negation_carries_over",
            "auxiliaries", "negation_fillers", "number_words", "number_hedges", "clause_ends", "units", "ignore", "terms", "numbers",
            "others", "about_me", "proxies", "question_openers", "guesses", "future", "long_ago", "resolved", "symptoms", "history_facts",
            "paired_words", "known_words", "exact_words", "typo_min_length", "groups", "together", "corrections",
            "elsewhere_words", "leg_words", "calf_words", "leg_symptoms", "calf_signs", "answers_no", "answers_yes"),
        ["phrases.yaml#entry"] = Set("set", "given", "say", "number", "units", "value", "about", "not_after"),
        ["phrases.yaml#together"] = Set("set", "all", "window", "ignore_negation", "across_commas", "about"),
        ["phrases.yaml#unit"] = Set("words", "factor", "note", "miles"),
    };

    private static HashSet<string> Set(params string[] keys) => new(keys, StringComparer.Ordinal);
}

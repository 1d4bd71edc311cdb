using Hl7.Fhir.Model;

namespace LegCheck.Handoff.Fhir;

/// <summary>
/// The code systems of the export. LegCheck's own ids go in local code systems under one stable base address;
/// a SNOMED CT code is added beside the local one only where the concept is unambiguous and its id certain,
/// because a wrong clinical code in a receiving system is worse than none.
/// </summary>
public static class LegCheckCodes
{
    public const string Base = "https://legcheck.example/fhir/";

    public const string FactSystem = Base + "CodeSystem/fact";
    public const string ValueSystem = Base + "CodeSystem/fact-value";
    public const string ConditionSystem = Base + "CodeSystem/condition";
    public const string TriageLevelSystem = Base + "CodeSystem/triage-level";
    public const string TriageRuleSystem = Base + "CodeSystem/triage-rule";
    public const string BandSystem = Base + "CodeSystem/probability-band";
    public const string AssessmentSystem = Base + "CodeSystem/assessment";

    public const string QuestionnaireUrl = Base + "Questionnaire/legcheck-interview";

    /// <summary>The RiskAssessment's triage level; an extension, since R4 has no element for an urgency.</summary>
    public const string TriageLevelExtension = Base + "StructureDefinition/triage-level";

    public const string Snomed = "http://snomed.info/sct";

    /// <summary>Facts with a SNOMED CT finding of the same meaning.</summary>
    public static readonly IReadOnlyDictionary<string, (string Code, string Display)> SnomedFacts =
        new Dictionary<string, (string, string)>(StringComparer.Ordinal)
        {
            ["chest_pain"] = ("29857009", "Chest pain (finding)"),
            ["short_of_breath"] = ("267036007", "Dyspnea (finding)"),
            ["palpitations"] = ("80313002", "Palpitations (finding)"),
        };

    /// <summary>Conditions with a SNOMED CT disorder of the same meaning.</summary>
    public static readonly IReadOnlyDictionary<string, (string Code, string Display)> SnomedConditions =
        new Dictionary<string, (string, string)>(StringComparer.Ordinal)
        {
            ["deep_vein_thrombosis"] = ("128053003", "Deep venous thrombosis (disorder)"),
            ["pulmonary_embolism"] = ("59282003", "Pulmonary embolism (disorder)"),
        };

    public static Coding Fact(string factId, string display) => new(FactSystem, factId, display);

    public static CodeableConcept FactConcept(string factId, string display) =>
        Concept(Fact(factId, display), SnomedFacts.GetValueOrDefault(factId), display);

    public static CodeableConcept ConditionConcept(string conditionId, string name) =>
        Concept(new Coding(ConditionSystem, conditionId, name), SnomedConditions.GetValueOrDefault(conditionId), name);

    public static Coding Value(string factId, string value) =>
        new(ValueSystem, $"{factId}.{value}", value.Replace('_', ' '));

    private static CodeableConcept Concept(Coding local, (string Code, string Display) snomed, string text)
    {
        var concept = new CodeableConcept { Text = text };
        concept.Coding.Add(local);
        if (snomed.Code is not null)
        {
            concept.Coding.Add(new Coding(Snomed, snomed.Code, snomed.Display));
        }

        return concept;
    }
}

using System.Globalization;
using Hl7.Fhir.Model;
using LegCheck.Core.Cases;
using LegCheck.Core.Model;
using LegCheck.Handoff.Summary;
using Evidence = LegCheck.Core.Cases.Evidence;

namespace LegCheck.Handoff.Fhir;

/// <summary>
/// The handoff as a FHIR R4 collection Bundle a clinic system can import: an anonymous Patient (sex only),
/// the Questionnaire and the runner's QuestionnaireResponse, one Observation per alarm sign answered, and a
/// RiskAssessment with the ranked causes, the triage level and what it rests on. Entries refer to each other
/// by urn:uuid, so the bundle stands alone; nothing in it names the person.
/// </summary>
public static class FhirHandoff
{
    public static Bundle Build(KnowledgeBase kb, HandoffInput input, TimeProvider time)
    {
        var summary = SummaryBuilder.Build(kb, input, time);
        var now = time.GetLocalNow();
        var bundle = new Bundle { Type = Bundle.BundleType.Collection, Timestamp = now };

        var patient = Add(bundle, new Patient { Gender = Gender(input.Answers) });
        var subject = new ResourceReference(patient);
        Add(bundle, QuestionnaireBuilder.Build(kb));
        var response = Add(bundle, ResponseBuilder.Build(kb, input.Answers, subject, now));

        var evidence = input.Answers.WithImplications(kb);
        var basis = new List<ResourceReference> { new(response) };
        foreach (var fact in kb.Facts.Values.Where(f => f.RedFlag))
        {
            var value = evidence[fact.Id];
            if (value.Kind == FactValueKind.Yes || (value.Kind == FactValueKind.No && input.Answers.Has(fact.Id)))
            {
                var observation = AlarmSign(fact, value.Kind == FactValueKind.Yes, input, subject, response, now);
                basis.Add(new ResourceReference(Add(bundle, observation)));
            }
        }

        Add(bundle, Risk(summary, subject, basis, now));
        return bundle;
    }

    private static string Add(Bundle bundle, Resource resource)
    {
        var fullUrl = "urn:uuid:" + Guid.NewGuid().ToString("D");
        bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = fullUrl, Resource = resource });
        return fullUrl;
    }

    /// <summary>
    /// Sex as given, else "unknown": the Patient carries nothing else, and a resource with no element at all is
    /// not valid FHIR JSON (an interview can end before sex is asked).
    /// </summary>
    private static AdministrativeGender Gender(Evidence answers) => answers["sex"] switch
    {
        { Kind: FactValueKind.Choice, Choices: ["female"] } => AdministrativeGender.Female,
        { Kind: FactValueKind.Choice, Choices: ["male"] } => AdministrativeGender.Male,
        _ => AdministrativeGender.Unknown,
    };

    private static Observation AlarmSign(FactDef fact, bool present, HandoffInput input, ResourceReference subject, string response, DateTimeOffset now)
    {
        var observation = new Observation
        {
            Status = ObservationStatus.Final,
            Code = LegCheckCodes.FactConcept(fact.Id, fact.Label),
            Subject = subject,
            Effective = new FhirDateTime(now),
            Value = new FhirBoolean(present),
            DerivedFrom = [new ResourceReference(response)],
        };
        observation.Category.Add(new CodeableConcept("http://terminology.hl7.org/CodeSystem/observation-category", "survey", "Survey"));
        var rules = input.Assessment.Triage.Fired.Where(f => f.Facts.Contains(fact.Id, StringComparer.Ordinal)).ToList();
        foreach (var rule in rules)
        {
            observation.Note.Add(new Annotation { Text = new Markdown($"Fired LegCheck rule {rule.Rule.Id} ({rule.Rule.Level.ToId()}): {rule.Rule.Message}") });
        }

        if (!present)
        {
            observation.Note.Add(new Annotation { Text = new Markdown("The runner answered no.") });
        }
        else if (!input.Answers.Has(fact.Id))
        {
            observation.Note.Add(new Annotation { Text = new Markdown("Not stated directly: it follows from another answer.") });
        }

        return observation;
    }

    private static RiskAssessment Risk(ClinicianSummary summary, ResourceReference subject, List<ResourceReference> basis, DateTimeOffset now)
    {
        var triage = summary.Triage;
        var risk = new RiskAssessment
        {
            Status = ObservationStatus.Final,
            Subject = subject,
            Occurrence = new FhirDateTime(now),
            Code = new CodeableConcept(LegCheckCodes.AssessmentSystem, "calf-foot-symptom-triage", "LegCheck triage of calf and foot symptoms in a runner"),
            Method = new CodeableConcept { Text = "LegCheck: triage rules over the runner's answers and a naive-Bayes ranking of causes (" + summary.Method + ")" },
            Basis = basis,
            Mitigation = $"Triage {triage.LevelId}: {triage.Words}.",
        };
        risk.Extension.Add(new Extension(LegCheckCodes.TriageLevelExtension, new Coding(LegCheckCodes.TriageLevelSystem, triage.LevelId, triage.Words)));
        foreach (var cause in summary.Causes)
        {
            risk.Prediction.Add(new RiskAssessment.PredictionComponent
            {
                Outcome = LegCheckCodes.ConditionConcept(cause.Id, cause.Name),
                Probability = new FhirDecimal(Math.Round((decimal)cause.Probability, 4)),
                QualitativeRisk = new CodeableConcept(LegCheckCodes.BandSystem, cause.Band.Replace(' ', '_'), cause.Band),
                Rationale = Rationale(cause),
            });
        }

        foreach (var reason in triage.Reasons)
        {
            var sources = string.Join("; ", reason.Sources.Select(n => summary.Sources[n - 1]).Select(s => s.Link is null ? s.Text : $"{s.Text} ({s.Link})"));
            risk.Note.Add(new Annotation { Text = new Markdown($"Triage reason: {reason.Text} ({reason.Basis})." + (sources.Length > 0 ? " Source: " + sources + "." : "")) });
        }

        risk.Note.Add(new Annotation { Text = new Markdown(summary.Disclaimer) });
        return risk;
    }

    private static string Rationale(CauseLine cause)
    {
        var parts = new List<string>();
        if (cause.For.Count > 0)
        {
            parts.Add("raised by " + string.Join(", ", cause.For));
        }

        if (cause.Against.Count > 0)
        {
            parts.Add("lowered by " + string.Join(", ", cause.Against));
        }

        return parts.Count == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{cause.Percent}, {cause.Band}: from the base rate alone")
            : string.Create(CultureInfo.InvariantCulture, $"{cause.Percent}, {cause.Band}: {string.Join("; ", parts)}");
    }
}

using Hl7.Fhir.Model;
using LegCheck.Handoff.Fhir;
using Xunit;

namespace LegCheck.Handoff.Tests.Fhir;

public class BundleContentTests
{
    private const string Dvt = "dvt-flew-to-marathon-cramp-that-stayed.yaml";

    [Fact]
    public void Errors_ObservationWithoutStatusOrCode_ReportsBoth()
    {
        var errors = R4Validator.Errors(new Observation());

        Assert.Contains(errors, e => e.Contains("status", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("code", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_Questionnaire_HasAnItemForEveryQuestionAndFact()
    {
        var q = QuestionnaireBuilder.Build(TestData.Kb);

        var linkIds = LinkIds(q.Item).ToHashSet(StringComparer.Ordinal);
        var codes = Items(q.Item).SelectMany(i => i.Code).Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        Assert.All(TestData.Kb.Questions, question => Assert.Contains(question.Id, linkIds));
        Assert.All(TestData.Kb.Facts.Keys, fact => Assert.Contains(fact, codes));
        Assert.Empty(R4Validator.Errors(q));
    }

    [Theory]
    [InlineData(Dvt)]
    [InlineData("heat-stroke-collapsed-hot-dry-mumbling.yaml")]
    [InlineData("eamc-calf-seized-end-of-long-run.yaml")]
    public void Build_Response_EveryLinkIdIsInTheQuestionnaire(string file)
    {
        var bundle = FhirHandoff.Build(TestData.Kb, TestData.Assessed(file), TestData.BerlinClock());
        var questionnaire = Single<Questionnaire>(bundle);
        var response = Single<QuestionnaireResponse>(bundle);

        var known = LinkIds(questionnaire.Item).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(response.Item);
        Assert.All(LinkIds(response.Item), id => Assert.Contains(id, known));
        Assert.Equal(questionnaire.Url + "|" + questionnaire.Version, response.Questionnaire);
    }

    [Fact]
    public void Build_DvtCase_RiskAssessmentCarriesCausesTriageAndBasis()
    {
        var input = TestData.Assessed(Dvt);
        var bundle = FhirHandoff.Build(TestData.Kb, input, TestData.BerlinClock());
        var risk = Single<RiskAssessment>(bundle);

        var level = Assert.IsType<Coding>(risk.GetExtension(LegCheckCodes.TriageLevelExtension)?.Value);
        Assert.Equal("consultation_24", level.Code);
        Assert.StartsWith("Triage consultation_24", risk.Mitigation, StringComparison.Ordinal);
        var top = risk.Prediction[0].Outcome!.Coding;
        Assert.Contains(top, c => c.System == LegCheckCodes.ConditionSystem && c.Code == "deep_vein_thrombosis");
        Assert.Contains(top, c => c.System == LegCheckCodes.Snomed && c.Code == "128053003");
        Assert.Contains(risk.Note, n => n.Text?.Contains("one_calf_larger", StringComparison.Ordinal) == true);
        var urls = bundle.Entry.Select(e => e.FullUrl).ToHashSet(StringComparer.Ordinal);
        Assert.All(risk.Basis, b => Assert.Contains(b.Reference, urls));
    }

    [Fact]
    public void Build_DvtCase_AlarmSignsAreObservationsWithTheirRule()
    {
        var bundle = FhirHandoff.Build(TestData.Kb, TestData.Assessed(Dvt), TestData.BerlinClock());
        var observations = bundle.Entry.Select(e => e.Resource).OfType<Observation>().ToList();

        var larger = Assert.Single(observations, o => o.Code.Coding[0].Code == "one_calf_larger");
        Assert.True(Assert.IsType<FhirBoolean>(larger.Value).Value);
        Assert.Contains(larger.Note, n => n.Text?.Contains("rule one_calf_larger", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(observations, o => o.Code.Coding[0].Code == "chest_pain");
    }

    [Fact]
    public void Build_ChestPainStated_ObservationCarriesSnomedBesideTheLocalCode()
    {
        var input = TestData.Assessed("pe-swollen-calf-since-flight-chest-pain.yaml");
        var bundle = FhirHandoff.Build(TestData.Kb, input, TestData.BerlinClock());

        var chest = Assert.Single(bundle.Entry.Select(e => e.Resource).OfType<Observation>(), o => o.Code.Coding[0].Code == "chest_pain");
        Assert.Equal([LegCheckCodes.FactSystem, LegCheckCodes.Snomed], chest.Code.Coding.Select(c => c.System));
        Assert.Equal("29857009", chest.Code.Coding[1].Code);
    }

    [Fact]
    public void Build_NoSex_PatientGenderUnknownAndNoIdentity()
    {
        var input = TestData.Assessed(Dvt) with { Answers = TestData.Assessed(Dvt).Answers.Without("sex") };
        var patient = Single<Patient>(FhirHandoff.Build(TestData.Kb, input, TestData.BerlinClock()));

        Assert.Equal(AdministrativeGender.Unknown, patient.Gender);
        Assert.Empty(patient.Name);
        Assert.Empty(patient.Identifier);
        Assert.Null(patient.BirthDate);
    }

    private static T Single<T>(Bundle bundle)
        where T : Resource => Assert.Single(bundle.Entry.Select(e => e.Resource).OfType<T>());

    private static IEnumerable<Questionnaire.ItemComponent> Items(IEnumerable<Questionnaire.ItemComponent> items) =>
        items.SelectMany(i => Items(i.Item).Prepend(i));

    private static IEnumerable<string> LinkIds(IEnumerable<Questionnaire.ItemComponent> items) => Items(items).Select(i => i.LinkId ?? "");

    private static IEnumerable<string> LinkIds(IEnumerable<QuestionnaireResponse.ItemComponent> items) =>
        items.SelectMany(i => LinkIds(i.Item).Prepend(i.LinkId ?? ""));
}

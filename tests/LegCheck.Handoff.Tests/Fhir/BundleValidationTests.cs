using Hl7.Fhir.Model;
using LegCheck.Handoff.Fhir;
using Xunit;

namespace LegCheck.Handoff.Tests.Fhir;

public class BundleValidationTests
{
    public static TheoryData<string> Cases => TestData.CaseNames;

    [Theory]
    [MemberData(nameof(Cases))]
    public void Build_EveryCaseSerializedAndParsedBack_NoValidationErrors(string file)
    {
        var bundle = FhirHandoff.Build(TestData.Kb, TestData.Assessed(file), TestData.BerlinClock());

        var parsed = FhirJson.Parse<Bundle>(FhirJson.Serialize(bundle));

        var errors = R4Validator.Errors(parsed);
        Assert.True(errors.Count == 0, $"{file}:\n{string.Join("\n", errors)}");
    }

    [Fact]
    public void Build_InterviewEndedBeforeAnyAnswer_ParsesBackWithNoValidationErrors()
    {
        var input = new HandoffInput
        {
            CaseId = "interview",
            Answers = Core.Cases.Evidence.Empty,
            Assessment = Core.Engine.Assessor.Default.Assess(Core.Cases.Evidence.Empty),
        };
        var bundle = FhirHandoff.Build(TestData.Kb, input, TestData.BerlinClock());

        var parsed = FhirJson.Parse<Bundle>(FhirJson.Serialize(bundle));

        var errors = R4Validator.Errors(parsed);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Theory]
    [InlineData("dvt-flew-to-marathon-cramp-that-stayed.yaml")]
    [InlineData("eamc-hot-10k-cramp-clear-headed.yaml")]
    public void Build_CaseAfterTheInterview_ParsesBackWithNoValidationErrors(string file)
    {
        var bundle = FhirHandoff.Build(TestData.Kb, TestData.Interviewed(file), TestData.BerlinClock());

        var parsed = FhirJson.Parse<Bundle>(FhirJson.Serialize(bundle));

        var errors = R4Validator.Errors(parsed);
        Assert.True(errors.Count == 0, $"{file}:\n{string.Join("\n", errors)}");
    }
}

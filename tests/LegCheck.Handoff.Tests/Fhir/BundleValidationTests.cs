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
}

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Hl7.Fhir.Model;
using Task = System.Threading.Tasks.Task;
using LegCheck.Handoff.Fhir;
using LegCheck.Testing;
using Xunit;

namespace LegCheck.Web.Tests.Api;

/// <summary>The FHIR bundle from the assess API (?format=fhir, Accept, GET) and the result page's PDF, made per request.</summary>
[Collection(ApiCollection.Name)]
public sealed class HandoffApiTests(WebAppFixture web)
{
    private const string SwollenCalf =
        """{"id":"swollen","age":52,"sex":"female","facts":{"pain":"yes","swelling":"yes","location":["calf"],"side":"one","calf_tender":"yes","recent_long_travel":"yes","persists_at_rest":"yes"}}""";

    [Fact]
    public async Task Assess_FormatFhir_ReturnsABundleWithTheTriageAsFhirJson()
    {
        using var response = await web.PostJsonAsync("api/v1/assess?format=fhir", SwollenCalf);

        var bundle = await BundleAsync(response);
        var risk = Assert.IsType<RiskAssessment>(Assert.Single(bundle.Entry, e => e.Resource is RiskAssessment).Resource);
        Assert.Equal("deep_vein_thrombosis", risk.Prediction[0].Outcome!.Coding[0].Code);
        Assert.Contains("consultation_24", risk.Mitigation, StringComparison.Ordinal);
        Assert.NotEmpty(risk.Basis);
        Assert.Contains(bundle.Entry, e => e.Resource is Questionnaire);
    }

    [Fact]
    public async Task Assess_AcceptFhirJson_ReturnsTheSameBundleAsFormatFhir()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/assess") { Content = new StringContent(SwollenCalf, Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(FhirJson.MediaType));
        using var response = await web.Client.SendAsync(request);

        var bundle = await BundleAsync(response);
        Assert.Single(bundle.Entry, e => e.Resource is RiskAssessment);
        Assert.Single(bundle.Entry, e => e.Resource is QuestionnaireResponse);
    }

    [Fact]
    public async Task AssessQuery_GetWithFormatFhir_ReadsTheCaseFromTheQuery()
    {
        using var response = await web.Client.GetAsync("api/v1/assess?format=fhir&age=52&sex=female&pain=yes&swelling=yes&location=calf&side=one&calf_tender=yes&recent_long_travel=yes&persists_at_rest=yes");

        var bundle = await BundleAsync(response);
        var patient = Assert.IsType<Patient>(Assert.Single(bundle.Entry, e => e.Resource is Patient).Resource);
        Assert.Equal(AdministrativeGender.Female, patient.Gender);
        var risk = Assert.IsType<RiskAssessment>(Assert.Single(bundle.Entry, e => e.Resource is RiskAssessment).Resource);
        Assert.Equal("deep_vein_thrombosis", risk.Prediction[0].Outcome!.Coding[0].Code);
    }

    [Fact]
    public async Task AssessQuery_GetWithoutFormat_ReturnsTheContractJsonOfThePost()
    {
        var get = await ProblemAssert.JsonAsync(await web.Client.GetAsync("api/v1/assess?id=swollen&age=52&sex=female&pain=yes&swelling=yes&location=calf&side=one&calf_tender=yes&recent_long_travel=yes&persists_at_rest=yes"));
        var post = await ProblemAssert.JsonAsync(await web.PostJsonAsync("api/v1/assess", SwollenCalf));

        Assert.Equal(post.GetProperty("triage").GetString(), get.GetProperty("triage").GetString());
        Assert.Equal(post.GetProperty("conditions").GetRawText(), get.GetProperty("conditions").GetRawText());
        Assert.Equal("swollen", get.GetProperty("case").GetString());
    }

    [Fact]
    public async Task AssessQuery_BadFactValue_Returns400NamingTheFact()
    {
        await ProblemAssert.IsFieldErrorAsync(await web.Client.GetAsync("api/v1/assess?format=fhir&run_minutes=lots"), "facts.run_minutes", "expected");
    }

    [Theory]
    [InlineData("api/v1/assess?format=xml")]
    public async Task Assess_UnknownFormat_Returns400NamingFormat(string path)
    {
        await ProblemAssert.IsFieldErrorAsync(await web.PostJsonAsync(path, SwollenCalf), "format", "expected json or fhir");
    }

    [Fact]
    public async Task SummaryPdf_ResultPageState_IsAOnePagePdfDownloadNeverCached()
    {
        using var response = await PostFormAsync(
            ("state", """{"age":52,"sex":"female","pain":"yes","swelling":"yes","location":["calf"],"calf_tender":"yes","recent_long_travel":"yes"}"""),
            ("history", ""),
            ("paper", "letter"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(1, PdfText.PageCount(bytes));
        var text = Regex.Replace(PdfText.Extract(bytes), @"\s+", " ");
        Assert.Contains("TRIAGE See a doctor today", text, StringComparison.Ordinal);
        Assert.Contains("52-year-old female", text, StringComparison.Ordinal);
        Assert.DoesNotContain(web.Logs.Lines, l => l.Contains("swelling", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task SummaryPdf_UnknownPaper_Returns400NamingPaper()
    {
        await ProblemAssert.IsFieldErrorAsync(await PostFormAsync(("state", "{}"), ("paper", "a5")), "paper", "expected a4 or letter");
    }

    [Fact]
    public async Task SummaryPdf_TamperedState_Returns400NamingState()
    {
        await ProblemAssert.IsFieldErrorAsync(await PostFormAsync(("state", "{bad")), "state", "");
    }

    private Task<HttpResponseMessage> PostFormAsync(params (string Name, string Value)[] fields) =>
        web.Client.PostAsync("/check/summary.pdf", new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))));

    private static async Task<Bundle> BundleAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Equal(FhirJson.MediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        var bundle = FhirJson.Parse<Bundle>(body);
        Assert.Equal(Bundle.BundleType.Collection, bundle.Type);
        return bundle;
    }
}

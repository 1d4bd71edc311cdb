using System.Text.RegularExpressions;
using Hl7.Fhir.Model;
using LegCheck.Cli.Tests.Assess;
using LegCheck.Cli.Tests.Diary;
using LegCheck.Handoff.Fhir;
using LegCheck.Testing;
using Xunit;

namespace LegCheck.Cli.Tests.Handoff;

/// <summary><c>--pdf</c>, <c>--fhir</c> and <c>--paper</c> on assess and interview: files only where asked, private, one page.</summary>
public sealed class HandoffCommandTests : IDisposable
{
    private static readonly string Case = AssessCommandTests.Repo("examples", "swollen-calf-after-flight.json");

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Assess_OneCaseWithPdfAndFhir_WritesAOnePagePdfAndABundlePrivateToTheRunner()
    {
        var pdf = temp.File("summary.pdf");
        var fhir = temp.File("bundle.json");

        var result = CliHarness.Run(["assess", "--case", Case, "--pdf", pdf, "--fhir", fhir]);

        Assert.Equal(0, result.Exit);
        Assert.Contains("How urgent", result.Out, StringComparison.Ordinal);
        Assert.Contains("Wrote the clinician summary (A4, one page) to " + pdf, result.Err, StringComparison.Ordinal);
        var bytes = File.ReadAllBytes(pdf);
        Assert.Equal(1, PdfText.PageCount(bytes));
        var text = Regex.Replace(PdfText.Extract(bytes), @"\s+", " ");
        Assert.Contains("Not a diagnosis:", text, StringComparison.Ordinal);
        Assert.Contains("TRIAGE See a doctor today consultation_24", text, StringComparison.Ordinal);
        var bundle = FhirJson.Parse<Bundle>(File.ReadAllText(fhir));
        Assert.Single(bundle.Entry, e => e.Resource is RiskAssessment);
        Assert.Single(bundle.Entry, e => e.Resource is Questionnaire);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(pdf));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(fhir));
        }

        Assert.Equal(["bundle.json", "summary.pdf"], Directory.GetFiles(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Assess_PaperLetterWithJson_PageIsLetterAndStdoutIsOnlyJson()
    {
        var pdf = temp.File("letter.pdf");

        var result = CliHarness.Run(["assess", "--case", Case, "--json", "--pdf", pdf, "--paper", "letter"]);

        Assert.Equal(0, result.Exit);
        Assert.StartsWith("{", result.Out.Trim(), StringComparison.Ordinal);
        Assert.Single(result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var stream = File.OpenRead(pdf);
        using var document = PdfSharp.Pdf.IO.PdfReader.Open(stream, PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);
        Assert.Equal(792, document.Pages[0].Height.Point, 1);
    }

    [Fact]
    public void Assess_ExistingFile_IsReplacedAndMadePrivate()
    {
        var fhir = temp.File("old.json");
        File.WriteAllText(fhir, "old");

        var result = CliHarness.Run(["assess", "--case", Case, "--fhir", fhir]);

        Assert.Equal(0, result.Exit);
        Assert.StartsWith("{", File.ReadAllText(fhir), StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(fhir));
        }
    }

    [Fact]
    public void Assess_FolderOfCasesWithPdf_IsAUsageErrorAndWritesNothing()
    {
        var pdf = temp.File("summary.pdf");

        var result = CliHarness.Run(["assess", "--case", AssessCommandTests.Repo("examples"), "--pdf", pdf]);

        Assert.Equal(2, result.Exit);
        Assert.Contains("--pdf and --fhir hand over one case", result.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(pdf));
    }

    [Fact]
    public void Assess_UnknownPaper_IsAUsageError()
    {
        var result = CliHarness.Run(["assess", "--case", Case, "--pdf", temp.File("x.pdf"), "--paper", "a5"]);

        Assert.Equal(2, result.Exit);
        Assert.Contains("--paper: expected a4 or letter, got 'a5'", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_PdfIntoMissingFolder_FailsWithOneLineAndLeavesNoFile()
    {
        var pdf = Path.Combine(temp.Path, "nowhere", "summary.pdf");

        var result = CliHarness.Run(["assess", "--case", Case, "--pdf", pdf]);

        Assert.Equal(1, result.Exit);
        var error = Assert.Single(result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: " + pdf + ": cannot write the clinician summary", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Err, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Interview_PipedWithPdfAndFhir_SummaryCarriesTheRunnersWordsAndTheQuestionsNotAsked()
    {
        var pdf = temp.File("interview.pdf");
        var fhir = temp.File("interview.json");
        var script = "my calf cramped near the end of a long hot run\ny\n" + string.Concat(Enumerable.Repeat("\n", 40));

        var result = CliHarness.Run(["interview", "--no-diary", "--pdf", pdf, "--fhir", fhir], input: new StringReader(script));

        Assert.Equal(0, result.Exit);
        var bytes = File.ReadAllBytes(pdf);
        Assert.Equal(1, PdfText.PageCount(bytes));
        var text = Regex.Replace(PdfText.Extract(bytes), @"\s+", " ");
        Assert.Contains("my calf cramped near the end of a long hot run", text, StringComparison.Ordinal);
        Assert.Contains("TRIAGE", text, StringComparison.Ordinal);
        var bundle = FhirJson.Parse<Bundle>(File.ReadAllText(fhir));
        var response = Assert.IsType<QuestionnaireResponse>(Assert.Single(bundle.Entry, e => e.Resource is QuestionnaireResponse).Resource);
        Assert.NotEmpty(response.Item);
    }

    [Fact]
    public void Interview_CaseWithPdf_IsAUsageErrorPointingToAssess()
    {
        var result = CliHarness.Run(["interview", "--case", Case, "--pdf", temp.File("x.pdf")]);

        Assert.Equal(2, result.Exit);
        Assert.Contains("legcheck assess --case", result.Err, StringComparison.Ordinal);
    }
}

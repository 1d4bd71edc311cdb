using LegCheck.Handoff.Pdf;
using LegCheck.Handoff.Summary;
using LegCheck.Testing;
using Xunit;

namespace LegCheck.Handoff.Tests.Pdf;

public class OnePageTests
{
    public static TheoryData<string> Cases => TestData.CaseNames;

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_EveryCaseOnA4AndLetter_OnePageWithTheTriageLine(string file)
    {
        var summary = SummaryBuilder.Build(TestData.Kb, TestData.Assessed(file), TestData.BerlinClock());
        foreach (var paper in new[] { Paper.A4, Paper.Letter })
        {
            var rendering = SummaryPdf.RenderWithDetails(summary, PdfOptions.Default with { Paper = paper });

            Assert.True(rendering.Fitted, $"{file} on {paper}: did not fit at the smallest type");
            Assert.Equal(1, PdfText.PageCount(rendering.Bytes));
            var text = Flatten(PdfText.Extract(rendering.Bytes));
            Assert.Contains(summary.Triage.Words + " " + summary.Triage.LevelId, text, StringComparison.Ordinal);
            Assert.Contains("Not a diagnosis:", text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_EveryCaseAfterTheInterview_OnePage(string file)
    {
        var summary = SummaryBuilder.Build(TestData.Kb, TestData.Interviewed(file), TestData.BerlinClock());
        var rendering = SummaryPdf.RenderWithDetails(summary, PdfOptions.Default with { Paper = Paper.Letter });

        Assert.True(rendering.Fitted, $"{file}: did not fit at the smallest type");
        Assert.Equal(1, PdfText.PageCount(rendering.Bytes));
    }

    [Fact]
    public void Render_LetterPaper_PageIsLetterSized()
    {
        var summary = SummaryBuilder.Build(TestData.Kb, TestData.Assessed("dvt-flew-to-marathon-cramp-that-stayed.yaml"), TestData.BerlinClock());
        using var stream = new MemoryStream(SummaryPdf.Render(summary, PdfOptions.Default with { Paper = Paper.Letter }));
        using var document = PdfSharp.Pdf.IO.PdfReader.Open(stream, PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);

        Assert.Equal(612, document.Pages[0].Width.Point, 1);
        Assert.Equal(792, document.Pages[0].Height.Point, 1);
    }

    /// <summary>pdftotext keeps the layout's spacing; one space between words is enough to find a line.</summary>
    private static string Flatten(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, @"[ \t]+", " ");
}

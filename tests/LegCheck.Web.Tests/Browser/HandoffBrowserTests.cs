using System.Text.RegularExpressions;
using LegCheck.Testing;
using Microsoft.Playwright;
using Xunit;

namespace LegCheck.Web.Tests.Browser;

/// <summary>The result page's "Download PDF" in a real browser: a one-page summary of the answers just given.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HandoffBrowserTests(BrowserFixture browser)
{
    /// <summary>Self-care, 24 hours and emergency; the files are kept beside the screenshots to be looked at.</summary>
    [Theory]
    [InlineData("shoe-cinched-laces-hot-afternoon")]
    [InlineData("dvt-flew-to-marathon-cramp-that-stayed")]
    [InlineData("ces-saddle-numb-bladder-unsure")]
    public async Task DownloadPdf_AfterTheInterview_GivesAOnePageSummaryOfThisResult(string name)
    {
        var page = await browser.NewPageAsync();
        var theCase = await InterviewDriver.LoadCaseAsync(name);
        await InterviewDriver.CompleteAsync(page, theCase);
        var level = await page.Locator(".banner h2").InnerTextAsync();

        await page.Locator("select#paper").SelectOptionAsync("letter");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download PDF" }).ClickAsync());

        Assert.Equal("legcheck-summary.pdf", download.SuggestedFilename);
        var path = Path.Combine(BrowserFixture.ScreenshotFolder, $"download-{name}.pdf");
        await download.SaveAsAsync(path);
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.Equal(1, PdfText.PageCount(bytes));
        var text = Regex.Replace(PdfText.Extract(bytes), @"\s+", " ");
        Assert.Contains("TRIAGE " + level, text, StringComparison.Ordinal);
        Assert.Contains("Not a diagnosis:", text, StringComparison.Ordinal);
        Assert.Contains("interview,", text, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator(".banner h2")).ToHaveTextAsync(level);
        await page.Context.CloseAsync();
    }
}

using System.Text.RegularExpressions;
using LegCheck.Core.Cases;
using LegCheck.Core.Engine;
using LegCheck.Core.Interview;
using LegCheck.Testing;
using LegCheck.Web.Pages;
using Microsoft.Playwright;
using Xunit;

namespace LegCheck.Web.Tests.Browser;

/// <summary>
/// The result page printed by Chromium itself (print to PDF, the print stylesheet): the one-page clinician
/// summary on A4 and on Letter, with its triage line and the facts never asked.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PrintViewBrowserTests(BrowserFixture browser)
{
    public static string PrintFolder { get; } = Path.Combine(BrowserFixture.ScreenshotFolder, "print");

    /// <summary>Self-care, 24 hours and emergency, each interviewed through the page's own controls.</summary>
    [Theory]
    [InlineData("shoe-cinched-laces-hot-afternoon")]
    [InlineData("dvt-flew-to-marathon-cramp-that-stayed")]
    [InlineData("ces-saddle-numb-bladder-unsure")]
    public async Task Print_InterviewResult_IsOnePageOnA4AndLetter(string name)
    {
        var page = await browser.NewPageAsync();
        var theCase = await InterviewDriver.LoadCaseAsync(name);
        await InterviewDriver.CompleteAsync(page, theCase);

        await AssertOnePageAsync(page, name);
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// The longest print views of tests/cases, measured over every case (interviewed, and with all its answers
    /// at once) at 96 dpi: the summary's height against the printable height of Letter, the shorter page.
    /// </summary>
    [Theory]
    [InlineData("v3-acs-hot-ultra-one-calf-tense-no-pee-since", true)]
    [InlineData("v3-dvt-ultra-abroad-flight-home-one-calf", true)]
    [InlineData("v6-ali-74-sudden-pale-cold-foot-getting-worse", false)]
    public async Task Print_LongestCaseResult_IsOnePageOnA4AndLetter(string name, bool interviewed)
    {
        var page = await browser.NewPageAsync();
        var theCase = await InterviewDriver.LoadCaseAsync(name);
        await FinishWithAsync(page, interviewed ? InterviewedAnswers(theCase) : theCase.Facts);

        await AssertOnePageAsync(page, name + (interviewed ? "" : "-all"));
        await page.Context.CloseAsync();
    }

    /// <summary>The answers the interview would collect from this person, as the browser interview would.</summary>
    private static Evidence InterviewedAnswers(Case theCase)
    {
        var engine = new InterviewEngine(Assessor.Default);
        var result = CaseInterview.Run(engine, theCase);
        return result.QuestionIds.Aggregate(Evidence.Empty, (e, id) => Answers.FromCase(engine.Kb, e, engine.Kb.Questions.First(q => q.Id == id), theCase.Facts));
    }

    [Fact]
    public async Task Print_ResultPage_ShowsTheSummaryWithNotAskedAndNoOrphanHeadings()
    {
        var page = await browser.NewPageAsync();
        await InterviewDriver.CompleteAsync(page, await InterviewDriver.LoadCaseAsync("shoe-cinched-laces-hot-afternoon"));
        await Assertions.Expect(page.Locator(".clinician")).ToBeHiddenAsync();

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        await Assertions.Expect(page.Locator(".clinician")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#plan-title")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".clinician h2", new() { HasText = "What you told LegCheck" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".clinician .cs-list", new() { HasText = "Not asked or unknown:" })).Not.ToHaveTextAsync("Not asked or unknown: none");
        var headingsLast = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('.clinician h2')].filter(h => getComputedStyle(h).breakAfter !== 'avoid').length");
        Assert.Equal(0, headingsLast);
        await page.Context.CloseAsync();
    }

    /// <summary>Posts these answers to the interview with "finish", as the page's own form would.</summary>
    private static async Task FinishWithAsync(IPage page, Evidence facts)
    {
        await page.GotoAsync("/check");
        var state = new InterviewState(facts, []).FactsField(InterviewDriver.Kb);
        await page.EvaluateAsync("""
            state => {
                const form = document.createElement('form');
                form.method = 'post';
                form.action = '/check';
                for (const [name, value] of [['state', state], ['history', ''], ['action', 'finish']]) {
                    const input = document.createElement('input');
                    input.type = 'hidden'; input.name = name; input.value = value;
                    form.appendChild(input);
                }
                document.body.appendChild(form);
                form.submit();
            }
            """, state);
        // The post redirects to a /check?s=… address of its own, so waiting for a URL would race with the page
        // already on /check; the result's heading is what marks the end.
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Your result", new() { Timeout = 30_000 });
    }

    private static async Task AssertOnePageAsync(IPage page, string name)
    {
        var level = await page.Locator(".banner h2").InnerTextAsync();
        Directory.CreateDirectory(PrintFolder);
        foreach (var format in new[] { "A4", "Letter" })
        {
            var pdf = await page.PdfAsync(new PagePdfOptions { Format = format, PrintBackground = true, Path = Path.Combine(PrintFolder, $"{name}-{format}.pdf") });

            Assert.True(PdfText.PageCount(pdf) == 1, $"{name} on {format}: {PdfText.PageCount(pdf)} pages");
            var text = Regex.Replace(PdfText.Extract(pdf), @"\s+", " ");
            Assert.Contains(level, text, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("Not a diagnosis", text, StringComparison.Ordinal);
        }
    }
}

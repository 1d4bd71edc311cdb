using LegCheck.Core.Engine;
using LegCheck.Core.Interview;
using LegCheck.Web.Pages;
using Microsoft.Playwright;
using Xunit;

namespace LegCheck.Web.Tests.Browser;

/// <summary>The compact opening of the result, and the keyboard on tick boxes.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ResultAndKeyboardBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Result_Opens_WithUrgencyReasonAndTheFirstThreeSteps()
    {
        var page = await browser.NewPageAsync(390, 844);
        var theCase = await InterviewDriver.LoadCaseAsync("ces-saddle-numb-bladder-unsure");
        await InterviewDriver.CompleteAsync(page, theCase);

        var state = await page.Locator("input[name=state]").First.InputValueAsync();
        var assessment = new InterviewEngine(Assessor.Default).Result(InterviewState.Read(InterviewDriver.Kb, state, "").Value.Evidence);
        var banner = page.Locator(".banner");
        await Assertions.Expect(banner.Locator("h2")).ToHaveTextAsync(assessment.Heading);
        await Assertions.Expect(banner.Locator(".reason p").First).ToContainTextAsync(assessment.Triage.Reason.Text);
        var steps = banner.Locator("ol.first-steps > li");
        await Assertions.Expect(steps).ToHaveTextAsync(assessment.FirstSteps.Select(assessment.TitleOf).ToArray());
        Assert.InRange(await steps.CountAsync(), 1, 3);

        // In that order, and before the causes and the full plan; the page opens on the banner.
        var order = await page.EvaluateAsync<double[]>(
            "() => ['.banner h2', '.banner .reason', '.banner ol.first-steps', '#causes-title', '#plan-title'].map(s => document.querySelector(s).getBoundingClientRect().top)");
        Assert.Equal(order.Order(), order);
        Assert.Equal("urgency", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await BrowserFixture.ScreenshotAsync(page, "result-compact-390");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TickBox_EnterKey_TicksAndUnticksWithoutSubmitting()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/check");
        var url = page.Url;
        await page.EvaluateAsync("() => { window.__samePage = true; }");
        await page.Locator("#opt-cramp").FocusAsync();

        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#opt-cramp")).ToBeCheckedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#opt-cramp")).Not.ToBeCheckedAsync();
        await page.Keyboard.PressAsync("Enter");

        // Still the same page: nothing was sent.
        Assert.True(await page.EvaluateAsync<bool>("() => window.__samePage === true"));
        Assert.Equal(url, page.Url);
        Assert.Equal("q_feel", await InterviewDriver.QuestionIdAsync(page));
        await Assertions.Expect(page.Locator("#opt-cramp")).ToBeCheckedAsync();
        await page.Context.CloseAsync();
    }
}

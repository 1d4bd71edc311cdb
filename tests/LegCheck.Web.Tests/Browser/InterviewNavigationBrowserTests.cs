using Microsoft.Playwright;
using Xunit;

namespace LegCheck.Web.Tests.Browser;

/// <summary>The browser's own Back and Reload in the middle of the interview: no resubmission page, and no lost place.</summary>
[Collection(BrowserCollection.Name)]
public sealed class InterviewNavigationBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Interview_BrowserBackAndReload_RefetchTheStepWithoutResubmitting()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/check");
        await page.Locator("#opt-cramp").CheckAsync();
        await InterviewDriver.SubmitAsync(page, InterviewDriver.Next(page));
        Assert.Equal("q_where", await InterviewDriver.QuestionIdAsync(page));
        await page.Locator("#loc-calf").CheckAsync();
        await InterviewDriver.SubmitAsync(page, InterviewDriver.Next(page));
        var third = await InterviewDriver.QuestionIdAsync(page);
        Assert.NotEqual("q_where", third);

        // Each step is a GET of its own address, which names no symptom.
        Assert.Contains("/check?s=", page.Url, StringComparison.Ordinal);
        Assert.DoesNotContain("cramp", page.Url, StringComparison.OrdinalIgnoreCase);

        var reloaded = await page.ReloadAsync();
        Assert.Equal(200, reloaded!.Status);
        Assert.Equal("GET", reloaded.Request.Method);
        Assert.Equal(third, await InterviewDriver.QuestionIdAsync(page));

        var back = await page.GoBackAsync();
        Assert.Equal(200, back!.Status);
        Assert.Equal("GET", back.Request.Method);
        Assert.Equal("q_where", await InterviewDriver.QuestionIdAsync(page));
        await Assertions.Expect(page.Locator("form.question h1")).ToHaveTextAsync(InterviewDriver.Kb.Questions.First(q => q.Id == "q_where").Text);

        // Answering again from the earlier page carries on from there.
        await page.Locator("#loc-heel").CheckAsync();
        await InterviewDriver.SubmitAsync(page, InterviewDriver.Next(page));
        Assert.NotEqual("q_where", await InterviewDriver.QuestionIdAsync(page));
        await Assertions.Expect(page.Locator("form.question input[name=state]")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("heel"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Interview_ReloadAfterThePagesBackButton_KeepsTheEarlierAnswerShown()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/check");
        await page.Locator("#opt-cramp").CheckAsync();
        await InterviewDriver.SubmitAsync(page, InterviewDriver.Next(page));
        await InterviewDriver.SubmitAsync(page, page.Locator("form.question button[value=back]"));
        Assert.Equal("q_feel", await InterviewDriver.QuestionIdAsync(page));
        await Assertions.Expect(page.Locator("#opt-cramp")).ToBeCheckedAsync();

        var reloaded = await page.ReloadAsync();
        Assert.Equal("GET", reloaded!.Request.Method);
        await Assertions.Expect(page.Locator("#opt-cramp")).ToBeCheckedAsync();
        await page.Context.CloseAsync();
    }
}

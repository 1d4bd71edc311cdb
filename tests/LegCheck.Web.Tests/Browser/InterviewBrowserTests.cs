using Microsoft.Playwright;
using Xunit;

namespace LegCheck.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class InterviewBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Interview_SelfCareCase_EndsWithSelfCareBannerAndLacingPlan()
    {
        var page = await browser.NewPageAsync();
        var theCase = await InterviewDriver.LoadCaseAsync("shoe-cinched-laces-hot-afternoon");

        var (asked, urgent) = await InterviewDriver.CompleteAsync(page, theCase);

        Assert.Contains("q_where", asked);
        Assert.Empty(urgent);
        await Assertions.Expect(page.Locator(".banner")).ToHaveClassAsync("banner banner-self_care");
        await Assertions.Expect(page.Locator(".banner h2")).ToHaveTextAsync("Manage at home; see someone if it persists or worsens");
        var plan = page.Locator("ol.plan > li h3");
        await Assertions.Expect(plan).ToContainTextAsync([InterviewDriver.Kb.Advice["loosen_laces"].Title]);
        Assert.All(await page.Locator("ol.plan > li").AllAsync(), step => Assert.True(step.Locator(".sources li").CountAsync().Result > 0));
        await Assertions.Expect(page.Locator("ol.causes > li").First.Locator("a")).ToHaveTextAsync(InterviewDriver.Kb.Condition("shoe_compression").Name);
        await Assertions.Expect(page.Locator(".note")).ToContainTextAsync("not a diagnosis");
        await BrowserFixture.ScreenshotAsync(page, "result-self-care");

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await Assertions.Expect(page.Locator(".clinician")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("header.site nav")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".actions").First).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".clinician")).ToContainTextAsync("location: foot top");
        await BrowserFixture.ScreenshotAsync(page, "result-self-care-print");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Interview_EmergencyCase_EndsWithEmergencyBannerAndCareFirst()
    {
        var page = await browser.NewPageAsync(390, 844);
        var theCase = await InterviewDriver.LoadCaseAsync("ces-saddle-numb-bladder-unsure");

        var (_, urgent) = await InterviewDriver.CompleteAsync(page, theCase);

        Assert.Contains(urgent, b => b.Contains("banner-emergency", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator(".banner")).ToHaveClassAsync("banner banner-emergency");
        await Assertions.Expect(page.Locator(".banner")).ToHaveAttributeAsync("role", "alert");
        await Assertions.Expect(page.Locator(".banner h2")).ToHaveTextAsync("Go to an emergency department now");
        await Assertions.Expect(page.Locator("ol.plan > li h3").First).ToHaveTextAsync(InterviewDriver.Kb.Advice["go_to_emergency_department"].Title);
        await Assertions.Expect(page.Locator("ol.plan")).Not.ToContainTextAsync(InterviewDriver.Kb.Advice["rest_then_walk"].Title);
        await Assertions.Expect(page.Locator("ol.causes > li").First.Locator("a")).ToHaveTextAsync(InterviewDriver.Kb.Condition("cauda_equina_syndrome").Name);
        Assert.True(await page.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth") <= 390);
        await BrowserFixture.ScreenshotAsync(page, "result-emergency-390");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Interview_UrgentAnswerMidway_OffersToFinishNow()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/check");
        await page.Locator("#opt-pain").CheckAsync();
        await InterviewDriver.SubmitAsync(page, InterviewDriver.Next(page));
        await page.Locator("[data-loc=calf][role=checkbox]").ClickAsync();
        await InterviewDriver.SubmitAsync(page, InterviewDriver.Next(page));
        for (var i = 0; i < 20 && await InterviewDriver.QuestionIdAsync(page) is { } id && id != "q_alarm_body"; i++)
        {
            // Skip ahead: "don't know" for numbers and choices, nothing ticked for lists.
            if (id is "q_age")
            {
                await InterviewDriver.SubmitAsync(page, page.Locator("form.question button[value=unknown]"));
                continue;
            }

            if (await page.Locator("#opt-unknown").CountAsync() > 0)
            {
                await page.Locator("#opt-unknown").CheckAsync();
            }

            await InterviewDriver.SubmitAsync(page, InterviewDriver.Next(page));
        }

        Assert.Equal("q_alarm_body", await InterviewDriver.QuestionIdAsync(page));
        await page.Locator("#opt-chest_pain").CheckAsync();
        await InterviewDriver.SubmitAsync(page, InterviewDriver.Next(page));

        await Assertions.Expect(page.Locator(".banner")).ToHaveClassAsync("banner banner-emergency_ambulance");
        await InterviewDriver.SubmitAsync(page, page.Locator(".banner button[value=finish]"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Your result");
        await Assertions.Expect(page.Locator(".banner h2")).ToHaveTextAsync("Call emergency services now");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Interview_FreeTextSaidNo_TickListOffersOnlyTheRestAndATickChangedLaterCounts()
    {
        // The regression: a fact already answered ("no chest pain" in the free text) was shown again, and ticking it was ignored.
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await page.Locator("#describe-text").FillAsync("my calf cramps on runs, no chest pain");
        await InterviewDriver.SubmitAsync(page, page.Locator("form.describe button[type=submit]"));
        await InterviewDriver.SubmitAsync(page, page.Locator("#confirm-facts button[type=submit]"));
        for (var i = 0; i < 10 && await InterviewDriver.QuestionIdAsync(page) is { } id && id != "q_alarm_body"; i++)
        {
            await InterviewDriver.SubmitAsync(page, InterviewDriver.Next(page));
        }

        Assert.Equal("q_alarm_body", await InterviewDriver.QuestionIdAsync(page));
        await Assertions.Expect(page.Locator("#opt-chest_pain")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#opt-short_of_breath")).ToHaveCountAsync(1);

        // Nothing ticked, then back to the same list to tick breathlessness after all.
        await InterviewDriver.SubmitAsync(page, InterviewDriver.Next(page));
        await InterviewDriver.SubmitAsync(page, page.Locator("form.question button[value=back]"));
        Assert.Equal("q_alarm_body", await InterviewDriver.QuestionIdAsync(page));
        await page.Locator("#opt-short_of_breath").CheckAsync();
        await InterviewDriver.SubmitAsync(page, InterviewDriver.Next(page));

        await Assertions.Expect(page.Locator(".banner")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("banner-emergency"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Interview_Back_ReturnsToThePreviousQuestionWithItsAnswer()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/check");
        await Assertions.Expect(page.Locator("form.question button[value=back]")).ToHaveCountAsync(0);
        await page.Locator("#opt-numbness").CheckAsync();
        await page.Locator("#opt-tingling").CheckAsync();
        await InterviewDriver.SubmitAsync(page, InterviewDriver.Next(page));
        Assert.Equal("q_where", await InterviewDriver.QuestionIdAsync(page));

        await InterviewDriver.SubmitAsync(page, page.Locator("form.question button[value=back]"));

        Assert.Equal("q_feel", await InterviewDriver.QuestionIdAsync(page));
        await Assertions.Expect(page.Locator("#opt-numbness")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#opt-tingling")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#opt-cramp")).Not.ToBeCheckedAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Interview_Why_DisclosesRationaleAndSources()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/check");
        var why = page.Locator("details.why");
        await Assertions.Expect(why.Locator(".sources")).ToBeHiddenAsync();

        await why.Locator("summary").ClickAsync();

        await Assertions.Expect(why.Locator("p").First).ToHaveTextAsync(InterviewDriver.Kb.Questions[0].Why);
        await Assertions.Expect(why.Locator(".sources li").First).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Interview_NumberOutOfRange_ShowsErrorAndKeepsTheQuestion()
    {
        // A cramp late in a marathon makes the run's length a must-ask, a number question.
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await page.Locator("#describe-text").FillAsync("my calf cramps near the end of a marathon");
        await InterviewDriver.SubmitAsync(page, page.Locator("form.describe button[type=submit]"));
        await InterviewDriver.SubmitAsync(page, page.Locator("#confirm-facts button[type=submit]"));
        var id = await InterviewDriver.AnswerNothingUntilANumberAsync(page);

        await page.Locator("#answer-number").FillAsync("4000");
        await InterviewDriver.SubmitAsync(page, InterviewDriver.Next(page));

        Assert.Equal(id, await InterviewDriver.QuestionIdAsync(page));
        await Assertions.Expect(page.Locator(".error")).ToContainTextAsync("Please enter a number from");
        await Assertions.Expect(page.Locator("fieldset")).ToHaveAttributeAsync("aria-describedby", "answer-error");
        await page.Context.CloseAsync();
    }
}

using Microsoft.Playwright;
using Xunit;

namespace LegCheck.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class LibraryBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Library_Browse_ListsAll36Conditions()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/library");

        await Assertions.Expect(page.Locator("ul.cards > li")).ToHaveCountAsync(36);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Library_QuestionSearch_FindsNerveCausesOfNumbFeet()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/library");

        await page.Locator("#library-q").FillAsync("why do my feet go numb when I run?");
        await InterviewDriver.SubmitAsync(page, page.Locator("form.search button"));

        var names = await page.Locator("ul.cards > li h3").AllTextContentsAsync();
        Assert.InRange(names.Count, 1, 25);
        Assert.Contains(InterviewDriver.Kb.Condition("shoe_compression").Name, names.Take(5));
        await Assertions.Expect(page.Locator("[role=status]")).ToContainTextAsync("match");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Library_AdviceSearch_FindsAdvice()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/library?q=laces");

        await Assertions.Expect(page.Locator("ul.advice-list")).ToContainTextAsync(InterviewDriver.Kb.Advice["loosen_laces"].Title);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ConditionPage_Always_ShowsEverySectionSourcesAndCheckLink()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/library/tarsal_tunnel_syndrome");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(InterviewDriver.Kb.Condition("tarsal_tunnel_syndrome").Name);
        await Assertions.Expect(page.Locator("h2")).ToContainTextAsync(["What it is", "How it feels", "What causes it", "What to do", "When to see whom"]);
        Assert.True(await page.Locator(".sources li").CountAsync() >= 3);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Check my symptoms" }).Last).ToHaveAttributeAsync("href", "/check");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AdvicePage_Always_ListsEveryAdviceWithAnchor()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/library/advice#loosen_laces");

        foreach (var id in LegCheck.Core.Model.Contract.Advice)
        {
            await Assertions.Expect(page.Locator($"li#{id}")).ToHaveCountAsync(1);
        }

        await Assertions.Expect(page.Locator("li#loosen_laces .sources li").First).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ConditionPage_UnknownId_Is404Page()
    {
        var page = await browser.NewPageAsync();

        var response = await page.GotoAsync("/library/gout");

        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Page not found");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task FreeText_Description_IsShownForConfirmationAndStartsTheInterview()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await page.Locator("#describe-text").FillAsync("My calf cramped late in a hot marathon. No chest pain.");

        await InterviewDriver.SubmitAsync(page, page.Locator("form.describe button[type=submit]"));

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Is this what you mean?");
        var items = page.Locator("input[name=keep]");
        Assert.True(await items.CountAsync() >= 3);
        await Assertions.Expect(page.Locator("fieldset.checks")).ToContainTextAsync("Not: chest pain");
        await InterviewDriver.SubmitAsync(page, page.Locator("button", new PageLocatorOptions { HasText = "Use these and continue" }));

        // What the description already answered is not asked again; the rest of the list is.
        Assert.Equal("q_feel", await InterviewDriver.QuestionIdAsync(page));
        await Assertions.Expect(page.Locator("#opt-cramp")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#opt-numbness")).Not.ToBeCheckedAsync();
        await page.Context.CloseAsync();
    }
}

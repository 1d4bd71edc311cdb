using Microsoft.Playwright;
using Xunit;

namespace LegCheck.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class LayoutBrowserTests(BrowserFixture browser)
{
    private const int PhoneWidth = 390;

    private static Task<int> ScrollWidthAsync(IPage page) => page.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth");

    [Theory]
    [InlineData("/", "home-390")]
    [InlineData("/check", "question-390")]
    [InlineData("/library", "library-390")]
    [InlineData("/library/tarsal_tunnel_syndrome", "condition-390")]
    [InlineData("/library/advice", "advice-390")]
    [InlineData("/library?q=numb+toes+tight+shoes", "search-390")]
    public async Task Page_PhoneWidth_HasNoHorizontalScroll(string path, string screenshot)
    {
        var page = await browser.NewPageAsync(PhoneWidth, 844);

        await page.GotoAsync(path);

        Assert.True(await ScrollWidthAsync(page) <= PhoneWidth, $"{path} is {await ScrollWidthAsync(page)} px wide");
        await BrowserFixture.ScreenshotAsync(page, screenshot);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task BodyMap_PhoneWidth_FitsAndShowsTwoViewsPerRow()
    {
        var page = await browser.NewPageAsync(PhoneWidth, 844);
        await page.GotoAsync("/check");
        await page.Locator("#opt-tingling").CheckAsync();
        await InterviewDriver.SubmitAsync(page, InterviewDriver.Next(page));

        await page.Locator("[data-loc=calf][role=checkbox]").ClickAsync();

        Assert.True(await ScrollWidthAsync(page) <= PhoneWidth);
        var views = await page.Locator(".bodymap figure").AllAsync();
        var first = await views[0].BoundingBoxAsync();
        var third = await views[2].BoundingBoxAsync();
        Assert.True(third!.Y > first!.Y + first.Height - 1, "views should wrap to two per row");
        Assert.True(first.Width >= 150, $"a view is only {first.Width} px wide");
        await BrowserFixture.ScreenshotAsync(page, "bodymap-390");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task DescribePage_PhoneWidth_HasNoHorizontalScroll()
    {
        var page = await browser.NewPageAsync(PhoneWidth, 844);
        await page.GotoAsync("/");
        await page.Locator("#describe-text").FillAsync("The top of my foot goes numb late in long runs when my laces are tight, no swelling.");

        await InterviewDriver.SubmitAsync(page, page.Locator("form.describe button[type=submit]"));

        Assert.True(await ScrollWidthAsync(page) <= PhoneWidth);
        await BrowserFixture.ScreenshotAsync(page, "describe-390");
        await page.Context.CloseAsync();
    }
}

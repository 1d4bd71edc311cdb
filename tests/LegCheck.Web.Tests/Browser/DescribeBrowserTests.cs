using Microsoft.Playwright;
using Xunit;

namespace LegCheck.Web.Tests.Browser;

/// <summary>The confirm step of free text: urgency first when an alarm sign is read, and nothing read is thrown away.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DescribeBrowserTests(BrowserFixture browser)
{
    private const string AlarmText = "My calf is swollen and now I have chest pain and I'm short of breath";

    [Fact]
    public async Task Describe_AlarmSignInText_ShowsUrgencyBannerAtOnce()
    {
        var page = await browser.NewPageAsync(390, 844);
        await DescribeAsync(page, AlarmText);

        var banner = page.Locator(".banner");
        await Assertions.Expect(banner).ToBeVisibleAsync();
        await Assertions.Expect(banner).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("banner-emergency"));
        await Assertions.Expect(banner).ToHaveAttributeAsync("role", "alert");
        await Assertions.Expect(banner.Locator(".banner-kicker")).ToHaveTextAsync("From what you wrote");
        await Assertions.Expect(banner).ToContainTextAsync(InterviewDriver.Kb.Facts["chest_pain"].Label);
        // The banner comes before the list to confirm.
        var bannerTop = (await banner.BoundingBoxAsync())!.Y;
        var listTop = (await page.Locator("fieldset.checks").BoundingBoxAsync())!.Y;
        Assert.True(bannerTop < listTop, $"banner at {bannerTop}, list at {listTop}");
        await BrowserFixture.ScreenshotAsync(page, "describe-alarm-390");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Describe_OrdinaryText_ShowsNoBanner()
    {
        var page = await browser.NewPageAsync();
        await DescribeAsync(page, "my toes go numb after two miles, no swelling");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Is this what you mean?");
        await Assertions.Expect(page.Locator(".banner")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Describe_SkipAfterUntickingOne_KeepsTheOtherFacts()
    {
        var page = await browser.NewPageAsync();
        await DescribeAsync(page, AlarmText);

        await page.Locator("input[name=keep][value='swelling=yes']").UncheckAsync();
        await InterviewDriver.SubmitAsync(page, page.Locator("button", new PageLocatorOptions { HasText = "Skip this and answer questions" }));

        var state = await page.Locator("input[name=state]").First.GetAttributeAsync("value") ?? "";
        Assert.Contains("\"chest_pain\":\"yes\"", state, StringComparison.Ordinal);
        Assert.Contains("\"short_of_breath\":\"yes\"", state, StringComparison.Ordinal);
        Assert.DoesNotContain("\"swelling\"", state, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Describe_ReloadAndBackAfterTheConfirmPage_RefetchItWithoutResubmitting()
    {
        var page = await browser.NewPageAsync();
        await DescribeAsync(page, AlarmText);

        // The confirm page is a GET of its own sealed address, which names no symptom.
        Assert.Contains("/describe?d=", page.Url, StringComparison.Ordinal);
        Assert.DoesNotContain("chest", page.Url, StringComparison.OrdinalIgnoreCase);

        var reloaded = await page.ReloadAsync();
        Assert.Equal(200, reloaded!.Status);
        Assert.Equal("GET", reloaded.Request.Method);
        await Assertions.Expect(page.Locator(".banner")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("input[name=keep][value='chest_pain=yes']")).ToBeCheckedAsync();

        await InterviewDriver.SubmitAsync(page, page.Locator("button", new PageLocatorOptions { HasText = "Skip this and answer questions" }));
        var back = await page.GoBackAsync();
        Assert.Equal(200, back!.Status);
        Assert.Equal("GET", back.Request.Method);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Is this what you mean?");
        await page.Context.CloseAsync();
    }

    /// <summary>Types the text into the start page's box and sends it, as a runner would.</summary>
    private static async Task DescribeAsync(IPage page, string text)
    {
        await page.GotoAsync("/");
        await page.Locator("#describe-text").FillAsync(text);
        await InterviewDriver.SubmitAsync(page, page.Locator("form.describe button[type=submit]"));
    }
}

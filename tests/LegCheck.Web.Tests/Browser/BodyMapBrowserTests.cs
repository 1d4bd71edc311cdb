using LegCheck.Core.Model;
using Microsoft.Playwright;
using Xunit;

namespace LegCheck.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class BodyMapBrowserTests(BrowserFixture browser)
{
    private static async Task<IPage> OpenBodyMapAsync(IPage page)
    {
        await page.GotoAsync("/check");
        await page.Locator("#opt-cramp").CheckAsync();
        await InterviewDriver.SubmitAsync(page, InterviewDriver.Next(page));
        Assert.Equal("q_where", await InterviewDriver.QuestionIdAsync(page));
        return page;
    }

    [Fact]
    public async Task BodyMap_EveryLocation_HasOneLabelledFocusableRegion()
    {
        var page = await OpenBodyMapAsync(await browser.NewPageAsync());

        var regions = await page.Locator("[data-loc][role=checkbox]").AllAsync();
        var locations = new List<string>();
        foreach (var region in regions)
        {
            locations.Add((await region.GetAttributeAsync("data-loc"))!);
            Assert.Equal("0", await region.GetAttributeAsync("tabindex"));
            Assert.False(string.IsNullOrEmpty(await region.GetAttributeAsync("aria-label")));
        }

        Assert.Equal(Contract.Locations.Order(StringComparer.Ordinal), locations.Order(StringComparer.Ordinal));
        foreach (var location in Contract.Locations)
        {
            await Assertions.Expect(page.GetByLabel(LegCheck.Web.Api.LocationLabels.For(location), new PageGetByLabelOptions { Exact = true }).First).ToBeVisibleAsync();
        }

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task BodyMap_PhoneWidth_EveryShapeIsLabelledAtLeast24PxAndOneTabStop()
    {
        // WCAG 2.2 target size (minimum): 24 by 24 CSS pixels, at the width of a small phone.
        var page = await OpenBodyMapAsync(await browser.NewPageAsync(390, 844));

        var small = new List<string>();
        foreach (var region in await page.Locator("[data-loc]").AllAsync())
        {
            var loc = (await region.GetAttributeAsync("data-loc"))!;
            var box = (await region.BoundingBoxAsync())!;
            if (box.Width < 24 || box.Height < 24)
            {
                small.Add($"{loc} {box.Width:0.#}x{box.Height:0.#}");
            }

            // A second drawing of an area is hidden from assistive technology and out of the tab order.
            if (await region.GetAttributeAsync("role") == "checkbox")
            {
                Assert.False(string.IsNullOrEmpty(await region.GetAttributeAsync("aria-label")), loc);
            }
            else
            {
                Assert.Equal("true", await region.GetAttributeAsync("aria-hidden"));
                Assert.Null(await region.GetAttributeAsync("tabindex"));
            }
        }

        Assert.True(small.Count == 0, "smaller than 24x24 CSS px: " + string.Join(", ", small));
        foreach (var location in Contract.Locations)
        {
            Assert.Equal(1, await page.Locator($"[data-loc={location}][tabindex='0']").CountAsync());
        }

        await BrowserFixture.ScreenshotAsync(page, "bodymap-390");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task BodyMap_ClickingRegions_TogglesTheMatchingCheckboxes()
    {
        var page = await OpenBodyMapAsync(await browser.NewPageAsync());

        await page.Locator("[data-loc=calf][role=checkbox]").ClickAsync();
        await page.Locator("[data-loc=toes][aria-hidden=true]").ClickAsync();
        await page.Locator("[data-loc=between_toes]").ClickAsync();
        await page.Locator("[data-loc=whole_foot]").ClickAsync();
        await page.Locator("[data-loc=ankle_inner]").ClickAsync();

        foreach (var location in (string[])["calf", "toes", "between_toes", "whole_foot", "ankle_inner"])
        {
            await Assertions.Expect(page.Locator($"#loc-{location}")).ToBeCheckedAsync();
        }

        await Assertions.Expect(page.Locator("[data-loc=toes][role=checkbox]")).ToHaveAttributeAsync("aria-checked", "true");
        await Assertions.Expect(page.Locator("[data-loc=toes].on")).ToHaveCountAsync(2);
        await BrowserFixture.ScreenshotAsync(page, "bodymap");

        await page.Locator("[data-loc=calf][role=checkbox]").ClickAsync();
        await Assertions.Expect(page.Locator("#loc-calf")).Not.ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("[data-loc=calf]")).ToHaveAttributeAsync("aria-checked", "false");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task BodyMap_Keyboard_SpaceTogglesTheFocusedRegion()
    {
        var page = await OpenBodyMapAsync(await browser.NewPageAsync());

        await page.Locator("[data-loc=heel][role=checkbox]").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("Shift+Tab");
        await page.Keyboard.PressAsync("Space");

        await Assertions.Expect(page.Locator("#loc-heel")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#loc-foot_sole")).ToBeCheckedAsync();
        var outline = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement.firstElementChild.nextElementSibling).strokeWidth");
        Assert.Equal("3.5px", outline);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task BodyMap_Answer_IsSentAndRestoredByBack()
    {
        var page = await OpenBodyMapAsync(await browser.NewPageAsync());
        await page.Locator("[data-loc=foot_top][role=checkbox]").ClickAsync();
        await page.Locator("#loc-arch").CheckAsync();

        await InterviewDriver.SubmitAsync(page, InterviewDriver.Next(page));
        Assert.Equal("q_when", await InterviewDriver.QuestionIdAsync(page));
        await InterviewDriver.SubmitAsync(page, page.Locator("form.question button[value=back]"));

        Assert.Equal("q_where", await InterviewDriver.QuestionIdAsync(page));
        await Assertions.Expect(page.Locator("#loc-foot_top")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#loc-arch")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("[data-loc=arch][role=checkbox]")).ToHaveAttributeAsync("aria-checked", "true");
        await Assertions.Expect(page.Locator("#loc-calf")).Not.ToBeCheckedAsync();
        await page.Context.CloseAsync();
    }
}

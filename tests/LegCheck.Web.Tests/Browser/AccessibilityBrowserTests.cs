using Microsoft.Playwright;
using Xunit;

namespace LegCheck.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class AccessibilityBrowserTests(BrowserFixture browser)
{
    /// <summary>
    /// WCAG contrast of every visible text element against the first opaque background behind it; returns the failures.
    /// </summary>
    private const string ContrastScript = """
        () => {
          const parse = c => { const m = c.match(/rgba?\(([^)]+)\)/); if (!m) return null; const p = m[1].split(/[ ,/]+/).filter(Boolean).map(Number); return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 }; };
          const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
          const bg = el => { for (let e = el; e; e = e.parentElement) { const c = parse(getComputedStyle(e).backgroundColor); if (c && c.a > 0.5) return c; } return { r: 255, g: 255, b: 255, a: 1 }; };
          const failures = [];
          for (const el of document.querySelectorAll('body *')) {
            if (el.closest('svg') || !el.offsetParent && getComputedStyle(el).position !== 'fixed') continue;
            const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
            if (!own) continue;
            const fg = parse(getComputedStyle(el).color); const back = bg(el);
            const [a, b] = [lum(fg), lum(back)];
            const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
            if (ratio < 4.5) failures.push(`${el.tagName}.${el.className}: ${ratio.toFixed(2)} "${el.textContent.trim().slice(0, 40)}"`);
          }
          return failures;
        }
        """;

    private const string UnlabelledScript = """
        () => [...document.querySelectorAll('input:not([type=hidden]), textarea, select')]
          .filter(i => i.labels.length === 0 && !i.getAttribute('aria-label'))
          .map(i => i.outerHTML)
        """;

    [Theory]
    [InlineData("/")]
    [InlineData("/check")]
    [InlineData("/library")]
    [InlineData("/library/deep_vein_thrombosis")]
    [InlineData("/library/advice")]
    public async Task Page_Text_HasContrastOfAtLeast4point5AndLabelledInputs(string path)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(path);

        Assert.Empty(await page.EvaluateAsync<string[]>(ContrastScript));
        Assert.Empty(await page.EvaluateAsync<string[]>(UnlabelledScript));
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        await Assertions.Expect(page.Locator("h1")).ToHaveCountAsync(1);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("shoe-cinched-laces-hot-afternoon")]
    [InlineData("ces-saddle-numb-bladder-unsure")]
    [InlineData("dvt-flew-to-marathon-cramp-that-stayed")]
    [InlineData("cecs-front-shin-tempo-laces-no-help")]
    public async Task ResultPage_EveryBanner_HasContrastOfAtLeast4point5(string caseName)
    {
        var page = await browser.NewPageAsync();
        await InterviewDriver.CompleteAsync(page, await InterviewDriver.LoadCaseAsync(caseName));

        Assert.Empty(await page.EvaluateAsync<string[]>(ContrastScript));
        Assert.Empty(await page.EvaluateAsync<string[]>(UnlabelledScript));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Home_FirstTab_ReachesTheSkipLink()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");

        await page.Keyboard.PressAsync("Tab");

        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Interview_KeyboardOnly_AnswersAQuestionWithVisibleFocus()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/check");

        // The page opens on the question's heading (issue #10), past the links a skip link would jump over.
        Assert.Equal("question-title", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        for (var i = 0; i < 30 && await page.EvaluateAsync<string>("() => document.activeElement.id") != "opt-tingling"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.NotEqual("none", await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle"));
        await page.Keyboard.PressAsync("Space");
        for (var i = 0; i < 30 && await page.EvaluateAsync<string>("() => document.activeElement.value") != "answer"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await page.EvaluateAsync("() => { window.__previousPage = true; }");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => window.__previousPage !== true && document.readyState === 'complete'");

        Assert.Equal("q_where", await InterviewDriver.QuestionIdAsync(page));
        await page.Context.CloseAsync();
    }
}

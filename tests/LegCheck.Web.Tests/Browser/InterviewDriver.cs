using LegCheck.Core.Cases;
using LegCheck.Core.Interview;
using LegCheck.Core.Loading;
using LegCheck.Core.Model;
using LegCheck.Web.Tests.Api;
using Microsoft.Playwright;
using Xunit;

namespace LegCheck.Web.Tests.Browser;

/// <summary>Answers the browser interview as the person in a case file would, through the page's own controls.</summary>
internal static class InterviewDriver
{
    public static KnowledgeBase Kb => KnowledgeLoader.Default;

    public static async Task<Case> LoadCaseAsync(string name) =>
        CaseParser.Parse(await File.ReadAllTextAsync(TestCases.Case(name)), name, Kb).Value;

    /// <summary>Clicks a submit button and waits until the page it posts to has loaded.</summary>
    public static async Task SubmitAsync(IPage page, ILocator button)
    {
        await page.EvaluateAsync("() => { window.__previousPage = true; }");
        await button.ClickAsync();
        await page.WaitForFunctionAsync("() => window.__previousPage !== true && document.readyState === 'complete'");
    }

    public static ILocator Next(IPage page) => page.Locator("form.question button[value=answer]");

    public static async Task<string?> QuestionIdAsync(IPage page) =>
        await page.Locator("form.question input[name=question]").CountAsync() == 0
            ? null
            : await page.Locator("form.question input[name=question]").InputValueAsync();

    /// <summary>Answers "none" or "no" (or the first choice) until a number question comes; returns its id.</summary>
    public static async Task<string> AnswerNothingUntilANumberAsync(IPage page)
    {
        for (var i = 0; i < 15; i++)
        {
            if (await page.Locator("#answer-number").CountAsync() > 0)
            {
                return (await QuestionIdAsync(page))!;
            }

            var no = page.Locator("form.question input[type=radio][value=no]");
            var radios = page.Locator("form.question input[type=radio]");
            if (await no.CountAsync() > 0)
            {
                await no.CheckAsync();
            }
            else if (await radios.CountAsync() > 0)
            {
                await radios.First.CheckAsync();
            }

            await SubmitAsync(page, Next(page));
        }

        throw new InvalidOperationException("no number question within 15 answers");
    }

    /// <summary>Answers until the result page; returns the ids of the questions asked and the urgent banners seen on the way.</summary>
    public static async Task<(List<string> Asked, List<string> UrgentBanners)> CompleteAsync(IPage page, Case theCase)
    {
        await page.GotoAsync("/check");
        var asked = new List<string>();
        var banners = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            var id = await QuestionIdAsync(page);
            if (id is null)
            {
                break;
            }

            asked.Add(id);
            if (await page.Locator(".banner").CountAsync() > 0)
            {
                banners.Add(await page.Locator(".banner").GetAttributeAsync("class") ?? "");
            }

            await AnswerAsync(page, Kb.Questions.First(q => q.Id == id), theCase.Facts);
        }

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Your result");
        return (asked, banners);
    }

    public static async Task AnswerAsync(IPage page, Question question, Evidence facts)
    {
        var answer = InterviewApiTests.AnswerFromCase(Kb, question, facts);
        switch (LegCheck.Web.Features.Knowledge.QuestionJson.InputOf(question))
        {
            case "body_map":
                foreach (var location in answer.Where(a => a != Answers.Unknown))
                {
                    var region = page.Locator($"[data-loc={location}][role=checkbox]");
                    await region.ClickAsync();
                    await Assertions.Expect(region).ToHaveAttributeAsync("aria-checked", "true");
                    await Assertions.Expect(page.Locator($"#loc-{location}")).ToBeCheckedAsync();
                }

                break;
            case "tick_list":
                foreach (var fact in answer)
                {
                    await page.Locator($"#opt-{fact}").CheckAsync();
                }

                break;
            case "number":
                if (answer is [Answers.Unknown])
                {
                    await SubmitAsync(page, page.Locator("form.question button[value=unknown]"));
                    return;
                }

                await page.Locator("#answer-number").FillAsync(answer[0]);
                break;
            default:
                await page.Locator($"#opt-{answer[0]}").CheckAsync();
                break;
        }

        await SubmitAsync(page, Next(page));
        Assert.Equal(0, await page.Locator(".error").CountAsync());
    }
}

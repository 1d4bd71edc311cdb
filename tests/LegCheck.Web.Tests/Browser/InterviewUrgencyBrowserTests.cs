using LegCheck.Core.Cases;
using LegCheck.Core.Engine;
using LegCheck.Core.Interview;
using LegCheck.Core.Model;
using LegCheck.Web.Pages;
using LegCheck.Web.Tests.Api;
using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;

namespace LegCheck.Web.Tests.Browser;

/// <summary>
/// The urgency shown during the interview: a tick always counts (and so does taking it back), the banner is the
/// result's own urgency for the answers so far, it never goes down without saying why, and focus follows it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class InterviewUrgencyBrowserTests(BrowserFixture browser, ITestOutputHelper output)
{
    private static readonly InterviewEngine Engine = new(Assessor.Default);

    private static KnowledgeBase Kb => InterviewDriver.Kb;

    private static async Task WalkToAsync(IPage page, string questionId)
    {
        for (var i = 0; i < 12 && await InterviewDriver.QuestionIdAsync(page) is { } id && id != questionId; i++)
        {
            await InterviewDriver.SubmitAsync(page, InterviewDriver.Next(page));
        }

        Assert.Equal(questionId, await InterviewDriver.QuestionIdAsync(page));
    }

    [Fact]
    public async Task Interview_FactSaidNoInFreeTextTickedAfterBack_RaisesTheUrgencyAndUntickingLowersIt()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await page.Locator("#describe-text").FillAsync("my calf cramps on runs, no chest pain");
        await InterviewDriver.SubmitAsync(page, page.Locator("form.describe button[type=submit]"));
        await InterviewDriver.SubmitAsync(page, page.Locator("#confirm-facts button[type=submit]"));
        await WalkToAsync(page, "q_alarm_body");
        await InterviewDriver.SubmitAsync(page, InterviewDriver.Next(page));
        await Assertions.Expect(page.Locator(".banner")).ToHaveCountAsync(0);

        // Back to the list: the free text's "no chest pain" is now the runner's to change, and the tick counts.
        await InterviewDriver.SubmitAsync(page, page.Locator("form.question button[value=back]"));
        Assert.Equal("q_alarm_body", await InterviewDriver.QuestionIdAsync(page));
        await Assertions.Expect(page.Locator("#opt-chest_pain")).Not.ToBeCheckedAsync();
        await page.Locator("#opt-chest_pain").CheckAsync();
        await InterviewDriver.SubmitAsync(page, InterviewDriver.Next(page));
        await Assertions.Expect(page.Locator(".banner")).ToHaveClassAsync("banner banner-emergency_ambulance");

        // And taking the tick back counts too.
        await InterviewDriver.SubmitAsync(page, page.Locator("form.question button[value=back]"));
        await Assertions.Expect(page.Locator("#opt-chest_pain")).ToBeCheckedAsync();
        await page.Locator("#opt-chest_pain").UncheckAsync();
        await InterviewDriver.SubmitAsync(page, InterviewDriver.Next(page));
        await Assertions.Expect(page.Locator(".banner")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("form.question input[name=state]")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("\"chest_pain\":\"no\""));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Interview_EveryPage_ShowsTheResultsUrgencyAndNeverGoesDownWithoutAReason()
    {
        var names = new List<string> { "ces-saddle-numb-bladder-unsure", "shoe-cinched-laces-hot-afternoon" };
        var down = CasesWhoseUrgencyGoesDown().Take(2).ToList();
        output.WriteLine("cases whose urgency goes down on the way: " + (down.Count == 0 ? "none" : string.Join(", ", down)));
        names.AddRange(down);
        var page = await browser.NewPageAsync();
        foreach (var name in names)
        {
            var theCase = await InterviewDriver.LoadCaseAsync(name);
            await page.GotoAsync("/check");
            TriageLevel? before = null;
            string? urgentPage = null, urgentHeading = null;
            for (var i = 0; i < 40 && await InterviewDriver.QuestionIdAsync(page) is { } id; i++)
            {
                var now = Engine.Result(await EvidenceOnPageAsync(page)).Triage;
                var banner = page.Locator(".banner");
                if (now.Level >= TriageLevel.Consultation24)
                {
                    await Assertions.Expect(banner).ToHaveClassAsync($"banner banner-{now.Level.ToId()}");
                    await Assertions.Expect(banner.Locator("h2")).ToHaveTextAsync(Capitalise(now.Describe()));
                    await Assertions.Expect(banner.Locator(".reason")).ToContainTextAsync(now.Reason.Text);
                    if (urgentPage is null)
                    {
                        (urgentPage, urgentHeading) = (page.Url, Capitalise(now.Describe()));
                    }
                }
                else
                {
                    await Assertions.Expect(banner).ToHaveCountAsync(0);
                }

                await Assertions.Expect(page.Locator(".eased")).ToHaveCountAsync(before is { } b && now.Level < b ? 1 : 0);
                before = now.Level;
                await InterviewDriver.AnswerAsync(page, Kb.Questions.First(q => q.Id == id), theCase.Facts);
            }

            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Your result");
            var result = Engine.Result(await EvidenceOnPageAsync(page)).Triage;
            await Assertions.Expect(page.Locator(".banner h2")).ToHaveTextAsync(Capitalise(result.Describe()));

            // Finishing where the banner first appeared gives that banner's urgency as the result.
            if (urgentPage is not null)
            {
                await page.GotoAsync(urgentPage);
                await InterviewDriver.SubmitAsync(page, page.Locator(".banner button[value=finish]"));
                await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Your result");
                await Assertions.Expect(page.Locator(".banner h2")).ToHaveTextAsync(urgentHeading!);
            }
        }

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Interview_Focus_GoesToTheQuestionThenToTheBannerWhenItAppears()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await page.Locator("#describe-text").FillAsync("my calf cramps on runs");
        await InterviewDriver.SubmitAsync(page, page.Locator("form.describe button[type=submit]"));
        await InterviewDriver.SubmitAsync(page, page.Locator("#confirm-facts button[type=submit]"));
        Assert.Equal("question-title", await ActiveIdAsync(page));

        await InterviewDriver.SubmitAsync(page, InterviewDriver.Next(page));
        Assert.Equal("question-title", await ActiveIdAsync(page));
        await WalkToAsync(page, "q_alarm_body");
        await page.Locator("#opt-chest_pain").CheckAsync();
        await InterviewDriver.SubmitAsync(page, InterviewDriver.Next(page));
        Assert.Equal("urgency", await ActiveIdAsync(page));

        // The banner stays on the next question; focus goes back to the question.
        if (await InterviewDriver.QuestionIdAsync(page) is not null)
        {
            await InterviewDriver.SubmitAsync(page, InterviewDriver.Next(page));
            if (await InterviewDriver.QuestionIdAsync(page) is not null)
            {
                Assert.Equal("question-title", await ActiveIdAsync(page));
            }
        }

        await page.Context.CloseAsync();
    }

    private static Task<string> ActiveIdAsync(IPage page) => page.EvaluateAsync<string>("() => document.activeElement ? document.activeElement.id : ''");

    private static async Task<Evidence> EvidenceOnPageAsync(IPage page)
    {
        var state = await page.Locator("input[name=state]").First.InputValueAsync();
        var history = await page.Locator("input[name=history]").First.InputValueAsync();
        return InterviewState.Read(Kb, state, history).Value.Evidence;
    }

    /// <summary>Cases whose simulated interview, answered as the browser driver answers, shows a lower urgency after some answer.</summary>
    private static IEnumerable<string> CasesWhoseUrgencyGoesDown()
    {
        foreach (var file in Directory.GetFiles(TestCases.Folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (!CaseParser.Parse(File.ReadAllText(file), name, Kb).TryGet(out var theCase, out _))
            {
                continue;
            }

            var evidence = Evidence.Empty;
            var last = TriageLevel.SelfCare;
            for (var i = 0; i < 40; i++)
            {
                var step = Engine.Next(evidence);
                if (step.Assessment.Triage.Level < last)
                {
                    yield return name;
                    break;
                }

                last = step.Assessment.Triage.Level;
                if (step.ShouldStop || step.Next is null)
                {
                    break;
                }

                evidence = Answers.Apply(Kb, evidence, step.Next.Question, InterviewApiTests.AnswerFromCase(Kb, step.Next.Question, theCase.Facts)).Value;
            }
        }
    }

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}

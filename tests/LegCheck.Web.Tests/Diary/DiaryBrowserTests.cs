using Microsoft.Playwright;
using Xunit;

namespace LegCheck.Web.Tests.Diary;

/// <summary>The Diary section in Chromium: uploading files (picker, drop, and without JavaScript), the weekly chart, and logging, editing and deleting an episode.</summary>
public sealed class DiaryBrowserTests(DiaryBrowserFixture browser) : IClassFixture<DiaryBrowserFixture>
{
    private static readonly string[] Runs = ["activity-small-fenix2-run.fit", "2013-02-06-12-11-14.fit", "garmin-fenix-5-run.fit"];

    [Fact]
    public async Task Upload_FilePicker_ShowsProgressAndTheImportSummary()
    {
        browser.Web.Erase();
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/diary");

        await page.SetInputFilesAsync("#upload-files", [.. Runs.Select(Samples.File), Samples.File("garmin-fenix-5-bike.fit")]);
        await page.ClickAsync("form[data-upload] button[type=submit]");
        var summary = page.Locator("#import-summary");
        await summary.WaitForAsync();

        Assert.StartsWith("imported 3 runs", await summary.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(3, await page.Locator("#import-table tr.result-imported").CountAsync());
        Assert.Contains("garmin-fenix-5-bike.fit", await page.Locator("#import-table tr.result-not_a_run").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("http://" + browser.Web.BaseAddress.Authority + "/diary", page.Url);
    }

    [Fact]
    public async Task Upload_DroppedFile_IsImported()
    {
        browser.Web.Erase();
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/diary");
        var bytes = Convert.ToBase64String(await File.ReadAllBytesAsync(Samples.File(Runs[0])));

        var transfer = await page.EvaluateHandleAsync(
            "b64 => { const t = new DataTransfer(); const bin = Uint8Array.from(atob(b64), c => c.charCodeAt(0)); t.items.add(new File([bin], 'dropped.fit')); return t; }",
            bytes);
        await page.DispatchEventAsync("[data-drop]", "drop", new Dictionary<string, object> { ["dataTransfer"] = transfer });
        Assert.Contains("dropped.fit", await page.Locator("[data-chosen]").InnerTextAsync(), StringComparison.Ordinal);
        await page.ClickAsync("form[data-upload] button[type=submit]");
        await page.Locator("#import-summary").WaitForAsync();

        Assert.StartsWith("imported 1 runs", await page.Locator("#import-summary").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_WithoutJavaScript_PostsTheFormAndShowsTheSummary()
    {
        browser.Web.Erase();
        var page = await browser.NewPageAsync(javaScript: false);
        await page.GotoAsync("/diary");

        await page.SetInputFilesAsync("#upload-files", Samples.File(Runs[0]));
        await page.ClickAsync("form[data-upload] button[type=submit]");

        Assert.EndsWith("/diary/import", page.Url, StringComparison.Ordinal);
        Assert.StartsWith("imported 1 runs", await page.Locator("#import-summary").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chart_ImportedRuns_IsAnAccessibleSvgWithADataTableAndFlagMarks()
    {
        browser.Web.Erase();
        using (var upload = Samples.Upload(Runs.Select(Samples.File)))
        using (var response = await browser.Web.Client.PostAsync("/api/v1/diary/import", upload))
        {
            response.EnsureSuccessStatusCode();
        }

        var page = await browser.NewPageAsync(width: 390);
        await page.GotoAsync("/diary");
        var chart = page.Locator("svg[data-chart=weekly-distance]");

        Assert.Equal("img", await chart.GetAttributeAsync("role"));
        Assert.Equal("chart-title chart-desc", await chart.GetAttributeAsync("aria-labelledby"));
        Assert.StartsWith("Weekly distance in km", await page.Locator("#chart-title").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("The table below has every number", await page.Locator("#chart-desc").TextContentAsync(), StringComparison.Ordinal);
        var bars = await chart.Locator("rect.bar-week").CountAsync();
        Assert.True(bars is > 0 and <= 12);
        Assert.Equal(bars, await page.Locator("#weekly-table tbody tr").CountAsync());
        Assert.Equal(await chart.Locator("g.week.flagged").CountAsync(), await page.Locator("#weekly-table tbody tr.flagged").CountAsync());
        Assert.Equal(await chart.Locator("g.flagged").CountAsync(), await chart.Locator("g.flag-mark").CountAsync());
        var box = await chart.BoundingBoxAsync();
        Assert.True(box!.Width <= 390, $"the chart is {box.Width}px wide on a 390px phone");
    }

    [Fact]
    public async Task Chart_MilesChosen_ShowsMiles()
    {
        browser.Web.Erase();
        using (var upload = Samples.Upload([Samples.File(Runs[0])]))
        using (var response = await browser.Web.Client.PostAsync("/api/v1/diary/import", upload))
        {
            response.EnsureSuccessStatusCode();
        }

        var page = await browser.NewPageAsync();
        await page.GotoAsync("/diary");
        await page.SelectOptionAsync("#units", "mi");
        await page.ClickAsync("form.units button");

        Assert.StartsWith("Weekly distance in mi", await page.Locator("#chart-title").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("Distance (mi)", await page.Locator("#weekly-table thead").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LogEpisode_Keyboard_IsPrefilledWithLocalTimeAndCanBeEditedAndDeleted()
    {
        browser.Web.Erase();
        var page = await browser.NewPageAsync(width: 390);
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.GotoAsync("/diary/episodes");

        // 09:00 UTC is 01:00 in the runner's Pacific zone: the form starts at the runner's clock, not UTC.
        Assert.Equal("2026-11-22T01:00", await page.InputValueAsync("#occurred_at"));
        await page.FillAsync("#occurred_at", "2026-11-21T18:30");
        await page.FocusAsync("#symptom-calf_cramp");
        await page.Keyboard.PressAsync("Space");
        await page.FillAsync("#locations", "left calf");
        await page.FillAsync("#severity", "6");
        await page.SelectOptionAsync("#electrolytes", "no");
        await page.FocusAsync("#episode-form button[type=submit]");
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("#episode-list li").First.WaitForAsync();

        var logged = await page.Locator("#episode-list li").First.InnerTextAsync();
        Assert.Contains("Sat 21 Nov 2026, 18:30", logged, StringComparison.Ordinal);
        Assert.Contains("calf cramps, in the left calf, severity 6 of 10", logged, StringComparison.Ordinal);
        Assert.Contains("Episode logged.", await page.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);

        await page.ClickAsync("#episode-list li a.button");
        await page.FillAsync("#severity", "3");
        await page.ClickAsync("#episode-form button[type=submit]");
        Assert.Contains("severity 3 of 10", await page.Locator("#episode-list li").First.InnerTextAsync(), StringComparison.Ordinal);

        await page.ClickAsync("#episode-list li form button");
        await page.Locator("text=None yet.").WaitForAsync();
        Assert.Equal(0, await page.Locator("#episode-list li").CountAsync());
    }

    [Fact]
    public async Task LogEpisode_NoSymptomTicked_SaysWhatIsMissingAndKeepsWhatWasTyped()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/diary/episodes");

        await page.FillAsync("#locations", "right foot");
        await page.ClickAsync("#episode-form button[type=submit]");

        Assert.Contains("symptoms: expected one or more of", await page.Locator("#episode-errors").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("right foot", await page.InputValueAsync("#locations"));
    }
}

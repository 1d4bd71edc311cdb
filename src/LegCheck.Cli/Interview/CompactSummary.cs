using System.Globalization;
using LegCheck.Core.Engine;
using Spectre.Console;

namespace LegCheck.Cli.Interview;

/// <summary>
/// The few lines that close the terminal interview, so that what to do is still on screen when the full report has
/// scrolled away: the urgency and why, the top causes with their bands, and the first steps. Every word and every
/// choice comes from the <see cref="Assessment"/> (its heading, reason, bands, top causes and first steps), the same
/// model the full report and the web pages render.
/// </summary>
public static class CompactSummary
{
    public const string Title = "In short";

    public static void Write(IAnsiConsole console, Assessment a)
    {
        console.Write(new Rule($"[bold]{Title}[/]").LeftJustified());
        console.MarkupLineInterpolated($"[bold]Urgency: {a.Heading}.[/] {a.Call.Text}");
        if (a.Triage.Reason.Text.Length > 0)
        {
            console.MarkupLineInterpolated($"Why: {a.Triage.Reason.Text}");
        }

        var causes = string.Join("; ", a.TopCauses.Select(c => $"{c.Condition.Name}: {a.BandOf(c)}"));
        console.MarkupLineInterpolated($"Causes: {causes}");
        console.MarkupLine("First steps:");
        var n = 1;
        foreach (var step in a.FirstSteps)
        {
            console.MarkupLineInterpolated($"  {(n++).ToString(CultureInfo.InvariantCulture)}. {a.TitleOf(step)}");
        }
    }
}

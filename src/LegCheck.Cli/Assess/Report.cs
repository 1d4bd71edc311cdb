using LegCheck.Core.Engine;
using LegCheck.Core.Model;
using Spectre.Console;

namespace LegCheck.Cli.Assess;

/// <summary>The human report: triage banner, ranked causes with bars and reasons, the sourced plan, the disclaimer.</summary>
internal static class Report
{
    public static void Write(IAnsiConsole console, KnowledgeBase kb, string title, Assessment a, EmergencyRegion? region = null)
    {
        // The interview builds its assessment without knowing where the runner is; the numbers are set here. An
        // assessment that already knows the region keeps it (no region given here must not erase it).
        if (region is not null)
        {
            a = a with { Call = EmergencyNumbers.For(a.Triage.Level, region) };
        }
        // The title comes from the case file: neutralised, so a file cannot smuggle terminal escapes onto the screen.
        console.Write(new Rule($"[bold]{Markup.Escape(Output.TerminalText.Neutralise(title))}[/]").LeftJustified());
        WriteBanner(console, kb, a);
        WriteCauses(console, kb, a);
        WritePlan(console, kb, a);
        console.Write(new Panel(Markup.Escape(Assessment.Disclaimer)) { Header = new PanelHeader("Not a diagnosis"), Border = BoxBorder.Rounded });
        console.WriteLine();
    }

    private static Color LevelColor(TriageLevel level) => level switch
    {
        TriageLevel.EmergencyAmbulance or TriageLevel.Emergency => Color.Red,
        TriageLevel.Consultation24 => Color.Orange1,
        TriageLevel.Consultation => Color.Yellow,
        _ => Color.Green,
    };

    private static void WriteBanner(IAnsiConsole console, KnowledgeBase kb, Assessment a)
    {
        var level = a.Triage.Level;
        var lines = new List<string> { $"[bold]{Markup.Escape(a.Triage.Describe().ToUpperInvariant())}[/]" };
        var reason = a.Triage.Reason;
        if (reason.Text.Length > 0)
        {
            lines.Add("Why: " + Markup.Escape(reason.Text) + (reason.Sources.Count > 0 ? $" [dim]({Markup.Escape(Sources(reason.Sources, kb))})[/]" : ""));
        }

        foreach (var fired in a.AlsoFired)
        {
            lines.Add("• " + Markup.Escape(fired.Rule.Message) + $" [dim]({Markup.Escape(Sources(fired.Rule.Sources, kb))})[/]");
        }

        lines.Add($"[bold]{Markup.Escape(a.Call.Text)}[/]");

        var first = a.Plan.Count > 0 ? a.Plan[0] : null;
        if (first is not null)
        {
            lines.Add($"Do this now: [bold]{Markup.Escape(a.TitleOf(first))}[/]");
        }

        console.Write(new Panel(string.Join("\n", lines))
        {
            Header = new PanelHeader(" How urgent "),
            BorderStyle = new Style(LevelColor(level)),
            Expand = true,
        });
    }

    private static void WriteCauses(IAnsiConsole console, KnowledgeBase kb, Assessment a)
    {
        var table = new Table().Border(TableBorder.Simple).Title("Likely causes");
        table.AddColumn("Cause");
        table.AddColumn("Probability");
        table.AddColumn("Why");
        foreach (var rc in a.ListedCauses)
        {
            var bar = new string('█', (int)Math.Round(rc.Probability * 20)).PadRight(20, '░');
            var why = string.Join("\n",
                rc.Raised.Take(3).Select(c => "[green]+[/] " + Markup.Escape(c.Label))
                    .Concat(rc.Lowered.Take(2).Select(c => "[red]−[/] " + Markup.Escape(c.Label))));
            table.AddRow(
                new Markup($"[bold]{Markup.Escape(rc.Condition.Name)}[/]\n[dim]{Markup.Escape(rc.Condition.Summary.Text)} ({Markup.Escape(Sources(rc.Condition.Summary.Sources, kb))})[/]"),
                new Markup($"{bar}\n{Assessment.PercentOf(rc.Probability)} {a.BandOf(rc)}"),
                new Markup(why.Length == 0 ? "[dim]prior only[/]" : why));
        }

        console.Write(table);
    }

    private static void WritePlan(IAnsiConsole console, KnowledgeBase kb, Assessment a)
    {
        var table = new Table().Border(TableBorder.Simple).Title("Your plan");
        table.AddColumn("#");
        table.AddColumn("When");
        table.AddColumn("What to do");
        table.AddColumn("Source");
        var n = 1;
        foreach (var step in a.Plan)
        {
            var when = step.Advice.Kind switch
            {
                AdviceKind.Care => "See",
                AdviceKind.Now => "Now",
                AdviceKind.Safety => "Avoid",
                _ => "Prevent",
            };
            table.AddRow(
                new Markup((n++).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Markup(when),
                new Markup($"[bold]{Markup.Escape(a.TitleOf(step))}[/]\n{Markup.Escape(a.DetailOf(step))}\n[dim]{Markup.Escape(FirstReason(step))}[/]"),
                new Markup($"[dim]{Markup.Escape(Sources(Assessment.SourcesOf(step), kb))}[/]"));
        }

        console.Write(table);
        foreach (var s in a.Suppressed)
        {
            console.MarkupLineInterpolated($"[dim]Left out:[/] {kb.Advice[s.AdviceId].Title} — {s.Reason}.");
        }

        console.MarkupLineInterpolated($"[bold]When to see whom:[/] {a.WhenToSeeWhom}");
    }

    /// <summary>Sources in words: an article by its title and section, a guideline by publisher and title.</summary>
    public static string Sources(IEnumerable<SourceRef> refs, KnowledgeBase kb) =>
        string.Join("; ", refs.Select(r => kb.Sources.TryGetValue(r.SourceId, out var doc)
            ? doc.Kind != "article"
                ? $"{doc.Publisher}: {doc.Title}"
                : $"\"{doc.Title}\", {r.Section}"
            : r.ToString()));

    private static string FirstReason(PlanStep step)
    {
        var n = step.Reasons.Count;
        return n == 1 ? step.Reasons[0].Text : $"{step.Reasons[0].Text} (and {n - 1} more reason{(n > 2 ? "s" : "")})";
    }
}
